/**
 * Labelled data for the classifier, from the three shapes a user can drop: a CSV/TSV file, a JSON
 * Lines file, or a folder with one sub-folder per class of .txt files (the IMDB `pos/` `neg/`
 * layout). Each reader returns the same `LabelledData`; checking it (classes, empty texts, sizes) is
 * `validate.ts`'s job, so a reader accepts empty texts and labels and leaves them to be counted.
 */
import { parseJsonLines } from '../corpus/load';
import { type Phrase, phrase, UserError } from '../errors';
import { type Delimiter, parseDelimited } from './csv';

export interface LabelledRecord {
  text: string;
  /** The class name, trimmed ('' when the row had none). */
  label: string;
}

export interface LabelledData {
  records: LabelledRecord[];
  /** Every column (CSV header, JSON field) the user could choose from, in file order. */
  columns: string[];
  /** The columns used for text and label (for a folder: 'text' and 'folder'). */
  textColumn: string;
  labelColumn: string;
  /** Input items skipped by the reader (a folder's non-.txt files); 0 for the other formats. */
  ignored: number;
  /** Sentences to show beside the data ("12 files that are not .txt were ignored."). */
  notes: Phrase[];
}

/** Column names tried, in order, when the user has not chosen (compared case-insensitively). */
export const TEXT_COLUMN_NAMES: readonly string[] = ['text', 'review', 'sentence', 'content', 'body'];
export const LABEL_COLUMN_NAMES: readonly string[] = ['label', 'sentiment', 'class', 'category', 'target'];

/** The first of `columns` whose trimmed, lowercased name is in `names` (by the order of `names`). */
export function guessColumn(columns: readonly string[], names: readonly string[]): string | undefined {
  const lower = columns.map((c) => c.trim().toLowerCase());
  for (const name of names) {
    const k = lower.indexOf(name);
    if (k >= 0) return columns[k];
  }
  return undefined;
}

function listColumns(columns: readonly string[]): string {
  return columns.map((c) => `"${c}"`).join(', ');
}

export interface CsvChoice {
  /** Forced delimiter; detected from the header line when absent. */
  delimiter?: Delimiter;
  textColumn?: string;
  labelColumn?: string;
}

/**
 * A CSV or TSV file → records. Text and label columns are the user's choice, else guessed from
 * `TEXT_COLUMN_NAMES` / `LABEL_COLUMN_NAMES`; a column that is neither chosen nor guessable is a
 * UserError listing the columns there are.
 */
export function readLabelledCsv(text: string, title: string, choice: CsvChoice = {}): LabelledData {
  const table = parseDelimited(text, title, choice.delimiter);
  const columns = table.header;
  const pick = (chosen: string | undefined, names: readonly string[], what: 'text' | 'label'): number => {
    const name = chosen ?? guessColumn(columns, names);
    const k = name === undefined ? -1 : columns.indexOf(name.trim());
    if (k >= 0) return k;
    if (chosen !== undefined) {
      throw new UserError(
        what === 'label' ? 'no-such-label-column' : 'no-such-text-column',
        `${title} has no column "${chosen}"; its columns are ${listColumns(columns)}.`,
        { title, column: chosen, columns: listColumns(columns) },
      );
    }
    throw new UserError(
      what === 'label' ? 'missing-label-column' : 'missing-text-column',
      `${title} has no column that looks like the ${what}; choose one of ${listColumns(columns)} as the ${what} column.`,
      { title, columns: listColumns(columns) },
    );
  };
  const t = pick(choice.textColumn, TEXT_COLUMN_NAMES, 'text');
  const l = pick(choice.labelColumn, LABEL_COLUMN_NAMES, 'label');
  if (t === l) {
    throw new UserError('same-columns', `The text and the label cannot both be the column "${columns[t]}".`, {
      column: columns[t],
    });
  }
  const records = table.rows.map((row) => ({ text: row[t], label: row[l].trim() }));
  return { records, columns, textColumn: columns[t], labelColumn: columns[l], ignored: 0, notes: [] };
}

/**
 * A JSON Lines file → records. Every line must be an object with a string `text` (as everywhere in
 * this project, see `parseJsonLines`); the label is the field the user chose, else a guessed one.
 * `columns` lists every field other than `text` that holds a string, number or boolean somewhere.
 * A record without the label field gets the label '' (counted and dropped by validation).
 */
export function readLabelledJsonLines(
  text: string,
  title: string,
  choice: { labelField?: string } = {},
): LabelledData {
  const objects = parseJsonLines(text, title);
  const seen = new Set<string>();
  const columns: string[] = [];
  for (const o of objects) {
    for (const [k, v] of Object.entries(o)) {
      if (k === 'text' || seen.has(k)) continue;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
        seen.add(k);
        columns.push(k);
      }
    }
  }
  const field = choice.labelField ?? guessColumn(columns, LABEL_COLUMN_NAMES);
  if (field === undefined || !seen.has(field)) {
    const why =
      field === undefined
        ? 'no field that looks like the label'
        : `no field "${field}" with a text or number value`;
    const options = columns.length > 0 ? `; choose one of ${listColumns(columns)}` : ', only "text"';
    const some = columns.length > 0;
    throw new UserError(
      field === undefined
        ? some
          ? 'jsonl-no-label-field'
          : 'jsonl-no-label-field-only-text'
        : some
          ? 'jsonl-no-such-field'
          : 'jsonl-no-such-field-only-text',
      `${title} has ${why}${options}.`,
      {
        title,
        field: field ?? '',
        columns: listColumns(columns),
      },
    );
  }
  const records = objects.map((o) => {
    const v = o[field];
    const label =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim() : '';
    return { text: o.text as string, label };
  });
  return {
    records,
    columns: ['text', ...columns],
    textColumn: 'text',
    labelColumn: field,
    ignored: 0,
    notes: [],
  };
}

/** One file of a dropped folder: its path relative to what was dropped ('/' or '\' separated). */
export interface DroppedFile {
  path: string;
  text: string;
}

function splitPath(path: string): string[] {
  return path
    .replaceAll('\\', '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.');
}

/**
 * A dropped folder → records, one per .txt file, labelled by the first directory under the common
 * root of all .txt files. The root is the longest directory prefix they share, but never so long
 * that no class directory is left: `aclImdb/train/pos/1.txt` and `aclImdb/train/neg/2.txt` give
 * classes pos and neg (a README.txt beside pos/ and neg/ is ignored); a drop of `pos/` alone gives
 * the one class pos, which validation refuses. Dropping all of `aclImdb/` gives the classes train
 * and test: drop the folder whose sub-folders are the classes.
 * Files that are not .txt are ignored and counted; .txt files directly in the root have no class
 * and are ignored too. Records come in path order, so the result does not depend on drop order.
 */
export function readLabelledFolder(
  files: readonly DroppedFile[],
  title = 'The dropped folder',
): LabelledData {
  const txt: { parts: string[]; text: string }[] = [];
  let notTxt = 0;
  for (const f of files) {
    if (/\.txt$/i.test(f.path)) txt.push({ parts: splitPath(f.path), text: f.text });
    else notTxt++;
  }
  if (txt.length === 0) {
    throw new UserError(
      'no-txt-files',
      `${title} holds no .txt files: put one sub-folder of .txt files per class.`,
      { title },
    );
  }
  // The root is the directory prefix every file shares. When no file lies deeper than it (all in
  // one folder), the last shared folder is the only class there is.
  const first = txt[0].parts;
  let rootLen = first.length - 1;
  for (const f of txt) {
    let k = 0;
    while (k < rootLen && k < f.parts.length - 1 && f.parts[k] === first[k]) k++;
    rootLen = k;
  }
  if (rootLen > 0 && txt.every((f) => f.parts.length - 1 <= rootLen)) rootLen--;
  txt.sort((a, b) => {
    const pa = a.parts.join('/');
    const pb = b.parts.join('/');
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
  const records: LabelledRecord[] = [];
  let noClass = 0;
  for (const f of txt) {
    // A file directly in the root (parts = root… + file name) has no class directory.
    if (f.parts.length - 1 <= rootLen) {
      noClass++;
      continue;
    }
    records.push({ text: f.text, label: f.parts[rootLen] });
  }
  const notes: Phrase[] = [];
  if (notTxt > 0)
    notes.push(
      phrase(
        notTxt === 1 ? 'ignored-not-txt-one' : 'ignored-not-txt',
        `${plural(notTxt, 'file')} that ${notTxt === 1 ? 'is' : 'are'} not .txt ${notTxt === 1 ? 'was' : 'were'} ignored.`,
        { count: notTxt.toLocaleString('en-US') },
      ),
    );
  if (noClass > 0)
    notes.push(
      phrase(
        noClass === 1 ? 'ignored-outside-class-one' : 'ignored-outside-class',
        `${plural(noClass, '.txt file')} outside any class folder ${noClass === 1 ? 'was' : 'were'} ignored.`,
        { count: noClass.toLocaleString('en-US') },
      ),
    );
  if (records.length === 0) {
    throw new UserError(
      'no-class-folders',
      `${title} has no class folders: put the .txt files of each class in a sub-folder named after the class.`,
      { title },
    );
  }
  return {
    records,
    columns: ['text', 'folder'],
    textColumn: 'text',
    labelColumn: 'folder',
    ignored: notTxt + noClass,
    notes,
  };
}

/** "1 file", "3 files" (with thousands separators). */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
