import type { StepInfo } from '../../../workers/stepper.worker';
import type { OutputTrace, PairTrace } from '../../core/w2v/trace';
import { useI18n } from '../i18n/I18n';

/** Components of a vector shown; the rest are summarised as "+n". */
const SHOWN = 6;
const HIDDEN_WORD = '▇▇▇';

const num = (x: number, digits = 4) => (Number.isNaN(x) ? '—' : x.toFixed(digits));

function vec(v: Float32Array | null): string {
  if (!v) return '—';
  const head = Array.from(v.subarray(0, SHOWN), (x) => x.toFixed(4)).join(', ');
  return v.length > SHOWN ? `(${head}, … +${v.length - SHOWN})` : `(${head})`;
}

/** The sentence with subsampling's drops, the shrunk window, the centre and the context word(s). */
function Sentence({ trace, words }: { trace: PairTrace; words: StepInfo['words'] }) {
  const { t } = useI18n();
  let index = -1;
  return (
    <p className="step-sentence" data-testid="step-sentence">
      {trace.subsampling.map((d) => {
        const w = words[d.id] ?? HIDDEN_WORD;
        if (!d.kept) {
          return (
            <s key={d.pos} title={t('step.dropped', { keep: num(d.keep, 3), draw: num(d.draw, 3) })}>
              {w}
            </s>
          );
        }
        index++;
        const i = index;
        const inWindow = i >= trace.first && i <= trace.last;
        const isContext =
          trace.contextPosition >= 0 ? i === trace.contextPosition : inWindow && i !== trace.position;
        const cls = [
          'step-token',
          inWindow ? 'in-window' : '',
          i === trace.position ? 'centre' : '',
          isContext ? 'context' : '',
        ].join(' ');
        return (
          <span
            key={d.pos}
            className={cls}
            data-role={i === trace.position ? 'centre' : isContext ? 'context' : undefined}
          >
            {w}
          </span>
        );
      })}
    </p>
  );
}

function outputName(o: OutputTrace, k: number, t: ReturnType<typeof useI18n>['t']): string {
  if (o.kind === 'positive') return t('step.out.positive');
  if (o.kind === 'node') return t('step.out.node', { node: o.row });
  return t('step.out.negative', { k });
}

function tableSigmoid(o: OutputTrace, t: ReturnType<typeof useI18n>['t']): string {
  if (o.skipped) return '—';
  if (!o.clipped) return t('step.sigmaTable', { value: num(o.tableSigmoid), index: o.tableIndex });
  if (o.kind === 'node') return t('step.clippedNode');
  return o.dot > 0 ? t('step.clippedHigh') : t('step.clippedLow');
}

/** What one pair did: the sentence, the window, every output step's numbers, the vectors. */
export function PairDetails({
  trace,
  words,
  tableSize,
}: {
  trace: PairTrace;
  words: StepInfo['words'];
  tableSize: number;
}) {
  const { t } = useI18n();
  const name = (id: number) => words[id] ?? HIDDEN_WORD;
  let negatives = 0;
  const context = trace.context.map(name).join(', ');
  return (
    <div className="step-details" data-testid="step-details">
      <Sentence trace={trace} words={words} />
      <p data-testid="step-pair">
        {trace.contextPosition >= 0
          ? t('step.pair.skipgram', { centre: name(trace.word), context })
          : t('step.pair.cbow', { centre: name(trace.word), context })}
      </p>
      <p data-testid="step-window">
        {t('step.window', {
          b: trace.b,
          window: trace.span + trace.b,
          span: trace.span,
        })}
      </p>
      <table className="data-table step-outputs" data-testid="step-outputs">
        <caption>{t('step.outputs.caption', { alpha: num(trace.alpha, 5) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('step.col.step')}</th>
            <th scope="col">{t('step.col.word')}</th>
            <th scope="col">{t('step.col.label')}</th>
            <th scope="col">{t('step.col.dot')}</th>
            <th scope="col">{t('step.col.sigma')}</th>
            <th scope="col">{t('step.col.sigmaTable')}</th>
            <th scope="col">{t('step.col.g')}</th>
            <th scope="col">{t('step.col.loss')}</th>
          </tr>
        </thead>
        <tbody>
          {trace.outputs.map((o, k) => {
            if (o.kind === 'negative') negatives++;
            const what = outputName(o, negatives, t);
            return (
              <tr key={k} data-kind={o.kind} data-skipped={o.skipped || undefined}>
                <th scope="row">
                  {what}
                  {o.kind === 'negative' && (
                    <small className="step-slot">
                      {t('step.slot', {
                        slot: o.slot.toLocaleString('en-US'),
                        size: tableSize.toLocaleString('en-US'),
                      })}
                      {o.redrawn && ` ${t('step.redrawn')}`}
                    </small>
                  )}
                </th>
                <td>{o.kind === 'node' ? '—' : name(o.row)}</td>
                <td>{o.label}</td>
                {o.skipped ? (
                  <td colSpan={5}>{t('step.skipped')}</td>
                ) : (
                  <>
                    <td>{num(o.dot)}</td>
                    <td>{num(o.sigmoid)}</td>
                    <td>{tableSigmoid(o, t)}</td>
                    <td>{o.updated ? num(o.g, 6) : t('step.noUpdate')}</td>
                    <td>{num(o.loss)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="data-table step-vectors" data-testid="step-vectors">
        <caption>{t('step.vectors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('step.col.vector')}</th>
            <th scope="col">{t('step.col.before')}</th>
            <th scope="col">{t('step.col.after')}</th>
          </tr>
        </thead>
        <tbody>
          {trace.inputs.map((x, i) => (
            <tr key={`in-${i}`}>
              <th scope="row">{t('step.vec.input', { word: name(x.row) })}</th>
              <td>{vec(x.before)}</td>
              <td>{vec(x.after)}</td>
            </tr>
          ))}
          {trace.context.length > 1 && (
            <tr>
              <th scope="row">{t('step.vec.mean')}</th>
              <td>{vec(trace.hidden)}</td>
              <td>—</td>
            </tr>
          )}
          {trace.outputs.map((o, k) =>
            o.skipped ? null : (
              <tr key={`out-${k}`}>
                <th scope="row">
                  {o.kind === 'node'
                    ? t('step.vec.node', { node: o.row })
                    : t('step.vec.output', { word: name(o.row) })}
                </th>
                <td>{vec(o.before)}</td>
                <td>{vec(o.after)}</td>
              </tr>
            ),
          )}
          <tr>
            <th scope="row">{t('step.vec.error')}</th>
            <td>—</td>
            <td>{vec(trace.error)}</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">{t('step.rule')}</p>
    </div>
  );
}
