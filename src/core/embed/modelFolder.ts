/**
 * Finding a transformer encoder's files in a dropped folder: the layout of a Hugging Face ONNX
 * export (what transformers.js loads), checked before a byte of the model is read.
 *
 *   <folder>/config.json, tokenizer.json, tokenizer_config.json
 *   <folder>/onnx/model.onnx            fp32 (or model_quantized.onnx, model_fp16.onnx, …)
 *   <folder>/onnx/model.onnx_data       external weights of models over 2 GB (optional, _1, _2 …)
 *
 * A folder with the .onnx files next to config.json (no onnx/ sub-folder) is accepted too. The
 * folder may be dropped itself or its parent: the shallowest config.json names the model root.
 */
import { UserError } from '../errors';

export interface FileEntry {
  /** Path relative to what was dropped, '/'-separated, e.g. "all-MiniLM-L6-v2/onnx/model.onnx". */
  path: string;
  /** Bytes. */
  size: number;
}

/** transformers.js names a weight format by the suffix of the file name (its `dtype` option). */
export const DTYPE_SUFFIXES = [
  { suffix: '', dtype: 'fp32' },
  { suffix: '_fp16', dtype: 'fp16' },
  { suffix: '_quantized', dtype: 'q8' },
  { suffix: '_int8', dtype: 'int8' },
  { suffix: '_uint8', dtype: 'uint8' },
  { suffix: '_q4', dtype: 'q4' },
  { suffix: '_q4f16', dtype: 'q4f16' },
  { suffix: '_bnb4', dtype: 'bnb4' },
] as const;

export type WeightFormat = (typeof DTYPE_SUFFIXES)[number]['dtype'];

export interface OnnxVariant {
  /** Path of the .onnx file relative to the model root, e.g. "onnx/model_quantized.onnx". */
  file: string;
  /** transformers.js dtype that selects this file. */
  dtype: WeightFormat;
  /** Bytes of the .onnx file plus its external data files. */
  bytes: number;
  /** External data chunks (model.onnx_data, model.onnx_data_1 …), in order. */
  externalData: string[];
}

export interface ModelFolder {
  /** Prefix of every model file in the dropped paths ('' or 'name/'). */
  root: string;
  /** The folder's name, or 'model' when the files were dropped without one. */
  name: string;
  /** Where the .onnx files are, relative to the root: 'onnx' or ''. */
  subfolder: string;
  /** Sorted by the order of DTYPE_SUFFIXES (full precision first). */
  variants: OnnxVariant[];
}

export const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/** Locates the model in `files`; throws a UserError naming what is missing. */
export function findModelFolder(files: readonly FileEntry[]): ModelFolder {
  const paths = new Map(files.map((f) => [f.path.replace(/^\/+/, ''), f.size]));
  const configs = [...paths.keys()]
    .filter((p) => p === 'config.json' || p.endsWith('/config.json'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const root = configs.length > 0 ? dirOf(configs[0]) : dirOf([...paths.keys()][0] ?? '');
  const name = root.replace(/\/$/, '').split('/').pop() || 'model';
  for (const required of REQUIRED_FILES) {
    if (!paths.has(root + required)) {
      throw new UserError(
        'encoder-missing-file',
        `The model folder “${name}” has no ${required}: a model folder needs config.json, tokenizer.json, tokenizer_config.json and onnx/model.onnx (or a quantized variant).`,
        { name, file: required },
      );
    }
  }
  const variants: OnnxVariant[] = [];
  let subfolder = 'onnx';
  for (const sub of ['onnx', '']) {
    const dir = root + (sub ? `${sub}/` : '');
    for (const d of DTYPE_SUFFIXES) {
      const file = `${dir}model${d.suffix}.onnx`;
      const size = paths.get(file);
      if (size === undefined) continue;
      const externalData: string[] = [];
      let bytes = size;
      for (let k = 0; ; k++) {
        const chunk = `${file}_data${k === 0 ? '' : `_${k}`}`;
        const s = paths.get(chunk);
        if (s === undefined) break;
        externalData.push(chunk.slice(root.length));
        bytes += s;
      }
      variants.push({ file: file.slice(root.length), dtype: d.dtype, bytes, externalData });
    }
    if (variants.length > 0) {
      subfolder = sub;
      break;
    }
  }
  if (variants.length === 0) {
    const stray = [...paths.keys()].find((p) => p.startsWith(root) && p.endsWith('.onnx'));
    if (stray !== undefined) {
      const found = stray.slice(root.length);
      throw new UserError(
        'encoder-onnx-misnamed',
        `The model folder “${name}” has ${found} but no ONNX file with a name transformers.js loads: rename it to onnx/model.onnx (or onnx/model_quantized.onnx if it is quantized).`,
        { name, found },
      );
    }
    throw new UserError(
      'encoder-missing-onnx',
      `The model folder “${name}” has no ONNX model: expected onnx/model.onnx or a quantized variant such as onnx/model_quantized.onnx.`,
      { name },
    );
  }
  return { root, name, subfolder, variants };
}

/**
 * The files a load of weight format `dtype` reads from a listed folder (a hub repository): the
 * three JSON files, the chosen .onnx and its external data, with paths relative to the model root.
 * This is what the hub opt-in says it will download, and how big it is, before downloading.
 */
export function downloadPlan(listing: readonly FileEntry[], dtype: WeightFormat): FileEntry[] {
  const folder = findModelFolder(listing);
  const variant = folder.variants.find((v) => v.dtype === dtype) ?? folder.variants[0];
  const wanted = new Set<string>([...REQUIRED_FILES, variant.file, ...variant.externalData]);
  return listing
    .map((f) => ({ path: f.path.replace(/^\/+/, '').slice(folder.root.length), size: f.size }))
    .filter((f) => wanted.has(f.path));
}
