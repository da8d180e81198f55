/** The card the page shows for a loaded corpus, computed in a worker from the whole text. */
import { detectScript, needsSegmenter, type ScriptReport } from '../text/script';
import type { LoadedCorpus } from './load';
import { countWords, type LabelField, labelCounts } from './metadata';

export interface CorpusSummary {
  title: string;
  bytes: number;
  encoding: string;
  /** 0–1; 1 when the user chose the encoding or a byte-order mark named it. */
  encodingConfidence: number;
  encodingDetected: boolean;
  /** Letters by script and the language they point to (it picks the default tokenizer). */
  script: ScriptReport;
  /** Words as the default tokenizer for `script.language` would count them. */
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
  const script = detectScript(c.text);
  return {
    title: c.title,
    bytes: c.bytes,
    encoding: c.encoding,
    encodingConfidence: c.encodingConfidence ?? 1,
    encodingDetected: c.encodingDetected ?? true,
    script,
    words: needsSegmenter(script.language)
      ? countSegmentedWords(c.text, script.language)
      : countWords(c.text),
    lines,
    documents: c.records.length > 0 ? c.records.length : 1,
    labels,
    preview: c.text.slice(0, PREVIEW_CHARS),
  };
}

/** Word-like segments by `Intl.Segmenter`: a run of kana and kanji is many words, not one. */
function countSegmentedWords(text: string, locale: string): number {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}
