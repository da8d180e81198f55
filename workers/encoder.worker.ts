/**
 * The sentence-embedding worker: it owns transformers.js and ONNX Runtime Web (WebGPU, falling
 * back to WebAssembly). It loads one encoder at a time from a dropped folder (or, after the user
 * opted in, from the Hugging Face hub), and turns texts into sentence vectors in batches,
 * reporting progress at most ten times a second. The page's thread never touches the model.
 */
import * as Comlink from 'comlink';
import '../src/bridge/errors';
import type { LabelledTexts } from '../src/core/embed/labelledTexts';
import type { FileEntry } from '../src/core/embed/modelFolder';
import { sentenceLabels } from '../src/core/embed/texts';
import { UserError } from '../src/core/errors';
import type { Metadata } from '../src/core/vectors/read';
import type { VectorSet } from '../src/core/vectors/types';
import { writeProjector } from '../src/core/vectors/write';
import {
  type EmbedOptions,
  type EmbedOutcome,
  type EmbedProgress,
  Encoder,
  type EncoderInfo,
  type LoadOptions,
  type LoadProgress,
  type ModelSource,
} from '../src/encoder/encoder';
import { listHubModel } from '../src/encoder/hub';
import { loadOrtFrom } from '../src/encoder/transformers';

loadOrtFrom(new URL(`${import.meta.env.BASE_URL}ort/`, self.location.origin).href);

export type EncoderEvent =
  | { type: 'load'; progress: LoadProgress }
  | { type: 'embed'; progress: EmbedProgress };

export interface EncoderEnvironment {
  webgpu: boolean;
  isolated: boolean;
  cores: number;
}

const EVENT_MS = 100;

let encoder: Encoder | null = null;
/** The last complete embedding of labelled texts: what the map and the Projector export show. */
let last: { name: string; data: LabelledTexts; vectors: Float32Array; dim: number } | null = null;
let busy = false;
let stop = false;

function requireEncoder(): Encoder {
  if (encoder === null) throw new UserError('encoder-not-loaded', 'Load a model first.');
  return encoder;
}

async function exclusive<T>(work: () => Promise<T>): Promise<T> {
  if (busy) throw new UserError('encoder-busy', 'The encoder is busy: wait for it or cancel first.');
  busy = true;
  stop = false;
  try {
    return await work();
  } finally {
    busy = false;
  }
}

/** Calls `emit` at most every EVENT_MS, always for the last event. */
function throttled<E>(emit: (e: E) => void): { push: (e: E, last?: boolean) => void } {
  let at = 0;
  return {
    push(e, last = false) {
      const now = performance.now();
      if (!last && now - at < EVENT_MS) return;
      at = now;
      emit(e);
    },
  };
}

const api = {
  environment(): EncoderEnvironment {
    return {
      webgpu: 'gpu' in navigator,
      isolated: globalThis.crossOriginIsolated === true,
      cores: navigator.hardwareConcurrency || 1,
    };
  },

  /** The files of a hub repository with their sizes (contacts huggingface.co: opt-in only). */
  listHub(id: string): Promise<FileEntry[]> {
    return listHubModel(id);
  },

  /** Loads a model, replacing the one loaded before (only once the new one works). */
  load(source: ModelSource, options: LoadOptions, onEvent: (e: EncoderEvent) => void): Promise<EncoderInfo> {
    return exclusive(async () => {
      const events = throttled<LoadProgress>((progress) => onEvent({ type: 'load', progress }));
      const next = await Encoder.load(source, options, (p) => events.push(p, p.loaded === p.total));
      const previous = encoder;
      encoder = next;
      await previous?.dispose();
      return next.info;
    });
  },

  info(): EncoderInfo | null {
    return encoder?.info ?? null;
  },

  /** Sentence vectors for `texts`; the vectors' buffer is transferred to the page. */
  embed(texts: string[], options: EmbedOptions, onEvent: (e: EncoderEvent) => void): Promise<EmbedOutcome> {
    return exclusive(async () => {
      const enc = requireEncoder();
      const events = throttled<EmbedProgress>((progress) => onEvent({ type: 'embed', progress }));
      const r = await enc.embed(texts, options, {
        shouldStop: () => stop,
        onProgress: (p) => events.push(p, p.done === p.total),
      });
      return Comlink.transfer(r, [r.vectors.buffer]);
    });
  },

  /**
   * Sentence vectors of the Classify tab's prepared texts, kept here (with their labels) for the
   * map and the export; a copy goes to the page. A cancelled run keeps the previous result.
   */
  embedLabelled(
    data: LabelledTexts,
    options: EmbedOptions,
    name: string,
    onEvent: (e: EncoderEvent) => void,
  ): Promise<EmbedOutcome> {
    return exclusive(async () => {
      const enc = requireEncoder();
      const events = throttled<EmbedProgress>((progress) => onEvent({ type: 'embed', progress }));
      const r = await enc.embed(data.texts, options, {
        shouldStop: () => stop,
        onProgress: (p) => events.push(p, p.done === p.total),
      });
      if (!r.cancelled) last = { name, data, vectors: r.vectors.slice(), dim: r.dim };
      return Comlink.transfer(r, [r.vectors.buffer]);
    });
  },

  /** The last embedding as a vector set for the map: one row per text, its label as metadata. */
  mapSet(): { set: VectorSet; metadata: Metadata } {
    if (last === null) throw new UserError('embed-nothing-yet', 'Embed the labelled texts first.');
    const words = sentenceLabels(last.data.texts);
    const { classes, y } = last.data;
    const set: VectorSet = { words, dim: last.dim, data: last.vectors.slice() };
    const metadata: Metadata = {
      columns: ['sentence', 'label'],
      rows: words.map((w, i) => [w, classes[y[i]]]),
    };
    return Comlink.transfer({ set, metadata }, [set.data.buffer]);
  },

  /** vectors.tsv, metadata.tsv (sentence + label) and a projector config of the last embedding. */
  projectorFiles(): { name: string; blob: Blob }[] {
    if (last === null) throw new UserError('embed-nothing-yet', 'Embed the labelled texts first.');
    const words = sentenceLabels(last.data.texts);
    const { classes, y } = last.data;
    const files = writeProjector(
      { words, dim: last.dim, data: last.vectors },
      {
        extraColumns: [{ name: 'label', values: Array.from(y, (c) => classes[c]) }],
        tensorName: last.name,
        vectorsPath: 'sentences_vectors.tsv',
        metadataPath: 'sentences_metadata.tsv',
      },
    );
    const tsv = 'text/tab-separated-values';
    return [
      { name: 'sentences_vectors.tsv', blob: new Blob([files.vectorsTsv as BlobPart], { type: tsv }) },
      { name: 'sentences_metadata.tsv', blob: new Blob([files.metadataTsv as BlobPart], { type: tsv }) },
      {
        name: 'sentences_projector_config.json',
        blob: new Blob([files.configJson], { type: 'application/json' }),
      },
    ];
  },

  /** Ends embedding after the batch that is running; its result says `cancelled`. */
  cancel(): void {
    stop = true;
  },

  async unload(): Promise<void> {
    const e = encoder;
    encoder = null;
    await e?.dispose();
  },
};

export type EncoderApi = typeof api;
Comlink.expose(api);
