/**
 * Where labelled data comes from, as the page describes it (URLs and Blob handles only), and
 * reading it into records inside the worker.
 */

import {
  type LabelledData,
  readLabelledCsv,
  readLabelledFolder,
  readLabelledJsonLines,
} from '../core/classify/readers';
import { type CorpusSource, loadCorpus } from '../core/corpus/load';
import { UserError } from '../core/errors';
import { decodeText } from '../core/text/decode';

export type LabelledSource =
  /** A built-in JSON Lines corpus and the field holding the label. */
  | { kind: 'builtin'; source: CorpusSource; labelField: string }
  /** A dropped CSV, TSV or JSON Lines file, with the columns the user chose (guessed when absent). */
  | { kind: 'file'; file: Blob; title: string; textColumn?: string; labelColumn?: string }
  /** A dropped folder with one sub-folder of .txt files per class. */
  | { kind: 'folder'; files: { path: string; file: Blob }[]; title: string };

export function sourceTitle(s: LabelledSource): string {
  return s.kind === 'builtin' ? s.source.title : s.title;
}

export async function readLabelled(s: LabelledSource): Promise<LabelledData> {
  if (s.kind === 'builtin') {
    const corpus = await loadCorpus(s.source);
    const records = corpus.records.map((r) => ({
      text: String(r.text),
      label: String(r[s.labelField] ?? '').trim(),
    }));
    const columns = ['text', ...Object.keys(corpus.records[0] ?? {}).filter((k) => k !== 'text')];
    if (!columns.includes(s.labelField)) {
      throw new UserError(
        'builtin-no-label-field',
        `${s.source.title} has no label field "${s.labelField}".`,
        {
          title: s.source.title,
          field: s.labelField,
        },
      );
    }
    return { records, columns, textColumn: 'text', labelColumn: s.labelField, ignored: 0, notes: [] };
  }
  if (s.kind === 'file') {
    const bytes = new Uint8Array(await s.file.arrayBuffer());
    const { text } = decodeText(bytes, s.title);
    if (/\.(jsonl|ndjson)$/i.test(s.title))
      return readLabelledJsonLines(text, s.title, { labelField: s.labelColumn });
    return readLabelledCsv(text, s.title, {
      textColumn: s.textColumn,
      labelColumn: s.labelColumn,
      delimiter: /\.tsv$/i.test(s.title) ? '\t' : undefined,
    });
  }
  const files = [];
  for (const f of s.files) {
    if (!/\.txt$/i.test(f.path) || f.file.size === 0) {
      files.push({ path: f.path, text: '' });
      continue;
    }
    const { text } = decodeText(new Uint8Array(await f.file.arrayBuffer()), f.path);
    files.push({ path: f.path, text });
  }
  return readLabelledFolder(files, s.title);
}
