import { useState } from 'react';
import type { LabelledTexts } from '../../core/embed/labelledTexts';
import { POOLINGS, type Pooling } from '../../core/embed/pooling';
import { CHARS_PER_TOKEN } from '../../core/embed/texts';
import type { FeatureSet } from '../../core/features/types';
import type { EmbedOutcome, EncoderInfo } from '../../encoder/encoder';
import { classifierWorker, encoderWorker } from '../bridges';
import { NumberField } from '../classify/NumberField';
import { download } from '../explore/download';
import { useI18n } from '../i18n/I18n';
import { failure, type Shown, said } from '../i18n/shown';
import { Message } from '../Message';
import { usePersistentState } from '../usePersistentState';
import { publishVectors } from '../vectorState';
import { ModelCard } from './ModelCard';
import { FOLDER_FILES, ModelPicker } from './ModelPicker';
import { useEncoder } from './useEncoder';

export interface EmbedSettings {
  /** Hidden-state index, or null for the model's default (second-to-last when exposed). */
  layer: number | null;
  pooling: Pooling;
  batchSize: number;
  maxLength: number;
}

const DEFAULT_SETTINGS: EmbedSettings = { layer: null, pooling: 'mean', batchSize: 16, maxLength: 128 };

interface Result {
  outcome: Omit<EmbedOutcome, 'vectors'>;
  texts: number;
  title: string;
  name: string;
  device: string;
  maxLength: number;
}

interface Props {
  /** Whether the Classify tab has prepared labelled data (its texts are what gets embedded). */
  dataReady: boolean;
  /** Receives the sentence vectors of the prepared texts as classifier features. */
  onFeatures: (features: FeatureSet) => void;
}

function featureName(info: EncoderInfo, layer: number, pooling: Pooling): string {
  return `${info.name} · layer ${layer}/${info.layers} · ${pooling}`;
}

/**
 * Classify → Sentence embeddings: a pretrained transformer encoder (a dropped model folder, or
 * the hub after an explicit opt-in) turns each prepared text into one vector, which the
 * classifiers on vectors train on; the vectors also go to the map and to a Projector export.
 */
export function SentenceEmbeddings({ dataReady, onFeatures }: Props) {
  const { t, num, rich } = useI18n();
  const { view, load, listHub, embed, cancel, showError } = useEncoder();
  const [settings, setSettings] = usePersistentState<EmbedSettings>('embed-settings', DEFAULT_SETTINGS);
  const [result, setResult] = useState<Result | null>(null);
  const [notice, setNotice] = useState<Shown | null>(null);
  const [actionError, setActionError] = useState<Shown | null>(null);
  const [acting, setActing] = useState(false);
  const info = view.info;
  const busy = view.status !== 'idle';
  const layer =
    info && settings.layer !== null && info.choosableLayers.includes(settings.layer)
      ? settings.layer
      : info?.defaultLayer;
  const maxLength = info ? Math.min(settings.maxLength, info.maxLength) : settings.maxLength;
  const set = <K extends keyof EmbedSettings>(key: K, value: EmbedSettings[K]) =>
    setSettings((s) => ({ ...s, [key]: value }));

  const run = async () => {
    if (!info || layer === undefined) return;
    setNotice(null);
    let data: LabelledTexts;
    try {
      data = await classifierWorker.api().labelledTexts(maxLength * CHARS_PER_TOKEN);
    } catch (e) {
      showError(e);
      return;
    }
    const name = featureName(info, layer, settings.pooling);
    const options = { layer, pooling: settings.pooling, batchSize: settings.batchSize, maxLength };
    const r = await embed(data, options, name);
    if (r === null) return;
    if (r.cancelled) {
      setNotice(said('embed.cancelled', { done: r.done, total: data.texts.length }));
      return;
    }
    const { vectors, ...outcome } = r;
    setResult({ outcome, texts: data.texts.length, title: data.title, name, device: info.device, maxLength });
    onFeatures({
      name,
      labels: data.classes,
      y: data.y,
      x: vectors,
      d: r.dim,
      dataKey: data.dataKey,
      split: data.split,
      seed: data.seed,
    });
  };

  const act = async (work: () => Promise<void>) => {
    setActing(true);
    setActionError(null);
    try {
      await work();
    } catch (e) {
      setActionError(failure(e));
    } finally {
      setActing(false);
    }
  };

  const toMap = () =>
    act(async () => {
      if (!result) return;
      const { set: vectors, metadata } = await encoderWorker.api().mapSet();
      await publishVectors(result.name, vectors, 'imported', metadata);
      setNotice(said('embed.onMap'));
    });

  const exportProjector = () =>
    act(async () => {
      for (const f of await encoderWorker.api().projectorFiles()) download(f.name, f.blob);
    });

  const p = view.embedProgress;
  const lp = view.loadProgress;
  return (
    <section
      aria-labelledby="embed-title"
      className="classify-section"
      data-control="classify.sentenceEmbeddings"
      data-testid="embed-section"
    >
      <h2 id="embed-title">{t('embed.title')}</h2>
      <p className="hint">{t('embed.intro')}</p>
      <details className="settings-details">
        <summary>{t('embed.models.summary')}</summary>
        <ul className="hint">
          <li>
            {rich('embed.models.minilm', {
              id: <code>Xenova/all-MiniLM-L6-v2</code>,
              fp32: <code>onnx/model.onnx</code>,
              q8: <code>model_quantized.onnx</code>,
            })}
          </li>
          <li>{rich('embed.models.bert', { id: <code>Xenova/bert-base-uncased</code> })}</li>
          <li>
            {rich('embed.models.multilingual', {
              id: <code>Xenova/multilingual-e5-small</code>,
              file: <code>tokenizer.json</code>,
            })}
          </li>
        </ul>
        <p className="hint">
          {rich('embed.models.export', {
            host: <code>huggingface.co</code>,
            files: <code>{FOLDER_FILES}</code>,
          })}
        </p>
      </details>
      <ModelPicker
        busy={busy}
        onLoad={(s, o) => void load(s, o)}
        onListHub={listHub}
        onBadFolder={showError}
      />
      {view.status === 'loading' && (
        <p role="status" data-testid="embed-loading">
          {lp && lp.total > 0
            ? rich('embed.loadingFile', {
                file: <code>{lp.file}</code>,
                percent: Math.round((100 * lp.loaded) / lp.total),
              })
            : t('embed.loading')}{' '}
          <button type="button" onClick={cancel}>
            {t('embed.cancel')}
          </button>
        </p>
      )}
      <Message kind="error" text={view.error} />
      {info && <ModelCard info={info} />}
      {info && layer !== undefined && (
        <>
          <fieldset className="settings-grid" disabled={busy}>
            <legend className="visually-hidden">{t('embed.settings')}</legend>
            <div className="field" data-control="classify.embedLayer">
              <label htmlFor="embed-layer">{t('embed.layer')}</label>
              <select
                id="embed-layer"
                value={layer}
                onChange={(e) => set('layer', Number(e.target.value))}
                data-testid="embed-layer"
              >
                {info.choosableLayers.map((l) => (
                  <option key={l} value={l}>
                    {l === 0
                      ? t('embed.layer.embeddings')
                      : l === info.layers
                        ? t('embed.layer.last', { layer: l })
                        : l === info.layers - 1
                          ? t('embed.layer.secondToLast', { layer: l })
                          : t('embed.layer.n', { layer: l })}
                  </option>
                ))}
              </select>
              <small>{rich('embed.layer.help', { tool: <code>bert-as-service</code> })}</small>
            </div>
            <div className="field" data-control="classify.embedPooling">
              <label htmlFor="embed-pooling">{t('embed.pooling')}</label>
              <select
                id="embed-pooling"
                value={settings.pooling}
                onChange={(e) => set('pooling', e.target.value as Pooling)}
                data-testid="embed-pooling"
              >
                {POOLINGS.map((pl) => (
                  <option key={pl} value={pl}>
                    {t(`embed.pooling.${pl}`)}
                  </option>
                ))}
              </select>
            </div>
            <NumberField
              id="embed-batch"
              label={t('embed.batch')}
              value={settings.batchSize}
              min={1}
              max={256}
              onChange={(v) => set('batchSize', Math.max(1, Math.min(256, Math.round(v) || 1)))}
              help={t('embed.batch.help')}
              control="classify.embedBatch"
            />
            <NumberField
              id="embed-maxlen"
              label={t('embed.maxLength')}
              value={maxLength}
              min={8}
              max={info.maxLength}
              onChange={(v) => set('maxLength', Math.max(8, Math.round(v) || 8))}
              help={t('embed.maxLength.help', { max: info.maxLength })}
              control="classify.embedMaxLength"
            />
          </fieldset>
          <div className="controls">
            <button
              type="button"
              disabled={busy || !dataReady}
              onClick={() => void run()}
              data-testid="embed-run"
            >
              {t('embed.run')}
            </button>
            <button
              type="button"
              disabled={view.status !== 'embedding'}
              onClick={cancel}
              data-testid="embed-cancel"
            >
              {t('embed.cancel')}
            </button>
          </div>
          {!dataReady && <p className="hint">{t('embed.needData')}</p>}
        </>
      )}
      {view.status === 'embedding' && p && (
        <p role="status" data-testid="embed-progress">
          <progress value={p.done} max={p.total} aria-label={t('embed.progressLabel')} />{' '}
          {t('embed.progress', { done: num(p.done), total: num(p.total), rate: num(p.textsPerSec, 1) })}
        </p>
      )}
      <Message kind="info" text={notice} />
      {result && (
        <div className="embed-result" data-testid="embed-result">
          <p>
            {rich('embed.result', {
              texts: num(result.texts),
              title: <span data-user-text="">{result.title}</span>,
              dim: result.outcome.dim,
              seconds: num(result.outcome.seconds, 1),
              rate: num(result.outcome.textsPerSec, 1),
              device: result.device,
            })}{' '}
            {result.outcome.truncated > 0 &&
              t('embed.truncated', { count: num(result.outcome.truncated), max: result.maxLength })}
          </p>
          <p className="hint">
            {rich('embed.featuresReady', { name: <span data-user-text="">“{result.name}”</span> })}
          </p>
          <div className="button-row">
            <button type="button" disabled={acting} onClick={() => void toMap()} data-testid="embed-to-map">
              {t('embed.toMap')}
            </button>
            <button
              type="button"
              disabled={acting}
              onClick={() => void exportProjector()}
              data-testid="embed-export"
            >
              {t('embed.export')}
            </button>
          </div>
          <Message kind="error" text={actionError} />
        </div>
      )}
    </section>
  );
}
