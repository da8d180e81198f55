/**
 * Every setting a link carries, group by group, in the order the URL lists them. The parameter
 * names double as the ids of the controls that show them (`data-control="train.window"`), so
 * `?train.window=2&hide=train.window` sets the window and hides its box.
 *
 * To add a setting: one line in its group's table, `'area.name': ['path.in.value', codec]`.
 * To add a group: `export const X = urlGroup('storage-key', defaults, { … })` here (or in any
 * module the page imports at start-up), then `const [x, setX] = useUrlState(X)` in the component.
 */
import { type DatasetOptions, DEFAULT_DATASET } from '../../core/classify/dataset';
import { DEFAULT_CLEAN_OPTIONS } from '../../core/text/clean';
import { PARTS_OF_SPEECH } from '../../core/text/kuromojiPos';
import { LANGUAGE_NAMES } from '../../core/text/script';
import { DEFAULT_TOKENIZER } from '../../core/text/tokenizerSpec';
import { DEFAULT_FIT, DEFAULT_MODEL, type FitOptions, type ModelOptions } from '../../model/options';
import { LANGUAGES, type UiLanguage } from '../i18n/messages';
import { LESSON_IDS } from '../lessons/ids';
import { expandLessonLink } from '../lessons/lessons';
import { defaultSettings, NUMBER_FIELDS, type TrainSettings } from '../train/fields';
import { bool, int, list, nullable, num, oneOf, text } from './codecs';
import { urlGroup, urlStore } from './store';

// `?lesson=masking` alone opens the lesson's whole setup.
urlStore.setLinkExpander(expandLessonLink);

export const STAGE_IDS = ['corpus', 'train', 'explore', 'classify'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Ids of the built-in corpora (scripts/build-corpora.ts writes them into the manifest). */
export const BUILTIN_CORPORA = ['moby-dick', 'sotu', 'spam-ham'] as const;
/** The built-in labelled data sets as `corpus:label field` (the Classify data menu's values). */
export const BUILTIN_LABELLED = ['spam-ham:label', 'sotu:party', 'sotu:era'] as const;

/** A control or section id for `hide`, optionally ending in `.*` (everything under it). */
const controlId = text(80, { pattern: /[A-Za-z][\w-]*(\.[\w-]+)*(\.\*)?/, samples: ['train.window'] });
const word = text(100, { samples: ['whale', 'sea'] });
const tokenizerKind = oneOf(['auto', 'space', 'segmenter', 'kuromoji'] as const);
const wordForm = oneOf(['surface', 'base'] as const);
const partsOfSpeech = list(oneOf(PARTS_OF_SPEECH.map((p) => p.pos)), PARTS_OF_SPEECH.length);

export interface ViewSettings {
  tab: StageId;
  /** Control and section ids hidden by the link (see Hidden.tsx). */
  hide: string[];
  lesson: (typeof LESSON_IDS)[number] | null;
}

/** What is on screen: lives in the URL only, so a plain visit starts on step 1 with everything. */
export const VIEW = urlGroup<ViewSettings>(
  'view',
  { tab: 'corpus', hide: [], lesson: null },
  {
    lesson: ['lesson', nullable(oneOf(LESSON_IDS))],
    tab: ['tab', oneOf(STAGE_IDS)],
    hide: ['hide', list(controlId, 200)],
  },
  { persist: false },
);

/** The interface language: null follows the browser (I18n.tsx). */
export const UI_LANGUAGE = urlGroup<{ lang: UiLanguage | null }>(
  'ui-language',
  { lang: null },
  { lang: ['lang', nullable(oneOf(LANGUAGES))] },
);

/** Presentation mode: large type, high contrast, thick focus rings (remembered on this machine). */
export const PRESENTATION = urlGroup<{ on: boolean }>(
  'presentation',
  { on: false },
  { present: ['on', bool] },
);

export interface CorpusSettings {
  /** The built-in corpus in use (a dropped file cannot travel in a link). */
  id: (typeof BUILTIN_CORPORA)[number];
  /** Language chosen over the detected one, or null. */
  language: keyof typeof LANGUAGE_NAMES | null;
  nfkc: boolean;
  aozora: boolean;
}

export const CORPUS = urlGroup<CorpusSettings>(
  'corpus',
  { id: 'moby-dick', language: null, nfkc: false, aozora: false },
  {
    corpus: ['id', oneOf(BUILTIN_CORPORA)],
    'corpus.lang': ['language', nullable(oneOf(Object.keys(LANGUAGE_NAMES)))],
    'corpus.nfkc': ['nfkc', bool],
    'corpus.aozora': ['aozora', bool],
  },
  { persist: false },
);

export const TRAIN = urlGroup<TrainSettings>('train-settings', defaultSettings(), {
  'train.cbow': ['options.cbow', oneOf([0, 1])],
  'train.hs': ['options.hs', oneOf([0, 1])],
  ...Object.fromEntries(
    NUMBER_FIELDS.map((f) => [
      `train.${f.key}`,
      [`options.${f.key}`, f.step < 1 ? num(f.min, f.max) : int(f.min, f.max)] as const,
    ]),
  ),
  'train.lowercase': ['lowercase', bool],
  'train.tok': ['tokenizer.kind', tokenizerKind],
  'train.tok.form': ['tokenizer.form', wordForm],
  'train.tok.drop': ['tokenizer.dropPos', partsOfSpeech],
  'train.tok.jaStop': ['tokenizer.japaneseStopwords', bool],
  'train.workers': ['workers', int(1, 16)],
  'train.watch': ['watch', text(300, { samples: ['whale, sea', ''] })],
});

export interface MapSettings {
  method: 'pca' | 'umap' | 'tsne' | 'axes';
  /** Which words: the top n, those containing `query`, or the neighbours of `word`. */
  select: { kind: 'top' | 'search' | 'neighbours'; n: number; query: string; word: string };
  seed: number;
  perplexity: number;
  neighbours: number;
  iterations: number;
  axes: { x: [string, string]; y: [string, string] };
  /** 'frequency', 'none' or 'column:<name>' (colours.ts ColourBy). */
  colour: string;
  /** Recompute on each training snapshot. */
  follow: boolean;
}

export const MAP = urlGroup<MapSettings>(
  'explore-map',
  {
    method: 'pca',
    select: { kind: 'top', n: 2000, query: '', word: '' },
    seed: 1,
    perplexity: 30,
    neighbours: 15,
    iterations: 500,
    axes: { x: ['man', 'woman'], y: ['slow', 'fast'] },
    colour: 'frequency',
    follow: true,
  },
  {
    'map.method': ['method', oneOf(['pca', 'umap', 'tsne', 'axes'] as const)],
    'map.words': ['select.kind', oneOf(['top', 'search', 'neighbours'] as const)],
    'map.n': ['select.n', int(4, 200_000)],
    'map.query': ['select.query', text(200)],
    'map.word': ['select.word', word],
    'map.seed': ['seed', int(0, 2 ** 31 - 1)],
    'map.perplexity': ['perplexity', int(2, 100)],
    'map.neighbours': ['neighbours', int(2, 200)],
    'map.iterations': ['iterations', int(10, 5000)],
    'map.xFrom': ['axes.x.0', word],
    'map.xTo': ['axes.x.1', word],
    'map.yFrom': ['axes.y.0', word],
    'map.yTo': ['axes.y.1', word],
    'map.colour': [
      'colour',
      text(120, { pattern: /none|frequency|column:[^,]+/, samples: ['none', 'column:party'] }),
    ],
    'map.follow': ['follow', bool],
  },
);

/** The Classify tab's data menu (a dropped file or folder cannot travel in a link). */
export const CLASSIFY_SOURCE = urlGroup<{ source: (typeof BUILTIN_LABELLED)[number] }>(
  'classify-source',
  { source: 'spam-ham:label' },
  { 'classify.source': ['source', oneOf(BUILTIN_LABELLED)] },
  { persist: false },
);

const share = num(0, 0.5);

export const CLASSIFY_DATA = urlGroup<DatasetOptions>(
  'classify-data',
  { ...DEFAULT_DATASET, clean: { ...DEFAULT_CLEAN_OPTIONS, tokenizer: DEFAULT_TOKENIZER } },
  {
    'classify.stripHtml': ['clean.stripHtml', bool],
    'classify.lowercase': ['clean.lowercase', bool],
    'classify.lettersOnly': ['clean.lettersOnly', bool],
    'classify.lemmatize': ['clean.lemmatize', bool],
    'classify.stem': ['clean.stem', bool],
    'classify.stopwords': ['clean.stopwords', oneOf(['negation-safe', 'full', 'none'] as const)],
    'classify.minLength': ['clean.minLength', int(1, 20)],
    'classify.tok': ['clean.tokenizer.kind', tokenizerKind],
    'classify.tok.form': ['clean.tokenizer.form', wordForm],
    'classify.tok.drop': ['clean.tokenizer.dropPos', partsOfSpeech],
    'classify.tok.jaStop': ['clean.tokenizer.japaneseStopwords', bool],
    'classify.numWords': ['numWords', int(0, 10_000_000)],
    'classify.maxlen': ['maxlen', int(0, 100_000)],
    'classify.maxlenPercentile': ['maxlenPercentile', int(1, 100)],
    'classify.padding': ['padding', oneOf(['pre', 'post'] as const)],
    'classify.truncating': ['truncating', oneOf(['pre', 'post'] as const)],
    'classify.validation': ['split.validation', share],
    'classify.test': ['split.test', share],
    'classify.splitSeed': ['seed', int(0, 2 ** 32 - 1)],
  },
  {
    // Shares are read one by one; training takes what the other two leave.
    normalise: (o) => ({ ...o, split: { ...o.split, train: 1 - o.split.validation - o.split.test } }),
  },
);

export const CLASSIFY_MODEL = urlGroup<ModelOptions>(
  'classify-model',
  // No word vectors exist when the page opens: a random embedding, trained (ClassifyPanel switches
  // to the word vectors, frozen, when some arrive).
  { ...DEFAULT_MODEL, embedding: 'random', embeddingTrainable: true, lstmImpl: 'fused' },
  {
    'classify.embedding': ['embedding', oneOf(['word2vec', 'random'] as const)],
    'classify.randomDim': ['randomDim', int(1, 1000)],
    'classify.trainable': ['embeddingTrainable', bool],
    'classify.maskZero': ['maskZero', bool],
    'classify.units': ['lstmUnits', int(1, 1024)],
    'classify.bidirectional': ['bidirectional', bool],
    'classify.lstmImpl': ['lstmImpl', oneOf(['fused', 'layers'] as const)],
    'classify.dense': ['denseUnits', int(0, 1024)],
    'classify.dropout': ['dropout', num(0, 0.9)],
    'classify.l1': ['l1', num(0, 1)],
    'classify.l2': ['l2', num(0, 1)],
    'classify.modelSeed': ['seed', int(0, 2 ** 32 - 1)],
  },
);

export const CLASSIFY_FIT = urlGroup<FitOptions>('classify-fit', DEFAULT_FIT, {
  'classify.epochs': ['epochs', int(1, 500)],
  'classify.batch': ['batchSize', int(1, 4096)],
  'classify.lr': ['learningRate', num(0, 10)],
  'classify.beta1': ['beta1', num(0, 1)],
  'classify.beta2': ['beta2', num(0, 1)],
  'classify.epsilon': ['epsilon', num(0, 1)],
  'classify.patience': ['patience', int(0, 500)],
  'classify.restoreBest': ['restoreBest', bool],
  'classify.shuffleSeed': ['seed', int(0, 2 ** 32 - 1)],
});
