import { formatCount } from '../../core/corpus/metadata';
import type { ModelOptions, ModelReport } from '../../model/session';
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
  const set = <K extends keyof ModelOptions>(key: K, value: ModelOptions[K]) =>
    onChange({ ...options, [key]: value });
  return (
    <section aria-labelledby="model-title" className="classify-section" data-control="classify.model">
      <h2 id="model-title">Model</h2>
      <p className="muted">
        Embedding{options.maskZero ? '(mask_zero)' : ''} →{' '}
        {options.bidirectional ? 'Bidirectional(LSTM)' : 'LSTM'}({options.lstmUnits}) →{' '}
        {options.denseUnits > 0 ? `Dense(${options.denseUnits}, relu) → Dropout(${options.dropout}) → ` : ''}
        Dense(sigmoid or softmax)
      </p>
      <fieldset className="settings-grid" disabled={disabled}>
        <legend className="visually-hidden">Model settings</legend>
        <div className="field" data-control="classify.embedding">
          <label htmlFor="m-embedding">Embedding</label>
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
              {vectorsName ? `Word vectors: ${vectorsName}` : 'Word vectors (none yet)'}
            </option>
            <option value="random">Random (seeded)</option>
          </select>
          <small>
            Pretrained vectors give the model word meanings it did not have to learn from the labels.
          </small>
        </div>
        {options.embedding === 'random' && (
          <NumberField
            id="m-dim"
            control="classify.randomDim"
            label="Random embedding size"
            value={options.randomDim}
            min={1}
            max={1000}
            onChange={(v) => set('randomDim', v)}
          />
        )}
        <CheckField
          id="m-trainable"
          control="classify.trainable"
          label="Fine-tune the embedding"
          checked={options.embeddingTrainable}
          onChange={(v) => set('embeddingTrainable', v)}
          help="Off = frozen (trainable=False): its weights count as non-trainable."
        />
        <CheckField
          id="m-mask"
          control="classify.maskZero"
          label="Mask padding (mask_zero)"
          checked={options.maskZero}
          onChange={(v) => set('maskZero', v)}
          help="Padded steps carry the LSTM state unchanged. Off: the LSTM reads the zeros too."
        />
        <NumberField
          id="m-units"
          control="classify.units"
          label="LSTM units"
          value={options.lstmUnits}
          min={1}
          max={1024}
          onChange={(v) => set('lstmUnits', v)}
        />
        <CheckField
          id="m-bi"
          control="classify.bidirectional"
          label="Bidirectional"
          checked={options.bidirectional}
          onChange={(v) => set('bidirectional', v)}
          help="Reads each text forwards and backwards; twice the LSTM parameters."
        />
        <LstmImplField value={options.lstmImpl ?? 'fused'} onChange={(v) => set('lstmImpl', v)} />
        <NumberField
          id="m-dense"
          control="classify.dense"
          label="Dense units"
          value={options.denseUnits}
          min={0}
          max={1024}
          onChange={(v) => set('denseUnits', v)}
          help="Hidden ReLU layer; 0 = none."
        />
        <NumberField
          id="m-dropout"
          control="classify.dropout"
          label="Dropout"
          value={options.dropout}
          min={0}
          max={0.9}
          step={0.05}
          onChange={(v) => set('dropout', v)}
        />
        <NumberField
          id="m-l1"
          control="classify.l1"
          label="L1"
          value={options.l1}
          min={0}
          step={0.0001}
          onChange={(v) => set('l1', v)}
          help="Penalty on the dense kernel’s absolute values."
        />
        <NumberField
          id="m-l2"
          control="classify.l2"
          label="L2"
          value={options.l2}
          min={0}
          step={0.0001}
          onChange={(v) => set('l2', v)}
          help="Penalty on the dense kernel’s squares."
        />
        <NumberField
          id="m-seed"
          control="classify.modelSeed"
          label="Weight seed"
          value={options.seed}
          min={0}
          onChange={(v) => set('seed', v)}
          help="The same seed builds the same initial weights."
        />
      </fieldset>
      <button type="button" onClick={onBuild} disabled={disabled} data-testid="model-build">
        Build model
      </button>
      {report && <Summary report={report} />}
    </section>
  );
}

function Summary({ report }: { report: ModelReport }) {
  const { summary, coverage } = report;
  return (
    <div data-testid="model-summary">
      <table className="summary-table">
        <caption>Model summary</caption>
        <thead>
          <tr>
            <th scope="col">Layer (type)</th>
            <th scope="col">Output shape</th>
            <th scope="col">Param #</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r) => (
            <tr key={r.name}>
              <td>
                {r.name} ({r.type}){r.trainable ? '' : ' — frozen'}
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
              Total params
            </th>
            <td className="num" data-testid="params-total">
              {formatCount(summary.total)}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              Trainable params
            </th>
            <td className="num" data-testid="params-trainable">
              {formatCount(summary.trainable)}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              Non-trainable params
            </th>
            <td className="num" data-testid="params-nontrainable">
              {formatCount(summary.nonTrainable)}
            </td>
          </tr>
        </tfoot>
      </table>
      {coverage && (
        <p data-testid="coverage">
          Vector coverage: {formatCount(coverage.found)} of {formatCount(coverage.words)} vocabulary words (
          {(coverage.share * 100).toFixed(1)}%, {(coverage.tokenShare * 100).toFixed(1)}% of token
          occurrences) have a vector.
          {coverage.topMissing.length > 0 &&
            ` Most frequent without one: ${coverage.topMissing
              .slice(0, 10)
              .map((m) => m.word)
              .join(', ')}.`}
        </p>
      )}
    </div>
  );
}
