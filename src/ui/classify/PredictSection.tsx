import { useState } from 'react';
import type { Prediction } from '../../model/session';

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
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="predict-title" className="classify-section" data-control="classify.predict">
      <h2 id="predict-title">Try it</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onPredict(text);
        }}
      >
        <label htmlFor="predict-text">Text to classify</label>
        <textarea
          id="predict-text"
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="predict-text"
        />
        <button type="submit" disabled={disabled || !text.trim()} data-testid="predict-run">
          Predict
        </button>
      </form>
      {prediction && (
        <div data-testid="prediction">
          <ul className="probabilities">
            {[...prediction.probabilities]
              .sort((a, b) => b.p - a.p)
              .map((p) => (
                <li key={p.label}>
                  <span className="prob-label">{p.label}</span>
                  <span className="prob-bar" style={{ width: `${(p.p * 100).toFixed(1)}%` }} />
                  <span className="num">{(p.p * 100).toFixed(1)}%</span>
                </li>
              ))}
          </ul>
          <p className="tokens">
            <span className="visually-hidden">Tokens the text became: </span>
            {prediction.tokens.map((t, i) => (
              <span
                key={i}
                className={t.oov ? 'token oov' : 'token'}
                title={t.oov ? 'out of vocabulary' : `index ${t.index}`}
              >
                {t.token}
              </span>
            ))}
          </p>
          <p className="muted">
            {prediction.tokens.filter((t) => t.oov).length} of {prediction.tokens.length} tokens are out of
            the vocabulary (struck through).
            {prediction.truncated > 0 && ` ${prediction.truncated} tokens beyond maxlen were cut.`}
          </p>
        </div>
      )}
    </section>
  );
}
