import { formatCount } from '../../core/corpus/metadata';
import type { ModelOptions, ModelReport } from '../../model/session';
import { useI18n } from '../i18n/I18n';
import { LstmImplField } from './LstmImplField';
import { CheckField, NumberField } from './NumberField';

interface Props {
  options: ModelOptions;
  onChange: (o: ModelOptions) => void;
  vectorsName: string | null;
  report: ModelReport | null;
  disabled: boolean;
  onBuild: () => void;
}

/** Step 4b: the network, and its Keras-style summary once built. */
export function ModelSection({ options, onChange, vectorsName, report, disabled, onBuild }: Props) {
  const { t, rich } = useI18n();
  const set = <K extends keyof ModelOptions>(key: K, value: ModelOptions[K]) =>
    onChange({ ...options, [key]: value });
  return (
    <section aria-labelledby="model-title" className="classify-section" data-control="classify.model">
      <h2 id="model-title">{t('model.title')}</h2>
      {/* Keras notation, as the layers are named in code. */}
      <p className="muted">
        <code>
          Embedding{options.maskZero ? '(mask_zero)' : ''} →{' '}
          {options.bidirectional ? 'Bidirectional(LSTM)' : 'LSTM'}({options.lstmUnits}) →{' '}
          {options.denseUnits > 0
            ? `Dense(${options.denseUnits}, relu) → Dropout(${options.dropout}) → `
            : ''}
          {t('model.output')}
        </code>
      </p>
      <fieldset className="settings-grid" disabled={disabled}>
        <legend className="visually-hidden">{t('model.settings')}</legend>
        <div className="field" data-control="classify.embedding">
          <label htmlFor="m-embedding">{t('model.embedding')}</label>
          <select
            id="m-embedding"
            value={options.embedding}
            onChange={(e) => {
              // A random embedding learns nothing frozen: it is trained by default, pretrained vectors frozen.
              const embedding = e.target.value as ModelOptions['embedding'];
              onChange({ ...options, embedding, embeddingTrainable: embedding === 'random' });
            }}
          >
            <option value="word2vec">
              {vectorsName ? t('model.vectors', { name: vectorsName }) : t('model.noVectors')}
            </option>
            <option value="random">{t('model.random')}</option>
          </select>
          <small>{t('model.embedding.help')}</small>
        </div>
        {options.embedding === 'random' && (
          <NumberField
            id="m-dim"
            control="classify.randomDim"
            label={t('model.randomDim')}
            value={options.randomDim}
            min={1}
            max={1000}
            onChange={(v) => set('randomDim', v)}
          />
        )}
        <CheckField
          id="m-trainable"
          control="classify.trainable"
          label={t('model.trainable')}
          checked={options.embeddingTrainable}
          onChange={(v) => set('embeddingTrainable', v)}
          help={rich('model.trainable.help', { flag: <code>trainable=False</code> })}
        />
        <CheckField
          id="m-mask"
          control="classify.maskZero"
          label={t('model.mask')}
          checked={options.maskZero}
          onChange={(v) => set('maskZero', v)}
          help={t('model.mask.help')}
        />
        <NumberField
          id="m-units"
          control="classify.units"
          label={t('model.units')}
          value={options.lstmUnits}
          min={1}
          max={1024}
          onChange={(v) => set('lstmUnits', v)}
        />
        <CheckField
          id="m-bi"
          control="classify.bidirectional"
          label={t('model.bidirectional')}
          checked={options.bidirectional}
          onChange={(v) => set('bidirectional', v)}
          help={t('model.bidirectional.help')}
        />
        <LstmImplField value={options.lstmImpl ?? 'fused'} onChange={(v) => set('lstmImpl', v)} />
        <NumberField
          id="m-dense"
          control="classify.dense"
          label={t('model.dense')}
          value={options.denseUnits}
          min={0}
          max={1024}
          onChange={(v) => set('denseUnits', v)}
          help={t('model.dense.help')}
        />
        <NumberField
          id="m-dropout"
          control="classify.dropout"
          label={t('model.dropout')}
          value={options.dropout}
          min={0}
          max={0.9}
          step={0.05}
          onChange={(v) => set('dropout', v)}
        />
        <NumberField
          id="m-l1"
          control="classify.l1"
          label={t('model.l1')}
          value={options.l1}
          min={0}
          step={0.0001}
          onChange={(v) => set('l1', v)}
          help={t('model.l1.help')}
        />
        <NumberField
          id="m-l2"
          control="classify.l2"
          label={t('model.l2')}
          value={options.l2}
          min={0}
          step={0.0001}
          onChange={(v) => set('l2', v)}
          help={t('model.l2.help')}
        />
        <NumberField
          id="m-seed"
          control="classify.modelSeed"
          label={t('model.seed')}
          value={options.seed}
          min={0}
          onChange={(v) => set('seed', v)}
          help={t('model.seed.help')}
        />
      </fieldset>
      <button type="button" onClick={onBuild} disabled={disabled} data-testid="model-build">
        {t('model.build')}
      </button>
      {report && <Summary report={report} />}
    </section>
  );
}

function Summary({ report }: { report: ModelReport }) {
  const { t, num, rich } = useI18n();
  const { summary, coverage } = report;
  return (
    <div data-testid="model-summary">
      <table className="summary-table">
        <caption>{t('model.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('model.col.layer')}</th>
            <th scope="col">{t('model.col.shape')}</th>
            <th scope="col">{t('model.col.params')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.name}>
              <td>
                <code>
                  {r.name} ({r.type})
                </code>
                {r.trainable ? '' : t('model.frozen')}
              </td>
              <td>
                <code>{r.outputShape}</code>
              </td>
              <td className="num">{formatCount(r.params)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('model.total')}
            </th>
            <td className="num" data-testid="params-total">
              {formatCount(summary.total)}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {t('model.trainableParams')}
            </th>
            <td className="num" data-testid="params-trainable">
              {formatCount(summary.trainable)}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {t('model.nonTrainable')}
            </th>
            <td className="num" data-testid="params-nontrainable">
              {formatCount(summary.nonTrainable)}
            </td>
          </tr>
        </tfoot>
      </table>
      {coverage && (
        <p data-testid="coverage">
          {t('model.coverage', {
            found: formatCount(coverage.found),
            words: formatCount(coverage.words),
            share: num(coverage.share * 100, 1),
            tokenShare: num(coverage.tokenShare * 100, 1),
          })}
          {coverage.topMissing.length > 0 &&
            rich('model.missing', {
              words: (
                <span data-user-text="">
                  {coverage.topMissing
                    .slice(0, 10)
                    .map((m) => m.word)
                    .join(', ')}
                </span>
              ),
            })}
        </p>
      )}
    </div>
  );
}
