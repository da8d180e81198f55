/**
 * The built-in lessons. Each is a link: the settings it starts from, the tab it opens, the
 * controls it hides so that only what it teaches remains; its title and steps are catalogue keys
 * (catalog/lessons.ts). `?lesson=<id>` alone is a short form the page expands to the whole link.
 */
import type { MessageKey } from '../i18n/messages';
import { LESSON_IDS, type LessonId } from './ids';

export interface Lesson {
  id: LessonId;
  title: MessageKey;
  /** What to do and what to notice, in order (3–6). */
  steps: MessageKey[];
  /** URL parameters besides `lesson` and `hide` (tab, corpus, settings). */
  settings: Record<string, string>;
  hide: string[];
}

/** Controls no lesson needs: the machine's workers, the Japanese tokenizer, the Compute panel. */
const QUIET = ['train.workers', 'train.tok.*', 'train.tok', 'train.lowercase', 'backend'];
/** Everything after training word vectors, for the word2vec lessons. */
const NOT_CLASSIFY = ['tab.classify', 'explore.evaluate', 'explore.export', 'explore.library'];
/**
 * The classroom word filter (wordFilter/wordFilterState.ts): lessons turn it on so that
 * neighbours, maps and analogies never show a slur that the training text happened to contain.
 */
export const FILTER_ON: Record<string, string> = { filter: '1' };
/** The word2vec teaching sections of the Train tab: the corpus charts and the step-through. */
const ALGORITHM = ['train.charts', 'train.stepThrough'];

export const LESSONS: readonly Lesson[] = [
  {
    id: 'neighbours',
    title: 'lesson.neighbours.title',
    steps: [
      'lesson.neighbours.step1',
      'lesson.neighbours.step2',
      'lesson.neighbours.step3',
      'lesson.neighbours.step4',
      'lesson.neighbours.step5',
    ],
    settings: { tab: 'train', corpus: 'moby-dick', ...FILTER_ON },
    hide: [
      ...QUIET,
      ...NOT_CLASSIFY,
      'train.hs',
      'train.negative',
      'train.sample',
      'train.alpha',
      'train.minCount',
      'train.advanced',
      'explore.odd',
      ...ALGORITHM,
    ],
  },
  {
    id: 'negative-sampling',
    title: 'lesson.negative.title',
    steps: [
      'lesson.negative.step1',
      'lesson.negative.step2',
      'lesson.negative.step3',
      'lesson.negative.step4',
      'lesson.negative.step5',
    ],
    settings: { tab: 'train', corpus: 'moby-dick', 'train.cbow': '0', ...FILTER_ON },
    hide: [...QUIET, ...NOT_CLASSIFY, 'train.hs', 'train.sample', 'train.minCount', 'train.advanced'],
  },
  {
    id: 'subsampling',
    title: 'lesson.subsampling.title',
    steps: [
      'lesson.subsampling.step1',
      'lesson.subsampling.step2',
      'lesson.subsampling.step3',
      'lesson.subsampling.step4',
      'lesson.subsampling.step5',
    ],
    settings: {
      tab: 'train',
      corpus: 'moby-dick',
      'train.cbow': '0',
      'train.watch': 'the, of, whale, sea',
      ...FILTER_ON,
    },
    hide: [...QUIET, ...NOT_CLASSIFY, 'train.hs', 'train.negative', 'train.alpha', 'train.advanced'],
  },
  {
    id: 'masking',
    title: 'lesson.masking.title',
    steps: [
      'lesson.masking.step1',
      'lesson.masking.step2',
      'lesson.masking.step3',
      'lesson.masking.step4',
      'lesson.masking.step5',
    ],
    settings: {
      tab: 'classify',
      'classify.source': 'spam-ham:label',
      'classify.epochs': '5',
      ...FILTER_ON,
    },
    hide: ['tab.train', 'tab.explore', 'classify.lstmImpl', 'classify.saved', 'backend', ...ALGORITHM],
  },
  {
    id: 'embeddings',
    title: 'lesson.embeddings.title',
    steps: [
      'lesson.embeddings.step1',
      'lesson.embeddings.step2',
      'lesson.embeddings.step3',
      'lesson.embeddings.step4',
      'lesson.embeddings.step5',
    ],
    settings: {
      tab: 'train',
      corpus: 'spam-ham',
      'classify.source': 'spam-ham:label',
      'classify.epochs': '5',
      ...FILTER_ON,
    },
    hide: [
      ...QUIET,
      ...ALGORITHM,
      'train.advanced',
      'explore.evaluate',
      'explore.export',
      'classify.lstmImpl',
      'classify.saved',
    ],
  },
];

if (LESSONS.map((l) => l.id).join() !== LESSON_IDS.join()) throw new Error('lessons.ts and ids.ts disagree');

/** Parameters that are the reader's, not the lesson's: language, presentation, the teacher's own blocklist. */
const PERSONAL = ['lang', 'present', 'filter.builtIn', 'filter.words'];

export function lessonById(id: string | null): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}

/** The whole link of a lesson, keeping the reader's own choices from `keep` (see PERSONAL). */
export function lessonParams(lesson: Lesson, keep: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams({ lesson: lesson.id, ...lesson.settings, hide: lesson.hide.join(',') });
  for (const name of PERSONAL) {
    const v = keep.get(name);
    if (v !== null) p.set(name, v);
  }
  return p;
}

/**
 * `?lesson=masking` (with at most the reader's own parameters, PERSONAL) becomes the
 * lesson's whole link; any other URL is returned as it is, so a shared link with changed
 * settings opens exactly as it was shared.
 */
export function expandLessonLink(params: URLSearchParams): URLSearchParams {
  const lesson = lessonById(params.get('lesson'));
  if (lesson === null) return params;
  for (const name of params.keys()) if (name !== 'lesson' && !PERSONAL.includes(name)) return params;
  return lessonParams(lesson, params);
}
