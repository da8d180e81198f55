import { type ReactNode, useRef, useState } from 'react';
import type { StepCorpus, StepSetup } from '../../../workers/stepper.worker';
import type { TokenizerSpec } from '../../core/text/tokenizerSpec';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import { failure } from '../i18n/shown';
import { Message } from '../Message';
import { useUrlState } from '../url/store';
import type { CorpusState } from '../useCorpus';
import { PairDetails } from './PairDetails';
import { StepPlane } from './StepPlane';
import { MAX_STEP_SIZE, STEP, STEP_CORPORA, type StepSettings, stepOptions } from './stepSettings';
import { useStepper } from './useStepper';
import './algorithm.css';

const SPEEDS = [1, 2, 5, 10, 30, 100, 1000] as const;

const CORPUS_NAMES: Record<(typeof STEP_CORPORA)[number], MessageKey> = {
  teaching: 'step.corpus.teaching',
  'teaching-en': 'step.corpus.teachingEn',
  'teaching-ja': 'step.corpus.teachingJa',
  current: 'step.corpus.current',
};

interface Props {
  corpus: CorpusState;
  /** The Train panel's tokenizer, for "the first words of the current corpus". */
  tokenizer: TokenizerSpec;
}

function NumberBox(props: {
  name: keyof StepSettings;
  label: MessageKey;
  min: number;
  max: number;
  step?: number;
  settings: StepSettings;
  onChange: (name: keyof StepSettings, v: number) => void;
}) {
  const { t } = useI18n();
  const id = `step-${props.name}`;
  return (
    <div className="field" data-control={`step.${props.name}`}>
      <label htmlFor={id}>{t(props.label)}</label>
      <input
        id={id}
        type="number"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={String(props.settings[props.name])}
        onChange={(e) => props.onChange(props.name, e.target.valueAsNumber)}
      />
    </div>
  );
}

/**
 * The step-through mode: a tiny word2vec trained by the real engine one pair at a time, each
 * pair shown with its numbers and drawn in 2-D. Closed by default; opening it starts a session.
 */
export function StepThrough({ corpus, tokenizer }: Props) {
  const { t, lang } = useI18n();
  const [settings, setSettings] = useUrlState(STEP);
  const stepper = useStepper();
  const [n, setN] = useState(100);
  const [speed, setSpeed] = useState<number>(5);
  const opened = useRef(false);
  // The section's controls exist only while it is open: a closed section costs nothing and adds
  // no second "Window" or "Architecture" box to the Train panel.
  const [open, setOpen] = useState(false);

  const source = corpus.current?.source ?? null;
  const setupOf = (s: StepSettings): StepSetup | null => {
    let c: StepCorpus;
    if (s.corpus === 'current') {
      if (!source) return null;
      c = { kind: 'current', source, words: s.words, tokenizer };
    } else {
      const language =
        s.corpus === 'teaching' ? (lang === 'ja' ? 'ja' : 'en') : s.corpus === 'teaching-ja' ? 'ja' : 'en';
      c = { kind: 'teaching', language };
    }
    return { corpus: c, options: stepOptions(s) };
  };
  const reset = () => {
    const setup = setupOf(settings);
    if (setup) void stepper.reset(setup);
  };
  const set = (name: keyof StepSettings, v: number) => setSettings((s) => ({ ...s, [name]: v }));

  const { info, view } = stepper;
  const controlsOff = stepper.busy || stepper.running || !view || view.done;
  const epoch = view ? Math.min(view.epochs.length + 1, view.iter) : 0;
  const box = (
    name: keyof StepSettings,
    label: MessageKey,
    min: number,
    max: number,
    step?: number,
  ): ReactNode => (
    <NumberBox name={name} label={label} min={min} max={max} step={step} settings={settings} onChange={set} />
  );

  return (
    <details
      className="step-through"
      data-control="train.stepThrough"
      data-testid="step-through"
      onToggle={(e) => {
        const isOpen = (e.target as HTMLDetailsElement).open;
        setOpen(isOpen);
        if (isOpen && !opened.current) {
          opened.current = true;
          reset();
        }
      }}
    >
      <summary>
        <h3>{t('step.title')}</h3>
      </summary>
      {open && (
        <>
          <p>{t('step.intro')}</p>
          <form
            className="settings step-settings"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              reset();
            }}
          >
            <fieldset disabled={stepper.running}>
              <legend>{t('step.settings')}</legend>
              <div className="field" data-control="step.corpus">
                <label htmlFor="step-corpus">{t('step.corpus')}</label>
                <select
                  id="step-corpus"
                  value={settings.corpus}
                  onChange={(e) =>
                    setSettings((s) => ({ ...s, corpus: e.target.value as StepSettings['corpus'] }))
                  }
                >
                  {STEP_CORPORA.map((c) => (
                    <option key={c} value={c} disabled={c === 'current' && !source}>
                      {t(CORPUS_NAMES[c])}
                    </option>
                  ))}
                </select>
              </div>
              {settings.corpus === 'current' && box('words', 'step.words', 50, 20_000)}
              <div className="field" data-control="step.cbow">
                <label htmlFor="step-cbow">{t('step.arch')}</label>
                <select
                  id="step-cbow"
                  value={settings.cbow}
                  onChange={(e) => set('cbow', Number(e.target.value))}
                >
                  <option value={0}>{t('step.arch.skipgram')}</option>
                  <option value={1}>{t('step.arch.cbow')}</option>
                </select>
              </div>
              <div className="field field-check" data-control="step.hs">
                <label htmlFor="step-hs">
                  <input
                    id="step-hs"
                    type="checkbox"
                    checked={settings.hs}
                    onChange={(e) => setSettings((s) => ({ ...s, hs: e.target.checked }))}
                  />{' '}
                  {t('step.hs')}
                </label>
              </div>
              {box('negative', 'step.negative', 0, 20)}
              {box('window', 'step.window.field', 1, 10)}
              {box('size', 'step.size', 1, MAX_STEP_SIZE)}
              {box('alpha', 'step.alpha', 0.0001, 1, 0.005)}
              {box('sample', 'step.sample', 0, 1, 0.001)}
              {box('minCount', 'step.minCount', 1, 100)}
              {box('iter', 'step.iter', 1, 1000)}
              {box('seed', 'step.seed', 0, 4294967295)}
            </fieldset>
            <div className="controls">
              <button type="submit" disabled={stepper.running} data-testid="step-reset">
                {t('step.reset')}
              </button>
            </div>
          </form>
          <div className="controls step-controls">
            <button
              type="button"
              onClick={() => void stepper.step(1)}
              disabled={controlsOff}
              data-testid="step-once"
            >
              {t('step.once')}
            </button>
            <span className="step-n">
              <button
                type="button"
                onClick={() => void stepper.step(n)}
                disabled={controlsOff}
                data-testid="step-n"
              >
                {t('step.stepN', { n })}
              </button>
              <label htmlFor="step-n-count" className="visually-hidden">
                {t('step.nLabel')}
              </label>
              <input
                id="step-n-count"
                type="number"
                min={1}
                max={100000}
                value={n}
                onChange={(e) =>
                  setN(Math.max(1, Math.min(100_000, Math.floor(e.target.valueAsNumber) || 1)))
                }
                data-testid="step-n-count"
              />
            </span>
            {stepper.running ? (
              <button type="button" onClick={stepper.stop} data-testid="step-stop">
                {t('step.stop')}
              </button>
            ) : (
              <button
                type="button"
                onClick={() => stepper.run(speed)}
                disabled={stepper.busy || !view || view.done}
                data-testid="step-run"
              >
                {t('step.run')}
              </button>
            )}
            <label htmlFor="step-speed">{t('step.speed')}</label>
            <select
              id="step-speed"
              value={speed}
              onChange={(e) => setSpeed(Number(e.target.value))}
              disabled={stepper.running}
            >
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {t('step.speedValue', { n: s })}
                </option>
              ))}
            </select>
          </div>
          <Message kind="error" text={stepper.error === null ? null : failure(stepper.error)} />
          {info && view && (
            <>
              <p
                className="step-status"
                role="status"
                // A run updates this a dozen times a second: announce it only when stepping by hand.
                aria-live={stepper.running ? 'off' : 'polite'}
                data-testid="step-status"
                data-pairs={view.pairs}
                data-done={view.done}
              >
                {view.done
                  ? t('step.done', { pairs: view.pairs.toLocaleString('en-US'), iter: view.iter })
                  : t('step.status', {
                      pairs: view.pairs.toLocaleString('en-US'),
                      epoch,
                      iter: view.iter,
                      alpha: view.alpha.toFixed(5),
                      position: view.position,
                      length: view.corpusLength,
                    })}{' '}
                {t('step.vocab', { words: info.words.length - 1, tokens: view.corpusLength })}
                {info.hiddenWords > 0 && ` ${t('step.hiddenWords', { n: info.hiddenWords })}`}
              </p>
              <div className="step-grid">
                <StepPlane info={info} view={view} />
                {view.last ? (
                  <PairDetails trace={view.last.trace} words={info.words} tableSize={info.config.tableSize} />
                ) : (
                  <p className="hint">{t('step.none')}</p>
                )}
              </div>
              {view.epochs.length > 0 && (
                <p data-testid="step-epochs">
                  {t('step.epochs')}{' '}
                  {view.epochs
                    .slice(-12)
                    .map((e) => `${e.epoch}: ${e.loss.toFixed(4)}`)
                    .join(' · ')}
                </p>
              )}
            </>
          )}
        </>
      )}
    </details>
  );
}
