import { useEffect, useState } from 'react';
import { formatCount } from '../../core/corpus/metadata';
import type { VectorSet } from '../../core/vectors/types';
import { DEFAULT_ALPHA_CBOW, DEFAULT_ALPHA_SKIPGRAM } from '../../core/w2v/options';
import { CorpusCharts } from '../algorithm/CorpusCharts';
import { StepThrough } from '../algorithm/StepThrough';
import { EmptyState } from '../EmptyState';
import { Message } from '../Message';
import { TokenizerFields } from '../TokenizerFields';
import { TRAIN } from '../url/groups';
import { useUrlState } from '../url/store';
import { type CorpusState, corpusLanguage } from '../useCorpus';
import { DEFAULT_WATCH, NUMBER_FIELDS, parseWatch } from './fields';
import { LossChart } from './LossChart';
import { useTrainer } from './useTrainer';

interface Props {
  corpus: CorpusState;
  onVectors: (set: VectorSet, cancelled: boolean) => void;
  onSnapshot: (set: VectorSet) => void;
}

function eta(view: { totalWords: number; wordsDone: number; wordsPerSec: number }): string {
  if (view.wordsPerSec <= 0) return '—';
  const s = Math.max(0, (view.totalWords - view.wordsDone) / view.wordsPerSec);
  return s < 60 ? `${s.toFixed(0)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** Step 2: word2vec settings, controls, and what training looks like while it runs. */
export function TrainPanel({ corpus, onVectors, onSnapshot }: Props) {
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
      <EmptyState title="No corpus yet">
        <p>Pick a built-in corpus or drop a text file in step 1.</p>
      </EmptyState>
    );
  }
  const source = corpus.current.source;
  const running =
    view.status === 'reading' ||
    view.status === 'vocabulary' ||
    view.status === 'training' ||
    view.status === 'paused';
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
        Corpus: <strong>{corpus.summary.title}</strong> ({formatCount(corpus.summary.words)} words)
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
          <legend>word2vec settings (the C tool’s defaults)</legend>
          <div className="field" data-control="train.cbow">
            <label htmlFor="w2v-arch">Architecture</label>
            <select
              id="w2v-arch"
              value={settings.options.cbow}
              onChange={(e) => setArchitecture(Number(e.target.value))}
              aria-describedby="w2v-arch-help"
            >
              <option value={1}>CBOW (-cbow 1)</option>
              <option value={0}>Skip-gram (-cbow 0)</option>
            </select>
            <small id="w2v-arch-help">
              CBOW predicts a word from the mean of its context; skip-gram predicts each context word from the
              word.
            </small>
          </div>
          <div className="field" data-control="train.hs">
            <label htmlFor="w2v-hs">Hierarchical softmax</label>
            <select
              id="w2v-hs"
              value={settings.options.hs}
              onChange={(e) => setOption('hs', Number(e.target.value))}
              aria-describedby="w2v-hs-help"
            >
              <option value={0}>Off (-hs 0)</option>
              <option value={1}>On (-hs 1)</option>
            </select>
            <small id="w2v-hs-help">
              Predicts words along their Huffman-tree path instead of (or besides) negative sampling.
            </small>
          </div>
          {NUMBER_FIELDS.filter((f) => advanced || !f.advanced).map((f) => (
            <div className="field" key={f.key} data-control={`train.${f.key}`}>
              <label htmlFor={`w2v-${f.key}`}>
                {f.label} {f.flag && <code>{f.flag}</code>}
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
              <small id={`w2v-${f.key}-help`}>{f.help}</small>
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
              Lowercase
            </label>
            <small>“Whale” and “whale” become one word.</small>
          </div>
          <TokenizerFields
            id="w2v-tok"
            control="train.tok"
            value={settings.tokenizer}
            language={corpusLanguage(corpus)}
            onChange={(tokenizer) => setSettings((s) => ({ ...s, tokenizer }))}
          />
          <div className="field" data-control="train.workers">
            <label htmlFor="w2v-workers">Workers</label>
            <select
              id="w2v-workers"
              value={isolated ? settings.workers : 1}
              disabled={!isolated}
              onChange={(e) => setSettings((s) => ({ ...s, workers: Number(e.target.value) }))}
              aria-describedby="w2v-workers-help"
            >
              {Array.from({ length: cores }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? '1 (reproducible)' : `${n} (shared memory)`}
                </option>
              ))}
            </select>
            <small id="w2v-workers-help">
              {isolated
                ? 'Several workers train one model together, like the C tool’s threads: faster, but not bit-for-bit reproducible.'
                : 'This page is not cross-origin isolated, so shared memory is off and one worker trains.'}
            </small>
          </div>
          <div className="field" data-control="train.watch">
            <label htmlFor="w2v-watch">Words to watch</label>
            <input
              id="w2v-watch"
              type="text"
              value={settings.watch}
              onChange={(e) => setSettings((s) => ({ ...s, watch: e.target.value }))}
              aria-describedby="w2v-watch-help"
            />
            <small id="w2v-watch-help">
              Up to 8 words, separated by commas: their nearest neighbours update while training runs.
            </small>
          </div>
          <button
            type="button"
            className="link"
            data-control="train.advanced"
            onClick={() => setAdvanced((a) => !a)}
            aria-expanded={advanced}
          >
            {advanced ? 'Fewer settings' : 'More settings'}
          </button>
        </fieldset>
        <div className="controls">
          <button type="submit" disabled={running} data-testid="train-start">
            Train
          </button>
          <button
            type="button"
            onClick={pause}
            disabled={view.status !== 'training'}
            data-testid="train-pause"
          >
            Pause
          </button>
          <button
            type="button"
            onClick={resume}
            disabled={view.status !== 'paused'}
            data-testid="train-resume"
          >
            Resume
          </button>
          <button type="button" onClick={cancel} disabled={!running} data-testid="train-cancel">
            Cancel
          </button>
          <button
            type="button"
            onClick={() => void snapshot()}
            disabled={!running}
            data-testid="train-snapshot"
          >
            Show in Explore now
          </button>
          <label className="inline-check">
            <input type="checkbox" checked={eachEpoch} onChange={(e) => setEachEpoch(e.target.checked)} />{' '}
            Update Explore after every epoch
          </label>
        </div>
      </form>
      <Message kind="error" text={view.error} />
      {view.notices.map((n) => (
        <Message key={n} kind="info" text={n} />
      ))}
      {view.status !== 'idle' && (
        <section className="train-status" data-control="train.progress" aria-label="Training progress">
          <p data-testid="train-status" data-status={view.status}>
            {STATUS_TEXT[view.status]}
            {view.engine &&
              ` · ${view.engine === 'wasm' ? 'WebAssembly SIMD' : 'JavaScript'} engine, ${view.workers} worker${view.workers > 1 ? 's' : ''}`}
            {view.vocabSize !== null && ` · vocabulary ${formatCount(view.vocabSize)} words`}
          </p>
          {view.tokenizer && (
            <p data-testid="train-tokenizer">
              Tokenizer: {view.tokenizer.name} ·{' '}
              {view.tokenizer.loadMs >= 100 && `ready in ${(view.tokenizer.loadMs / 1000).toFixed(1)} s, `}
              {(view.tokenizer.ms / 1000).toFixed(2)} s to tokenize and count (
              {formatCount(view.tokenizer.words / Math.max(view.tokenizer.ms / 1000, 0.001))} tokens/s)
            </p>
          )}
          <progress max={100} value={percent} aria-label="Share of training done">
            {percent.toFixed(0)}%
          </progress>
          <dl className="facts inline">
            <dt>Words/s</dt>
            <dd data-testid="train-speed">{formatCount(view.wordsPerSec)}</dd>
            <dt>Done</dt>
            <dd>{percent.toFixed(1)}%</dd>
            <dt>ETA</dt>
            <dd>{view.status === 'training' ? eta(view) : '—'}</dd>
            <dt>Epoch</dt>
            <dd>
              {Math.min(view.epoch + (view.status === 'done' ? 0 : 1), Number(settings.options.iter))} of{' '}
              {settings.options.iter}
            </dd>
            <dt>Learning rate</dt>
            <dd>{view.alpha.toFixed(5)}</dd>
            <dt>Loss</dt>
            <dd data-testid="train-loss">
              {view.losses.length > 0 ? view.losses[view.losses.length - 1].loss.toFixed(4) : '—'}
            </dd>
          </dl>
          <LossChart points={view.losses} totalWords={view.totalWords} />
          {view.epochLosses.length > 0 && (
            <p data-testid="epoch-losses">
              Loss per epoch: {view.epochLosses.map((e) => `${e.epoch}: ${e.loss.toFixed(4)}`).join(' · ')}
            </p>
          )}
          {view.neighbours.length > 0 && <Neighbours watched={view.neighbours} />}
          {view.result && (
            <p className="message message-info" role="status" data-testid="train-result">
              {view.result.cancelled
                ? `Cancelled after ${formatCount(view.result.wordsDone)} words: the vectors as they were are kept and shown in Explore.`
                : `Trained ${formatCount(view.result.vocabSize - 1)} word vectors in ${(view.result.elapsedMs / 1000).toFixed(1)} s. Explore them in step 3.`}
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

const STATUS_TEXT: Record<string, string> = {
  reading: 'Reading the corpus…',
  vocabulary: 'Building the vocabulary…',
  training: 'Training',
  paused: 'Paused',
  done: 'Done',
  cancelled: 'Cancelled',
};

function Neighbours({
  watched,
}: {
  watched: { word: string; neighbours: { word: string; similarity: number }[]; hidden?: boolean }[];
}) {
  return (
    <div className="neighbours" data-testid="live-neighbours" data-control="train.neighbours">
      <h3>Nearest neighbours, live</h3>
      <div className="neighbour-lists">
        {watched.map((w) => (
          <table key={w.word} className="neighbour-table">
            <caption>{w.word}</caption>
            <tbody>
              {w.neighbours.length === 0 ? (
                <tr>
                  <td colSpan={2}>{w.hidden ? 'hidden by the word filter' : 'not in the vocabulary'}</td>
                </tr>
              ) : (
                w.neighbours.map((n) => (
                  <tr key={n.word}>
                    <td>{n.word}</td>
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
