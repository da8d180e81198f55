/**
 * Reading a training file for the command line: binary files are refused from their first 64 KiB,
 * then the text is streamed through the tokenizer in 256 KiB pieces, never held whole.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { UserError } from '../src/core/errors.ts';
import { binaryReason } from '../src/core/text/decode.ts';
import { CorpusBuilder, type CorpusData } from '../src/core/w2v/vocab.ts';

/** Streams the file through the tokenizer: the text is never held whole. */
export async function readCorpus(path: string, minCount: number, maxVocab: number): Promise<CorpusData> {
  const head = new Uint8Array(65536);
  const fh = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new UserError('file-not-found', `Cannot read the training file ${path} (${e.code ?? e.message}).`);
  });
  const { bytesRead } = await fh.read(head, 0, head.length, 0);
  await fh.close();
  const reason = binaryReason(head.subarray(0, bytesRead));
  if (reason) throw new UserError('binary-input', `The training file ${path} is not text: ${reason}.`);
  const builder = new CorpusBuilder({ minCount, maxVocab });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 18 })) {
    builder.push(decoder.decode(chunk as Buffer, { stream: true }));
  }
  builder.push(decoder.decode());
  return builder.finish();
}

/** What the reading thread posts back: the vocabulary and corpus (buffers transferred) or an error. */
export type ReadReport =
  | { ok: true; words: string[]; counts: Float64Array; corpus: Int32Array }
  | { ok: false; code: string | undefined; message: string };
