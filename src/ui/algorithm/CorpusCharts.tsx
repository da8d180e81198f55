import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartsRequest, VocabularyCharts } from '../../../workers/corpus.worker';
import type { TokenizerSpec } from '../../core/text/tokenizerSpec';
import { DEFAULT_OPTIONS, type W2VOptions } from '../../core/w2v/options';
import { corpusWorker } from '../bridges';
import { LogChart } from '../charts/LogChart';
import { SERIES_COLOURS } from '../charts/palette';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/shown';
import { Message } from '../Message';
import type { CorpusState } from '../useCorpus';
import { useWordFilterVersion } from '../wordFilter/wordFilterState';
import './algorithm.css';

interface Props {
  corpus: CorpusState;
  /** The Train panel's settings: the charts show the corpus as training would read it. */
  options: Partial<W2VOptions>;
  tokenizer: TokenizerSpec;
  /** Words to mark on the keep-probability chart (the Train panel's watched words). */
  mark: string[];
}

const pct = (x: number) => (x >= 0.001 ? `${(100 * x).toFixed(2)} %` : `${(100 * x).toPrecision(2)} %`);
/** The settings boxes change per keystroke; the worker is asked once typing pauses. */
const DEBOUNCE_MS = 400;

/**
 * Charts of the corpus as word2vec reads it: the unigram distribution, raw and raised to the
 * power negative sampling uses, by rank on log axes, with the top words' probabilities; and the
 * subsampling keep probability against word frequency for the current -sample. Computed in the
 * corpus worker with the engine's own table and formula; opened on demand.
 */
export function CorpusCharts({ corpus, options, tokenizer, mark }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [charts, setCharts] = useState<VocabularyCharts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const filterVersion = useWordFilterVersion();
  const source = corpus.current?.source ?? null;
  const request = useMemo<ChartsRequest | null>(
    () =>
      source && {
        source,
        tokenizer,
        minCount: options.minCount ?? DEFAULT_OPTIONS.minCount,
        maxVocab: options.maxVocab ?? DEFAULT_OPTIONS.maxVocab,
        sample: options.sample ?? DEFAULT_OPTIONS.sample,
        power: options.power ?? DEFAULT_OPTIONS.power,
        tableSize: options.tableSize ?? DEFAULT_OPTIONS.tableSize,
        mark,
      },
    [source, tokenizer, options, mark],
  );
  const key = JSON.stringify(request && { ...request, source: corpus.current?.id });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the request's content.
  useEffect(() => {
    if (!open || request === null) return;
    const valid =
      Number.isFinite(request.sample) &&
      request.sample >= 0 &&
      Number.isFinite(request.power) &&
      request.minCount >= 1;
    if (!valid) return;
    const n = ++seq.current;
    const timer = setTimeout(() => {
      setLoading(true);
      corpusWorker
        .api()
        .vocabularyCharts(request)
        .then((c) => {
          if (n !== seq.current) return;
          setCharts(c);
          setError(null);
        })
        .catch((e: unknown) => n === seq.current && setError(e))
        .finally(() => n === seq.current && setLoading(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [open, key, filterVersion]);

  const rankSeries = useMemo(
    () =>
      charts
        ? [
            {
              name: t('charts.raw'),
              color: SERIES_COLOURS[0],
              points: charts.curve.map((r) => ({ x: r.rank, y: r.raw })),
            },
            {
              name: t('charts.negative', { power: charts.power }),
              color: SERIES_COLOURS[1],
              dashed: true,
              points: charts.curve.map((r) => ({ x: r.rank, y: r.negative })),
            },
          ]
        : [],
    [charts, t],
  );
  const keepSeries = useMemo(
    () =>
      charts
        ? [
            {
              name: t('charts.keep'),
              color: SERIES_COLOURS[0],
              points: charts.keepCurve.map((p) => ({ x: p.frequency, y: p.keep })),
            },
          ]
        : [],
    [charts, t],
  );
  const keepMarks = useMemo(
    () => (charts ? charts.marked.map((m) => ({ x: m.frequency, y: m.keep, label: m.word })) : []),
    [charts],
  );
  const rule = useMemo(
    () => (charts && charts.sample > 0 ? { x: charts.sample, label: t('charts.threshold') } : undefined),
    [charts, t],
  );

  return (
    <details
      className="corpus-charts"
      data-control="train.charts"
      data-testid="corpus-charts"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        <h3>{t('charts.title')}</h3>
      </summary>
      {open && (
        <>
          <p>{t('charts.intro')}</p>
          {source === null && <p className="hint">{t('charts.noCorpus')}</p>}
          {loading && (
            <p role="status" className="hint">
              {t('charts.loading')}
            </p>
          )}
          <Message kind="error" text={error === null ? null : failure(error)} />
          {charts && (
            <>
              <p data-testid="charts-summary">
                {t('charts.summary', {
                  words: charts.words.toLocaleString('en-US'),
                  tokens: charts.trainWords.toLocaleString('en-US'),
                  end: pct(charts.sentenceEndShare),
                })}{' '}
                {charts.sample > 0
                  ? t('charts.dropped', { sample: charts.sample, share: pct(charts.droppedShare) })
                  : t('charts.noSample')}
              </p>
              <div className="chart-pair">
                <LogChart
                  series={rankSeries}
                  xLabel={t('charts.rank')}
                  yLabel={t('charts.probability')}
                  xLog
                  yLog
                  yFormat="~e"
                  label={t('charts.rankLabel', { power: charts.power })}
                  testId="chart-unigram"
                />
                <LogChart
                  series={keepSeries}
                  marks={keepMarks}
                  rule={rule}
                  xLabel={t('charts.frequency')}
                  yLabel={t('charts.keepAxis')}
                  xLog
                  yDomain={[0, 1.05]}
                  xFormat="~e"
                  label={t('charts.keepLabel', { sample: charts.sample })}
                  testId="chart-keep"
                />
              </div>
              <table className="data-table" data-testid="charts-top">
                <caption>{t('charts.topCaption', { n: charts.top.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('charts.col.rank')}</th>
                    <th scope="col">{t('charts.col.word')}</th>
                    <th scope="col">{t('charts.col.count')}</th>
                    <th scope="col">{t('charts.col.raw')}</th>
                    <th scope="col">{t('charts.col.negative', { power: charts.power })}</th>
                    <th scope="col">{t('charts.col.keep')}</th>
                  </tr>
                </thead>
                <tbody>
                  {charts.top.map((r, i) => (
                    <tr key={r.id}>
                      <td>{r.rank}</td>
                      <th scope="row">
                        {charts.topWords[i] ?? (
                          <>
                            <span aria-hidden="true">▇▇▇</span>
                            <span className="visually-hidden">{t('charts.hidden')}</span>
                          </>
                        )}
                      </th>
                      <td>{r.count.toLocaleString('en-US')}</td>
                      <td>{pct(r.raw)}</td>
                      <td>{pct(r.negative)}</td>
                      <td>{pct(r.keep)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </details>
  );
}
