import { useState } from 'react';
import type { Prediction } from '../../model/session';
import { useI18n } from '../i18n/I18n';

/** Step 4d: type a text, see the tokens it became and the class probabilities. */
export function PredictSection({
  prediction,
  disabled,
  onPredict,
}: {
  prediction: Prediction | null;
  disabled: boolean;
  onPredict: (text: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="predict-title" className="classify-section" data-control="classify.predict">
      <h2 id="predict-title">{t('predict.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onPredict(text);
        }}
      >
        <label htmlFor="predict-text">{t('predict.text')}</label>
        <textarea
          id="predict-text"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="predict-text"
        />
        <button type="submit" disabled={disabled || !text.trim()} data-testid="predict-run">
          {t('predict.run')}
        </button>
      </form>
      {prediction && (
        <div data-testid="prediction">
          <ul className="probabilities">
            {[...prediction.probabilities]
              .sort((a, b) => b.p - a.p)
              .map((p) => (
                <li key={p.label}>
                  <span className="prob-label" data-user-text="">
                    {p.label}
                  </span>
                  <span className="prob-bar" style={{ width: `${(p.p * 100).toFixed(1)}%` }} />
                  <span className="num">{(p.p * 100).toFixed(1)}%</span>
                </li>
              ))}
          </ul>
          <p className="tokens">
            <span className="visually-hidden">{t('predict.tokens')}</span>
            {prediction.tokens.map((tok, i) => (
              <span
                key={i}
                className={tok.oov ? 'token oov' : 'token'}
                title={tok.oov ? t('predict.oov') : t('predict.index', { index: tok.index })}
                data-user-text=""
              >
                {tok.token}
              </span>
            ))}
          </p>
          <p className="muted">
            {t('predict.summary', {
              oov: prediction.tokens.filter((tok) => tok.oov).length,
              total: prediction.tokens.length,
            })}
            {prediction.truncated > 0 && t('predict.truncated', { count: prediction.truncated })}
          </p>
        </div>
      )}
    </section>
  );
}
