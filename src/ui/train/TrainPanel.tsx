import { useEffect, useState } from 'react';
import type { VectorSet } from '../../core/vectors/types';
import { DEFAULT_ALPHA_CBOW, DEFAULT_ALPHA_SKIPGRAM } from '../../core/w2v/options';
import { CorpusCharts } from '../algorithm/CorpusCharts';
import { StepThrough } from '../algorithm/StepThrough';
import { EmptyState } from '../EmptyState';
import { type Translate, useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import { worded } from '../i18n/shown';
import { Message } from '../Message';
import { TokenizerFields } from '../TokenizerFields';
import { TRAIN } from '../url/groups';
import { useUrlState } from '../url/store';
import { type CorpusState, corpusLanguage } from '../useCorpus';
import { DEFAULT_WATCH, NUMBER_FIELDS, parseWatch } from './fields';
import { LossChart } from './LossChart';
import { isRunning, useTrainer } from './useTrainer';

interface Props {
  corpus: CorpusState;
  onVectors: (set: VectorSet, cancelled: boolean) => void;
  onSnapshot: (set: VectorSet) => void;
}

function eta(t: Translate, view: { totalWords: number; wordsDone: number; wordsPerSec: number }): string {
  if (view.wordsPerSec <= 0) return '—';
  const s = Math.max(0, (view.totalWords - view.wordsDone) / view.wordsPerSec);
  return s < 60
    ? t('train.etaSeconds', { s: s.toFixed(0) })
    : t('train.etaMinutes', { m: Math.floor(s / 60), s: Math.round(s % 60) });
}

/** Step 2: word2vec settings, controls, and what training looks like while it runs. */
export function TrainPanel({ corpus, onVectors, onSnapshot }: Props) {
  const { t, say, num, rich } = useI18n();
  const [settings, setSettings] = useUrlState(TRAIN);
  const [advanced, setAdvanced] = useState(false);
  const { view, start, pause, resume, cancel, snapshot, snapshotEachEpoch } = useTrainer(
    onVectors,
    onSnapshot,
  );
  const [eachEpoch, setEachEpoch] = useState(false);
  snapshotEachEpoch.current = eachEpoch;
  const corpusId = corpus.current?.id ?? null;
  const isolated = typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated;
  const cores = Math.min(16, navigator.hardwareConcurrency || 1);

  // Suggest words to watch for the built-in corpora until the user types their own.
  useEffect(() => {
    if (corpusId !== null && DEFAULT_WATCH[corpusId]) {
      setSettings((s) =>
        s.watch === '' || Object.values(DEFAULT_WATCH).includes(s.watch)
          ? { ...s, watch: DEFAULT_WATCH[corpusId] }
          : s,
      );
    }
  }, [corpusId, setSettings]);

  if (corpus.current === null || corpus.summary === null) {
    return (
      <EmptyState title={t('train.empty.title')}>
        <p>{t('train.empty.body')}</p>
      </EmptyState>
    );
  }
  const source = corpus.current.source;
  const running = isRunning(view.status);
  const setOption = (key: string, value: number) =>
    setSettings((s) => ({ ...s, options: { ...s.options, [key]: value } }));
  const setArchitecture = (cbow: number) =>
    setSettings((s) => {
      // Follow the C tool: the default learning rate depends on the architecture, unless changed by hand.
      const alphaIsDefault =
        s.options.alpha === DEFAULT_ALPHA_CBOW || s.options.alpha === DEFAULT_ALPHA_SKIPGRAM;
      const alpha = alphaIsDefault ? (cbow ? DEFAULT_ALPHA_CBOW : DEFAULT_ALPHA_SKIPGRAM) : s.options.alpha;
      return { ...s, options: { ...s.options, cbow, alpha } };
    });
  const percent = view.totalWords > 0 ? (100 * view.wordsDone) / view.totalWords : 0;

  return (
    <div className="train-panel">
      <p>
        {rich('train.corpus', {
          title: <strong data-user-text="">{corpus.summary.title}</strong>,
          words: num(corpus.summary.words),
        })}
      </p>
      <form
        className="settings"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void start(source, settings, corpusLanguage(corpus));
        }}
      >
        <fieldset disabled={running}>
          <legend>{t('train.settings')}</legend>
          <div className="field" data-control="train.cbow">
            <label htmlFor="w2v-arch">{t('train.arch')}</label>
            <select
              id="w2v-arch"
              value={settings.options.cbow}
              onChange={(e) => setArchitecture(Number(e.target.value))}
              aria-describedby="w2v-arch-help"
            >
              <option value={1}>{t('train.arch.cbow')}</option>
              <option value={0}>{t('train.arch.skipgram')}</option>
            </select>
            <small id="w2v-arch-help">{t('train.arch.help')}</small>
          </div>
          <div className="field" data-control="train.hs">
            <label htmlFor="w2v-hs">{t('train.hs')}</label>
            <select
              id="w2v-hs"
              value={settings.options.hs}
              onChange={(e) => setOption('hs', Number(e.target.value))}
              aria-describedby="w2v-hs-help"
            >
              <option value={0}>{t('train.hs.off')}</option>
              <option value={1}>{t('train.hs.on')}</option>
            </select>
            <small id="w2v-hs-help">{t('train.hs.help')}</small>
          </div>
          {NUMBER_FIELDS.filter((f) => advanced || !f.advanced).map((f) => (
            <div className="field" key={f.key} data-control={`train.${f.key}`}>
              <label htmlFor={`w2v-${f.key}`}>
                {t(f.label)} {f.flag && <code>{f.flag}</code>}
              </label>
              <input
                id={`w2v-${f.key}`}
                type="number"
                min={f.min}
                max={f.max}
                step={f.step}
                value={String(settings.options[f.key] ?? '')}
                onChange={(e) => setOption(f.key, e.target.valueAsNumber)}
                aria-describedby={`w2v-${f.key}-help`}
              />
              <small id={`w2v-${f.key}-help`}>{t(f.help)}</small>
            </div>
          ))}
          <div className="field" data-control="train.lowercase">
            <label htmlFor="w2v-lowercase">
              <input
                id="w2v-lowercase"
                type="checkbox"
                checked={settings.lowercase}
                onChange={(e) => setSettings((s) => ({ ...s, lowercase: e.target.checked }))}
              />{' '}
              {t('train.lowercase')}
            </label>
            <small>
              {rich('train.lowercase.help', { upper: <code>Whale</code>, lower: <code>whale</code> })}
            </small>
          </div>
          <TokenizerFields
            id="w2v-tok"
            control="train.tok"
            value={settings.tokenizer}
            language={corpusLanguage(corpus)}
            onChange={(tokenizer) => setSettings((s) => ({ ...s, tokenizer }))}
          />
          <div className="field" data-control="train.workers">
            <label htmlFor="w2v-workers">{t('train.workers')}</label>
            <select
              id="w2v-workers"
              value={isolated ? settings.workers : 1}
              disabled={!isolated}
              onChange={(e) => setSettings((s) => ({ ...s, workers: Number(e.target.value) }))}
              aria-describedby="w2v-workers-help"
            >
              {Array.from({ length: cores }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? t('train.workers.one') : t('train.workers.many', { count: n })}
                </option>
              ))}
            </select>
            <small id="w2v-workers-help">
              {isolated ? t('train.workers.isolated') : t('train.workers.notIsolated')}
            </small>
          </div>
          <div className="field" data-control="train.watch">
            <label htmlFor="w2v-watch">{t('train.watch')}</label>
            <input
              id="w2v-watch"
              type="text"
              value={settings.watch}
              onChange={(e) => setSettings((s) => ({ ...s, watch: e.target.value }))}
              aria-describedby="w2v-watch-help"
            />
            <small id="w2v-watch-help">{t('train.watch.help')}</small>
          </div>
          <button
            type="button"
            className="link"
            data-control="train.advanced"
            onClick={() => setAdvanced((a) => !a)}
            aria-expanded={advanced}
          >
            {advanced ? t('train.fewer') : t('train.more')}
          </button>
        </fieldset>
        <div className="controls">
          <button type="submit" disabled={running} data-testid="train-start">
            {t('train.start')}
          </button>
          <button
            type="button"
            onClick={pause}
            disabled={view.status !== 'training'}
            data-testid="train-pause"
          >
            {t('train.pause')}
          </button>
          <button
            type="button"
            onClick={resume}
            disabled={view.status !== 'paused'}
            data-testid="train-resume"
          >
            {t('train.resume')}
          </button>
          <button type="button" onClick={cancel} disabled={!running} data-testid="train-cancel">
            {t('train.cancel')}
          </button>
          <button
            type="button"
            onClick={() => void snapshot()}
            disabled={!running}
            data-testid="train-snapshot"
          >
            {t('train.snapshot')}
          </button>
          <label className="inline-check">
            <input type="checkbox" checked={eachEpoch} onChange={(e) => setEachEpoch(e.target.checked)} />{' '}
            {t('train.eachEpoch')}
          </label>
        </div>
      </form>
      <Message kind="error" text={view.error} />
      {view.notices.map((n) => (
        <Message key={n.text} kind="info" text={worded(n)} />
      ))}
      {view.status !== 'idle' && (
        <section className="train-status" data-control="train.progress" aria-label={t('train.progress')}>
          <p data-testid="train-status" data-status={view.status}>
            {t(STATUS_TEXT[view.status])}
            {view.engine &&
              ` · ${t(view.workers > 1 ? 'train.engineWorkersMany' : 'train.engineWorkers', {
                engine: t(view.engine === 'wasm' ? 'train.engine.wasm' : 'train.engine.js'),
                count: view.workers,
              })}`}
            {view.vocabSize !== null && ` · ${t('train.vocabulary', { count: num(view.vocabSize) })}`}
          </p>
          {view.tokenizer && (
            <p data-testid="train-tokenizer">
              {t('train.tokenizerLine', {
                name: say(view.tokenizer.name),
                ready:
                  view.tokenizer.loadMs >= 100
                    ? t('train.tokenizerReady', { seconds: num(view.tokenizer.loadMs / 1000, 1) })
                    : '',
                seconds: num(view.tokenizer.ms / 1000, 2),
                speed: num(view.tokenizer.words / Math.max(view.tokenizer.ms / 1000, 0.001)),
              })}
            </p>
          )}
          <progress max={100} value={percent} aria-label={t('train.share')}>
            {percent.toFixed(0)}%
          </progress>
          <dl className="facts inline">
            <dt>{t('train.wordsPerSec')}</dt>
            <dd data-testid="train-speed">{num(view.wordsPerSec)}</dd>
            <dt>{t('train.done')}</dt>
            <dd>{num(percent, 1)}%</dd>
            <dt>{t('train.eta')}</dt>
            <dd>{view.status === 'training' ? eta(t, view) : '—'}</dd>
            <dt>{t('train.epoch')}</dt>
            <dd>
              {t('train.epochOf', {
                epoch: Math.min(view.epoch + (view.status === 'done' ? 0 : 1), Number(settings.options.iter)),
                total: Number(settings.options.iter),
              })}
            </dd>
            <dt>{t('train.alpha')}</dt>
            <dd>{view.alpha.toFixed(5)}</dd>
            <dt>{t('train.loss')}</dt>
            <dd data-testid="train-loss">
              {view.losses.length > 0 ? view.losses[view.losses.length - 1].loss.toFixed(4) : '—'}
            </dd>
          </dl>
          <LossChart points={view.losses} totalWords={view.totalWords} />
          {view.epochLosses.length > 0 && (
            <p data-testid="epoch-losses">
              {t('train.epochLosses', {
                losses: view.epochLosses.map((e) => `${e.epoch}: ${e.loss.toFixed(4)}`).join(' · '),
              })}
            </p>
          )}
          {view.neighbours.length > 0 && <Neighbours watched={view.neighbours} />}
          {view.result && (
            <p className="message message-info" role="status" data-testid="train-result">
              {view.result.cancelled
                ? t('train.result.cancelled', { words: num(view.result.wordsDone) })
                : t('train.result.done', {
                    words: num(view.result.vocabSize - 1),
                    seconds: num(view.result.elapsedMs / 1000, 1),
                  })}
            </p>
          )}
        </section>
      )}
      <CorpusCharts
        corpus={corpus}
        options={settings.options}
        tokenizer={{ ...settings.tokenizer, language: corpusLanguage(corpus), lowercase: settings.lowercase }}
        mark={parseWatch(settings.watch).map((w) => (settings.lowercase ? w.toLowerCase() : w))}
      />
      <StepThrough
        corpus={corpus}
        tokenizer={{ ...settings.tokenizer, language: corpusLanguage(corpus), lowercase: settings.lowercase }}
      />
    </div>
  );
}

const STATUS_TEXT = {
  reading: 'train.status.reading',
  vocabulary: 'train.status.vocabulary',
  training: 'train.status.training',
  paused: 'train.status.paused',
  done: 'train.status.done',
  cancelled: 'train.status.cancelled',
} as const satisfies Record<string, MessageKey>;

function Neighbours({
  watched,
}: {
  watched: { word: string; neighbours: { word: string; similarity: number }[]; hidden?: boolean }[];
}) {
  const { t } = useI18n();
  return (
    <div className="neighbours" data-testid="live-neighbours" data-control="train.neighbours">
      <h3>{t('train.neighbours')}</h3>
      <div className="neighbour-lists">
        {watched.map((w) => (
          <table key={w.word} className="neighbour-table">
            <caption data-user-text="">{w.word}</caption>
            <tbody>
              {w.neighbours.length === 0 ? (
                <tr>
                  <td colSpan={2}>{w.hidden ? t('filter.watchedHidden') : t('train.notInVocabulary')}</td>
                </tr>
              ) : (
                w.neighbours.map((n) => (
                  <tr key={n.word}>
                    <td data-user-text="">{n.word}</td>
                    <td>{n.similarity.toFixed(3)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
