/**
 * The step-through's own settings: which small corpus and the word2vec options of its tiny
 * model. Kept in the URL (`step.*` parameters, control ids of the same names) so a lesson can open
 * the step-through on a chosen setup.
 */
import type { W2VOptions } from '../../core/w2v/options';
import { bool, int, num, oneOf } from '../url/codecs';
import { urlGroup } from '../url/store';

export const STEP_CORPORA = ['teaching', 'teaching-en', 'teaching-ja', 'current'] as const;
/** 'teaching' follows the interface language; 'current' is the first words of the corpus in use. */
export type StepCorpusChoice = (typeof STEP_CORPORA)[number];

export interface StepSettings {
  corpus: StepCorpusChoice;
  /** How many words of the current corpus (whole lines). */
  words: number;
  cbow: number;
  hs: boolean;
  negative: number;
  window: number;
  size: number;
  alpha: number;
  sample: number;
  minCount: number;
  iter: number;
  seed: number;
}

/**
 * Defaults chosen so that the teaching corpus's groups visibly gather in 2-D within a lesson:
 * skip-gram with 5 negatives, window 2, no subsampling (on 250 words it would drop most of them),
 * α 0.05 so single steps move the points enough to see, 40 epochs (~19,000 pairs).
 */
export const STEP_DEFAULTS: StepSettings = {
  corpus: 'teaching',
  words: 2000,
  cbow: 0,
  hs: false,
  negative: 5,
  window: 2,
  size: 2,
  alpha: 0.05,
  sample: 0,
  minCount: 1,
  iter: 40,
  seed: 1,
};

/** Largest vector size offered: beyond a few dimensions the numbers stop fitting on screen. */
export const MAX_STEP_SIZE = 16;

export const STEP = urlGroup<StepSettings>('step-through', STEP_DEFAULTS, {
  'step.corpus': ['corpus', oneOf(STEP_CORPORA)],
  'step.words': ['words', int(50, 20_000)],
  'step.cbow': ['cbow', oneOf([0, 1])],
  'step.hs': ['hs', bool],
  'step.negative': ['negative', int(0, 20)],
  'step.window': ['window', int(1, 10)],
  'step.size': ['size', int(1, MAX_STEP_SIZE)],
  'step.alpha': ['alpha', num(0.0001, 1)],
  'step.sample': ['sample', num(0, 1)],
  'step.minCount': ['minCount', int(1, 100)],
  'step.iter': ['iter', int(1, 1000)],
  'step.seed': ['seed', int(0, 4294967295)],
});

/** The word2vec options of a step setup (the trainer checks them again). */
export function stepOptions(s: StepSettings): Partial<W2VOptions> {
  return {
    cbow: s.cbow,
    hs: s.hs ? 1 : 0,
    negative: s.negative,
    window: s.window,
    size: s.size,
    alpha: s.alpha,
    sample: s.sample,
    minCount: s.minCount,
    iter: s.iter,
    seed: s.seed,
  };
}
