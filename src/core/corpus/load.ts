/**
 * Reading a corpus from where it lives (a built-in file on this site, or a file the user dropped)
 * into text. Runs in workers: the page hands over a URL or a Blob handle, never the bytes.
 */
import { UserError } from '../errors';
import { cleanAozora } from '../text/aozora';
import { decodeTextDetailed } from '../text/decode';
import { formatBytes } from './metadata';

/** How the bytes become text; chosen on the page, applied wherever the corpus is read. */
export interface ReadOptions {
  /** A WHATWG encoding label chosen by the user; absent = detect. */
  encoding?: string;
  /** Unicode NFKC: full-width Ａ１ → A1, half-width ｶﾅ → カナ, ㈱ → (株). */
  nfkc?: boolean;
  /** Remove Aozora Bunko ruby, notes, legend and colophon (see `aozora.ts`). */
  aozora?: boolean;
}

export type CorpusSource = (
  | { kind: 'builtin'; id: string; title: string; url: string; format: 'text' | 'jsonl' }
  | { kind: 'file'; title: string; file: Blob }
) &
  ReadOptions;

/**
 * Largest corpus read as one string. V8 caps strings at 2^29 − 24 UTF-16 units (~536 M); a
 * UTF-8 file of 500 MB decodes to at most that many. Larger files need streaming, which only the
 * vector-file readers do.
 */
export const MAX_CORPUS_BYTES = 500 * 1000 * 1000;

export interface LoadedCorpus {
  title: string;
  /** Plain text for word2vec: the documents joined by newlines for a JSON Lines corpus. */
  text: string;
  /** One record per document for labelled corpora (JSON Lines); empty for plain text. */
  records: Record<string, unknown>[];
  bytes: number;
  encoding: string;
  /** Detection confidence (0–1), or 1 when the encoding was chosen. */
  encodingConfidence?: number;
  /** False when the user chose the encoding. */
  encodingDetected?: boolean;
}

export function checkCorpusSize(bytes: number, title: string): void {
  if (bytes > MAX_CORPUS_BYTES) {
    throw new UserError(
      'too-large-corpus',
      `${title} is ${formatBytes(bytes)}; the browser can hold a corpus of at most ${formatBytes(MAX_CORPUS_BYTES)} as text. Use a part of it.`,
      { title, size: formatBytes(bytes), max: formatBytes(MAX_CORPUS_BYTES) },
    );
  }
}

async function readBytes(source: CorpusSource): Promise<Uint8Array> {
  if (source.kind === 'builtin') {
    const res = await fetch(source.url);
    if (!res.ok) {
      throw new UserError(
        'fetch-failed',
        `The built-in corpus ${source.title} could not be loaded (HTTP ${res.status}).`,
        { title: source.title, status: res.status },
      );
    }
    return new Uint8Array(await res.arrayBuffer());
  }
  checkCorpusSize(source.file.size, source.title);
  try {
    return new Uint8Array(await source.file.arrayBuffer());
  } catch (e) {
    if (e instanceof RangeError) {
      throw new UserError(
        'unreadable-too-large',
        `${source.title} could not be read: it is too large for this browser.`,
        { title: source.title },
      );
    }
    throw new UserError('unreadable', `${source.title} could not be read: the browser refused to read it.`, {
      title: source.title,
    });
  }
}

/** Parses JSON Lines, naming the first bad line. Every record must be an object with a string `text`. */
export function parseJsonLines(text: string, title: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    if (raw.trim() === '') continue;
    let rec: unknown;
    try {
      rec = JSON.parse(raw);
    } catch {
      throw new UserError('bad-jsonl', `${title}, line ${line}: not valid JSON.`, { title, line });
    }
    if (typeof rec !== 'object' || rec === null || typeof (rec as { text?: unknown }).text !== 'string') {
      throw new UserError(
        'jsonl-no-text',
        `${title}, line ${line}: expected an object with a "text" field.`,
        {
          title,
          line,
        },
      );
    }
    out.push(rec as Record<string, unknown>);
  }
  return out;
}

function looksLikeJsonLines(name: string, text: string): boolean {
  return /\.jsonl$/i.test(name) || (/\.ndjson$/i.test(name) && text.trimStart().startsWith('{'));
}

export async function loadCorpus(source: CorpusSource): Promise<LoadedCorpus> {
  const bytes = await readBytes(source);
  const decoded = decodeTextDetailed(bytes, source.title, source.encoding);
  const jsonl =
    source.kind === 'builtin' ? source.format === 'jsonl' : looksLikeJsonLines(source.title, decoded.text);
  const records = jsonl ? parseJsonLines(decoded.text, source.title) : [];
  let text = jsonl ? records.map((r) => r.text as string).join('\n') : decoded.text;
  // Aozora first: NFKC would rewrite its full-width markers (［＃ → [#) before they are found.
  if (source.aozora) text = cleanAozora(text, source.title);
  if (source.nfkc) text = text.normalize('NFKC');
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new UserError('no-words', `${source.title} contains no words, only spaces and punctuation.`, {
      title: source.title,
    });
  }
  return {
    title: source.title,
    text,
    records,
    bytes: bytes.length,
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    encodingDetected: decoded.detected,
  };
}
