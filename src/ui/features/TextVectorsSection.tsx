import { useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureSet } from '../../core/features/types';
import type { DataReport, TrainOutcome } from '../../model/session';
import { classifierWorker } from '../bridges';
import { useI18n } from '../i18n/I18n';
import { failure } from '../i18n/shown';
import { Message } from '../Message';
import { FeatureClassifiers, type LstmComparison } from './FeatureClassifiers';

interface Props {
  /** The labelled data the Classify tab prepared, or null. */
  data: DataReport | null;
  /** The LSTM classifier's last training, or null. */
  outcome: TrainOutcome | null;
  /** Name of the word vectors the classifier worker holds, or null. */
  vectorsName: string | null;
  /** The classifier worker is busy (preparing, training). */
  busy: boolean;
  /**
   * Feature sets made elsewhere on the page from the same prepared texts (sentence embeddings
   * from a transformer); each becomes a choice beside the mean word vectors, chosen when it arrives.
   */
  sources?: readonly ExternalSource[];
}

export interface ExternalSource {
  id: string;
  /** Shown in the source list, in the interface language. */
  label: string;
  set: FeatureSet | null;
}

const NO_SOURCES: readonly ExternalSource[] = [];

/**
 * Step 4 (continued): each text as one vector, classified by boosted trees, logistic regression
 * or an MLP, compared with the LSTM. The mean of a text's word vectors is the built-in source.
 */
export function TextVectorsSection({ data, outcome, vectorsName, busy, sources = NO_SOURCES }: Props) {
  const { t } = useI18n();
  /** 'mean' or an external source's id. */
  const [source, setSource] = useState('mean');
  const [meanSet, setMeanSet] = useState<FeatureSet | null>(null);
  const [making, setMaking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [coverage, setCoverage] = useState<{ without: number; share: number } | null>(null);
  const [dataKey, setDataKey] = useState<string | null>(null);
  const featureSet = source === 'mean' ? meanSet : (sources.find((s) => s.id === source)?.set ?? null);

  // A newly made external feature set is what the user wants to classify next.
  const arrived = useRef(new Map<string, FeatureSet | null>());
  useEffect(() => {
    for (const s of sources) {
      if (s.set !== null && arrived.current.get(s.id) !== s.set) setSource(s.id);
      arrived.current.set(s.id, s.set);
    }
  }, [sources]);

  // The key of the data the LSTM trains on, so the comparison can tell whether it matches.
  useEffect(() => {
    let live = true;
    if (data === null) setDataKey(null);
    else
      void classifierWorker
        .api()
        .dataKey()
        .then((k) => live && setDataKey(k))
        .catch(() => live && setDataKey(null));
    return () => {
      live = false;
    };
  }, [data]);

  const lstm = useMemo<LstmComparison | null>(
    () =>
      outcome && data
        ? {
            report: outcome.test.report,
            trainMs: outcome.fit.epochs.reduce((s, e) => s + e.ms, 0),
            dataKey,
            input: data.title,
          }
        : null,
    [outcome, data, dataKey],
  );

  const makeMean = async () => {
    setMaking(true);
    setError(null);
    try {
      const r = await classifierWorker.api().meanWordVectors();
      // Named in the interface language (the worker's name is English).
      setMeanSet({ ...r.set, name: t('features.mean.name', { vectors: vectorsName ?? '' }) });
      setCoverage({ without: r.textsWithoutVectors, share: r.tokenCoverage });
    } catch (e) {
      setError(e);
    } finally {
      setMaking(false);
    }
  };

  return (
    <section
      aria-labelledby="features-title"
      className="classify-section"
      data-control="classify.featureModels"
    >
      <h2 id="features-title">{t('features.title')}</h2>
      <p className="muted">{t('features.intro')}</p>
      <div className="field">
        <label htmlFor="features-source">{t('features.source')}</label>
        <select
          id="features-source"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          data-testid="features-source"
        >
          <option value="mean">{t('features.source.mean')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <small>{t('features.source.help')}</small>
      </div>
      {source === 'mean' && (
        <div className="controls">
          <button
            type="button"
            disabled={busy || making || data === null || vectorsName === null}
            onClick={() => void makeMean()}
            data-testid="features-make-mean"
          >
            {t('features.mean.make')}
          </button>
          <small>
            {data === null
              ? t('features.mean.needData')
              : vectorsName === null
                ? t('features.mean.needVectors')
                : t('features.mean.help', { vectors: vectorsName })}
          </small>
        </div>
      )}
      <Message kind="error" text={error === null ? null : failure(error)} />
      {source !== 'mean' && featureSet === null && <p className="muted">{t('features.source.notYet')}</p>}
      {source === 'mean' && coverage && (
        <p className="muted" data-testid="features-coverage">
          {t('features.mean.coverage', {
            share: (100 * coverage.share).toFixed(1),
            without: coverage.without,
          })}
        </p>
      )}
      <FeatureClassifiers featureSet={featureSet} lstm={lstm} />
    </section>
  );
}
