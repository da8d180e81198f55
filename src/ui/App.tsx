import { type KeyboardEvent, useCallback, useRef, useState } from 'react';
import type { VectorSet } from '../core/vectors/types';
import { BackendPanel } from './BackendPanel';
import { classifierWorker } from './bridges';
import { CorpusPanel } from './CorpusPanel';
import { ClassifyPanel } from './classify/ClassifyPanel';
import { ClassroomTools } from './classroom/ClassroomTools';
import { HiddenControls, useHidden } from './classroom/HiddenControls';
import { LinkNotice } from './classroom/LinkNotice';
import { ExplorePanel } from './explore/ExplorePanel';
import { useI18n } from './i18n/I18n';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import type { MessageKey } from './i18n/messages';
import { LessonCard } from './lessons/LessonCard';
import { TrainPanel } from './train/TrainPanel';
import { type StageId, VIEW } from './url/groups';
import { useUrlState } from './url/store';
import { useCorpus } from './useCorpus';
import { useManifest } from './useManifest';
import { publishVectors, setCorpusWords } from './vectorState';

const STAGES = [
  { id: 'corpus', label: 'app.stage.corpus' },
  { id: 'train', label: 'app.stage.train' },
  { id: 'explore', label: 'app.stage.explore' },
  { id: 'classify', label: 'app.stage.classify' },
] as const satisfies readonly { id: StageId; label: MessageKey }[];

export function App() {
  const { t } = useI18n();
  // The open tab travels in links; hidden tabs (`hide=tab.explore`) are left out of the tab list.
  const [view, setView] = useUrlState(VIEW);
  const stage = view.tab;
  const setStage = (tab: StageId) => setView((v) => ({ ...v, tab }));
  const isHidden = useHidden();
  const stages = STAGES.filter((s) => !isHidden(`tab.${s.id}`));
  const { manifest, error: manifestError } = useManifest();
  const { corpus, pickBuiltin, pickFile, reread, setLanguage } = useCorpus(manifest);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [vectorsName, setVectorsName] = useState<string | null>(null);
  // Trained vectors go to the classifier worker (a structured-clone copy, for the embedding
  // layer) and then, transferred, to the vectors worker that Explore queries and that saves them.
  // Their name is made in the interface language of the moment and kept as it is, like a file name.
  const onVectors = useCallback(
    (set: VectorSet, cancelled: boolean) => {
      const title = corpus.summary?.title ?? t('train.theCorpus');
      const name = t(cancelled ? 'train.vectorsNameCancelled' : 'train.vectorsName', { title });
      void classifierWorker
        .api()
        .setVectors(name, set)
        .then(() => setVectorsName(name));
      // The corpus's vocabulary lets Explore import only the words of this corpus from a big file.
      setCorpusWords(set.words);
      void publishVectors(name, set, 'trained');
    },
    [corpus.summary?.title, t],
  );
  const onSnapshot = useCallback(
    (set: VectorSet) =>
      void publishVectors(
        t('train.vectorsNameSnapshot', { title: corpus.summary?.title ?? t('train.theCorpus') }),
        set,
        'snapshot',
      ),
    [corpus.summary?.title, t],
  );

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  const onTabKey = (ev: KeyboardEvent, index: number) => {
    const delta = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    const next = (index + delta + stages.length) % stages.length;
    setStage(stages[next].id);
    tabs.current[next]?.focus();
  };

  return (
    <div className={view.lesson === null ? 'app' : 'app with-lesson'}>
      <HiddenControls />
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <div className="header-tools">
          <LanguageSwitch />
          <ClassroomTools />
        </div>
        <LinkNotice />
      </header>
      <LessonCard />
      <div className="stages" role="tablist" aria-label={t('app.stages')}>
        {stages.map((s, i) => (
          <button
            key={s.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${s.id}`}
            data-control={`tab.${s.id}`}
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
      <div data-control="backend">
        <BackendPanel />
      </div>
    </div>
  );
}
