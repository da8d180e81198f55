/**
 * A step-through session: a small corpus, a model, and the real trainer advanced one training
 * pair at a time (`Trainer.step`), each step reported with its trace and the words' vectors in
 * 2-D. Vectors of size 2 are drawn as they are (the plane is the embedding space, so a dot
 * product is what the eye sees); larger ones are projected on the first two principal axes of the
 * input vectors after the step, and everything of that step (before and after) on the same axes.
 */
import { pca } from '../vectors/pca.ts';
import { W2VModel } from './model.ts';
import { resolveOptions, type W2VConfig, type W2VOptions } from './options.ts';
import type { InputTrace, OutputTrace } from './trace.ts';
import { PairTrace } from './trace.ts';
import { createTrainer, type Trainer } from './trainer.ts';
import { CorpusBuilder, type CorpusData, type CorpusOptions } from './vocab.ts';

/** Most pairs one `step` call trains (about a second of the reference engine with tiny vectors). */
export const MAX_STEPS_PER_CALL = 100_000;

/** Most words of a corpus the step-through takes (its map shows every vocabulary word). */
export const MAX_STEP_CORPUS_WORDS = 20_000;

/**
 * The first whole lines of `text` holding at least `words` tokens (line ends counted, as the
 * corpus counts them), as a word2vec corpus: a small corpus for the step-through taken from the
 * corpus in use, read with the same tokenizer.
 */
export function firstWordsCorpus(text: string, words: number, options: CorpusOptions): CorpusData {
  const builder = new CorpusBuilder(options);
  const want = Math.max(1, Math.min(MAX_STEP_CORPUS_WORDS, Math.floor(words)));
  let at = 0;
  while (at < text.length && builder.tokenCount < want) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl + 1;
    builder.push(text.slice(at, end));
    at = end;
  }
  return builder.finish();
}

/** A point of the plane, [x, y]. */
export type Point = [number, number];

/** The trace of the last pair, with the plane positions of every vector it shows. */
export interface StepTrace {
  trace: PairTrace;
  plane: {
    /** The input h before the pair (skip-gram: the context word; CBOW: the window's mean). */
    hidden: Point | null;
    inputs: { before: Point; after: Point }[];
    /** Output rows of negative sampling (null for Huffman nodes and skipped draws). */
    outputs: ({ before: Point; after: Point } | null)[];
  };
}

export interface StepView {
  /** Pairs trained since the session opened. */
  pairs: number;
  /** Finished epochs, and their mean loss per pair. */
  epochs: { epoch: number; loss: number }[];
  iter: number;
  /** The learning rate the next chunk of sentences starts with (the C tool's alpha). */
  alpha: number;
  /** Corpus position read up to, within the current epoch, and the corpus length. */
  position: number;
  corpusLength: number;
  done: boolean;
  /** Every word's input vector in the plane, `V × 2` row-major (row 0, `</s>`, is never trained). */
  points: Float32Array;
  projection: 'raw' | 'pca';
  /** The last pair trained by the call, or null when none was (the session was already done). */
  last: StepTrace | null;
}

export class StepSession {
  readonly data: CorpusData;
  readonly config: W2VConfig;
  private readonly model: W2VModel;
  private readonly trainer: Trainer;
  private pairs = 0;

  private constructor(data: CorpusData, model: W2VModel, trainer: Trainer) {
    this.data = data;
    this.model = model;
    this.config = model.config;
    this.trainer = trainer;
  }

  /** Settings are checked first (UserError); the model is the one real training would build. */
  static async open(data: CorpusData, options: Partial<W2VOptions>): Promise<StepSession> {
    const config = resolveOptions(options);
    const model = W2VModel.create(data, config);
    // The reference engine steps; the kernel choice only matters to `train`, which is not used here.
    const trainer = await createTrainer(model, { engine: 'ts' });
    return new StepSession(data, model, trainer);
  }

  /** Trains `n` pairs (at most MAX_STEPS_PER_CALL), tracing the last one. */
  step(n: number): StepView {
    const count = Math.max(0, Math.min(MAX_STEPS_PER_CALL, Math.floor(n)));
    let trace: PairTrace | null = null;
    for (let i = 0; i < count; i++) {
      const last = i === count - 1;
      const t = last ? new PairTrace() : null;
      if (!this.trainer.step(t)) break;
      this.pairs++;
      if (t) trace = t;
    }
    return this.view(trace);
  }

  /** The state without training (after opening). */
  view(trace: PairTrace | null = null): StepView {
    const { size } = this.config;
    const syn0 = this.model.syn0;
    const v = this.data.vocab.words.length;
    const plane = planeOf(syn0, v, size);
    const trainer = this.trainer;
    return {
      pairs: this.pairs,
      epochs: trainer.epochs.map((e) => ({ epoch: e.epoch, loss: e.loss })),
      iter: this.config.iter,
      alpha: trainer.alpha,
      position: trainer.position,
      corpusLength: this.data.corpus.length,
      done: trainer.done,
      points: plane.points,
      projection: size === 2 ? 'raw' : 'pca',
      last: trace ? { trace, plane: tracePlane(trace, plane.project) } : null,
    };
  }
}

interface Plane {
  points: Float32Array;
  project: (v: Float32Array) => Point;
}

/** Input vectors of words 1..V−1 in 2-D, and the map that put them there. */
function planeOf(syn0: Float32Array, v: number, size: number): Plane {
  if (size === 2) {
    return { points: syn0.slice(0, 2 * v), project: (x) => [x[0], x[1]] };
  }
  if (size === 1) {
    const points = new Float32Array(2 * v);
    for (let i = 0; i < v; i++) points[2 * i] = syn0[i];
    return { points, project: (x) => [x[0], 0] };
  }
  const rows = Int32Array.from({ length: v - 1 }, (_, i) => i + 1);
  const r = pca({ data: syn0, dim: size }, { rows, seed: 1 });
  const points = new Float32Array(2 * v);
  points.set(r.coords, 2);
  const project = (x: Float32Array): Point => {
    let a = 0;
    let b = 0;
    for (let j = 0; j < size; j++) {
      const c = x[j] - r.mean[j];
      a += c * r.axes[j];
      b += c * r.axes[size + j];
    }
    return [a, b];
  };
  return { points, project };
}

function tracePlane(trace: PairTrace, project: (v: Float32Array) => Point): StepTrace['plane'] {
  const pair = (x: InputTrace | OutputTrace) =>
    x.before && x.after ? { before: project(x.before), after: project(x.after) } : null;
  return {
    hidden: trace.hidden ? project(trace.hidden) : null,
    inputs: trace.inputs.map((x) => pair(x)).filter((x) => x !== null),
    outputs: trace.outputs.map((o) => (o.kind === 'node' ? null : pair(o))),
  };
}
