/** The card the page shows for a loaded corpus, computed in a worker from the whole text. */
import type { LoadedCorpus } from './load';
import { countWords, type LabelField, labelCounts } from './metadata';

export interface CorpusSummary {
  title: string;
  bytes: number;
  encoding: string;
  words: number;
  lines: number;
  documents: number;
  /** Label fields of a JSON Lines corpus: fields other than `text` with 2–100 distinct values. */
  labels: LabelField[];
  /** The first characters, shown as text (never as HTML). */
  preview: string;
}

const PREVIEW_CHARS = 600;
const MAX_CLASSES = 100;

export function summarize(c: LoadedCorpus): CorpusSummary {
  let lines = c.text.length > 0 ? 1 : 0;
  for (let i = c.text.indexOf('\n'); i >= 0; i = c.text.indexOf('\n', i + 1)) lines++;
  const fields = new Set<string>();
  for (const r of c.records.slice(0, 1000)) for (const k of Object.keys(r)) if (k !== 'text') fields.add(k);
  const labels = [...fields]
    .map((f) => labelCounts(c.records, f))
    .filter((l) => l.classes.length >= 2 && l.classes.length <= MAX_CLASSES);
  return {
    title: c.title,
    bytes: c.bytes,
    encoding: c.encoding,
    words: countWords(c.text),
    lines,
    documents: c.records.length > 0 ? c.records.length : 1,
    labels,
    preview: c.text.slice(0, PREVIEW_CHARS),
  };
}
