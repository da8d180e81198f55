import { useEffect, useMemo, useState } from 'react';
import type { CorpusMeta } from '../../core/corpus/metadata';
import type { FeatureSet } from '../../core/features/types';
import type { SavedModelInfo } from '../../model/session';
import type { FitOptions } from '../../model/train';
import { classifierWorker } from '../bridges';
import { SentenceEmbeddings } from '../embed/SentenceEmbeddings';
import { TextVectorsSection } from '../features/TextVectorsSection';
import { useI18n } from '../i18n/I18n';
import { Message } from '../Message';
import { CLASSIFY_FIT, CLASSIFY_MODEL } from '../url/groups';
import { useUrlState } from '../url/store';
import { DataSection } from './DataSection';
import { Experiments } from './Experiments';
import { ModelSection } from './ModelSection';
import { CheckField, NumberField } from './NumberField';
import { PredictSection } from './PredictSection';
import { Curves, Outcome } from './ResultsSection';
import { SavedModels } from './SavedModels';
import { useClassifier } from './useClassifier';

interface Props {
  manifest: CorpusMeta[] | null;
  /** Name of the word vectors the classifier worker holds, or null. */
  vectorsName: string | null;
}

/** Step 4: labelled data → masked LSTM classifier, trained in the classifier worker. */
export function ClassifyPanel({ manifest, vectorsName }: Props) {
  const { t } = useI18n();
  const { view, prepare, build, train, experiment, predict, pause, resume, stop, switchBackend } =
    useClassifier();
  const [backends, setBackends] = useState<{ name: string; usable: boolean }[]>([]);
  const [backend, setBackend] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void classifierWorker
      .api()
      .probe()
      .then((r) => {
        if (!live) return;
        setBackends(
          r.checks.map((c) => ({ name: c.name, usable: c.status === 'accepted' || c.status === 'untried' })),
        );
        setBackend(r.chosen);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const [model, setModel] = useUrlState(CLASSIFY_MODEL);
  const [fit, setFit] = useUrlState(CLASSIFY_FIT);
  const [loaded, setLoaded] = useState<SavedModelInfo | null>(null);
  /** Sentence vectors of the prepared texts (Sentence embeddings), for the classifiers on vectors. */
  const [sentenceFeatures, setSentenceFeatures] = useState<FeatureSet | null>(null);
  const featureSources = useMemo(
    () => [{ id: 'sentence', label: t('features.source.sentence'), set: sentenceFeatures }],
    [sentenceFeatures, t],
  );
  // New word vectors (trained or imported) become the embedding's default source.
  useEffect(() => {
    if (vectorsName !== null) setModel((m) => ({ ...m, embedding: 'word2vec', embeddingTrainable: false }));
  }, [vectorsName, setModel]);
  const busy = view.status !== 'idle';
  const training = view.status === 'training' || view.status === 'paused';
  const setF = <K extends keyof FitOptions>(key: K, value: FitOptions[K]) =>
    setFit((f) => ({ ...f, [key]: value }));

  return (
    <div className="classify-panel">
      <Message kind="error" text={view.error} />
      <DataSection
        manifest={manifest}
        report={view.data}
        busy={busy}
        onPrepare={(s, o) => void prepare(s, o)}
      />
      {view.data && (
        <ModelSection
          options={model}
          onChange={setModel}
          vectorsName={vectorsName}
          report={view.model}
          disabled={busy}
          onBuild={() => void build(model)}
        />
      )}
      {view.model && (
        <section aria-labelledby="fit-title" className="classify-section" data-control="classify.training">
          <h2 id="fit-title">{t('fit.title')}</h2>
          <fieldset className="settings-grid" disabled={busy}>
            <legend className="visually-hidden">{t('fit.settings')}</legend>
            <div className="field" data-control="classify.backend">
              <label htmlFor="f-backend">{t('fit.backend')}</label>
              <select
                id="f-backend"
                value={backend ?? ''}
                onChange={(e) => {
                  const name = e.target.value;
                  void switchBackend(name).then((r) => r !== null && setBackend(name));
                }}
                data-testid="classify-backend"
              >
                {backends.map((b) => (
                  <option key={b.name} value={b.name} disabled={!b.usable}>
                    {b.name}
                    {b.usable ? '' : t('fit.refused')}
                  </option>
                ))}
              </select>
              <small>{t('fit.backend.help')}</small>
            </div>
            <NumberField
              id="f-epochs"
              control="classify.epochs"
              label={t('fit.epochs')}
              value={fit.epochs}
              min={1}
              max={500}
              onChange={(v) => setF('epochs', v)}
            />
            <NumberField
              id="f-batch"
              control="classify.batch"
              label={t('fit.batch')}
              value={fit.batchSize}
              min={1}
              max={4096}
              onChange={(v) => setF('batchSize', v)}
            />
            <NumberField
              id="f-lr"
              control="classify.lr"
              label={t('fit.lr')}
              value={fit.learningRate}
              min={0}
              step={0.0001}
              onChange={(v) => setF('learningRate', v)}
            />
            <NumberField
              id="f-b1"
              control="classify.beta1"
              label={t('fit.beta1')}
              value={fit.beta1}
              min={0}
              max={1}
              step={0.001}
              onChange={(v) => setF('beta1', v)}
            />
            <NumberField
              id="f-b2"
              control="classify.beta2"
              label={t('fit.beta2')}
              value={fit.beta2}
              min={0}
              max={1}
              step={0.0001}
              onChange={(v) => setF('beta2', v)}
            />
            <NumberField
              id="f-eps"
              control="classify.epsilon"
              label={t('fit.epsilon')}
              value={fit.epsilon}
              min={0}
              step={1e-8}
              onChange={(v) => setF('epsilon', v)}
            />
            <NumberField
              id="f-patience"
              control="classify.patience"
              label={t('fit.patience')}
              value={fit.patience}
              min={0}
              onChange={(v) => setF('patience', v)}
              help={t('fit.patience.help')}
            />
            <CheckField
              id="f-restore"
              control="classify.restoreBest"
              label={t('fit.restore')}
              checked={fit.restoreBest}
              onChange={(v) => setF('restoreBest', v)}
              help={t('fit.restore.help')}
            />
            <NumberField
              id="f-seed"
              control="classify.shuffleSeed"
              label={t('fit.seed')}
              value={fit.seed}
              min={0}
              onChange={(v) => setF('seed', v)}
            />
          </fieldset>
          <div className="controls">
            <button
              type="button"
              disabled={busy}
              onClick={() => void train(fit)}
              data-testid="classify-train"
            >
              {t('fit.train')}
            </button>
            <button
              type="button"
              disabled={view.status !== 'training'}
              onClick={pause}
              data-testid="classify-pause"
            >
              {t('fit.pause')}
            </button>
            <button type="button" disabled={view.status !== 'paused'} onClick={resume}>
              {t('fit.resume')}
            </button>
            <button type="button" disabled={!training} onClick={stop} data-testid="classify-stop">
              {t('fit.stop')}
            </button>
          </div>
          {(training || view.epochs.length > 0) && (
            <p data-testid="classify-status" data-status={view.status}>
              {t('fit.status', {
                state: t(
                  training ? (view.status === 'paused' ? 'fit.paused' : 'fit.training') : 'fit.trained',
                ),
                epoch: view.epochs.length,
              })}
              {view.epochs.length > 0 &&
                t('fit.valAcc', { acc: view.epochs[view.epochs.length - 1].valAcc.toFixed(3) })}
            </p>
          )}
          {(view.epochs.length > 0 || view.batches.length > 0) && (
            <Curves epochs={view.epochs} batches={view.batches} />
          )}
          {view.outcome && <Outcome outcome={view.outcome} />}
        </section>
      )}
      {(view.outcome || loaded) && (
        <PredictSection
          prediction={view.prediction}
          disabled={busy}
          onPredict={(text) => void predict(text)}
        />
      )}
      {view.model && (
        <Experiments
          busy={busy}
          running={training && view.mode === 'experiment'}
          variants={view.variants}
          results={view.experiment}
          haveVectors={vectorsName !== null}
          onRun={(kind) => void experiment(kind, model, fit)}
        />
      )}
      <SentenceEmbeddings dataReady={view.data !== null} onFeatures={setSentenceFeatures} />
      <TextVectorsSection
        data={view.data}
        outcome={view.outcome}
        vectorsName={vectorsName}
        busy={busy}
        sources={featureSources}
      />
      <SavedModels canSave={view.outcome !== null || loaded !== null} busy={busy} onLoaded={setLoaded} />
    </div>
  );
}
