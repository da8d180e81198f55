import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { VectorSet } from '../core/vectors/types';
import { BackendPanel } from './BackendPanel';
import { classifierWorker } from './bridges';
import { CorpusPanel } from './CorpusPanel';
import { ClassifyPanel } from './classify/ClassifyPanel';
import { ExplorePanel } from './explore/ExplorePanel';
import { useI18n } from './i18n/I18n';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import type { MessageKey } from './i18n/messages';
import { TrainPanel } from './train/TrainPanel';
import { useCorpus } from './useCorpus';
import { useManifest } from './useManifest';
import { publishVectors, setCorpusWords } from './vectorState';

const STAGES = [
  { id: 'corpus', label: 'app.stage.corpus' },
  { id: 'train', label: 'app.stage.train' },
  { id: 'explore', label: 'app.stage.explore' },
  { id: 'classify', label: 'app.stage.classify' },
] as const satisfies readonly { id: string; label: MessageKey }[];
type StageId = (typeof STAGES)[number]['id'];

const DEFAULT_CORPUS = 'moby-dick';

export function App() {
  const { t } = useI18n();
  const [stage, setStage] = useState<StageId>('corpus');
  const { manifest, error: manifestError } = useManifest();
  const { corpus, pickBuiltin, pickFile, reread, setLanguage } = useCorpus();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [vectorsName, setVectorsName] = useState<string | null>(null);
  // Trained vectors go to the classifier worker (a structured-clone copy, for the embedding
  // layer) and then, transferred, to the vectors worker that Explore queries and that saves them.
  const onVectors = useCallback(
    (set: VectorSet, cancelled: boolean) => {
      const name = `word2vec on ${corpus.summary?.title ?? 'the corpus'}${cancelled ? ' (cancelled)' : ''}`;
      void classifierWorker
        .api()
        .setVectors(name, set)
        .then(() => setVectorsName(name));
      // The corpus's vocabulary lets Explore import only the words of this corpus from a big file.
      setCorpusWords(set.words);
      void publishVectors(name, set, 'trained');
    },
    [corpus.summary?.title],
  );
  const onSnapshot = useCallback(
    (set: VectorSet) =>
      void publishVectors(
        `word2vec on ${corpus.summary?.title ?? 'the corpus'} (training…)`,
        set,
        'snapshot',
      ),
    [corpus.summary?.title],
  );

  // Start on the default corpus so that training is one click away.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || manifest === null) return;
    started.current = true;
    const meta = manifest.find((m) => m.id === DEFAULT_CORPUS) ?? manifest[0];
    if (meta) void pickBuiltin(meta);
  }, [manifest, pickBuiltin]);

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  const onTabKey = (ev: KeyboardEvent, index: number) => {
    const delta = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    const next = (index + delta + STAGES.length) % STAGES.length;
    setStage(STAGES[next].id);
    tabs.current[next]?.focus();
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguageSwitch />
      </header>
      <div className="stages" role="tablist" aria-label={t('app.stages')}>
        {STAGES.map((s, i) => (
          <button
            key={s.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${s.id}`}
            aria-selected={stage === s.id}
            aria-controls={`panel-${s.id}`}
            tabIndex={stage === s.id ? 0 : -1}
            onClick={() => setStage(s.id)}
            onKeyDown={(ev) => onTabKey(ev, i)}
          >
            {t(s.label)}
          </button>
        ))}
      </div>
      <main>
        <section id="panel-corpus" role="tabpanel" aria-labelledby="tab-corpus" hidden={stage !== 'corpus'}>
          <CorpusPanel
            manifest={manifest}
            manifestError={manifestError}
            corpus={corpus}
            onPickBuiltin={pickBuiltin}
            onPickFile={pickFile}
            onReread={reread}
            onLanguage={setLanguage}
          />
        </section>
        <section id="panel-train" role="tabpanel" aria-labelledby="tab-train" hidden={stage !== 'train'}>
          <TrainPanel corpus={corpus} onVectors={onVectors} onSnapshot={onSnapshot} />
        </section>
        <section
          id="panel-explore"
          role="tabpanel"
          aria-labelledby="tab-explore"
          hidden={stage !== 'explore'}
        >
          <ExplorePanel />
        </section>
        <section
          id="panel-classify"
          role="tabpanel"
          aria-labelledby="tab-classify"
          hidden={stage !== 'classify'}
        >
          <ClassifyPanel manifest={manifest} vectorsName={vectorsName} />
        </section>
      </main>
      <BackendPanel />
    </div>
  );
}
