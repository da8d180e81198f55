import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeWord2vecBinary } from '../src/core/vectors/write.ts';
import { main, parseEvalArgs } from './eval-w2v.ts';

describe('eval:w2v', () => {
  afterEach(() => vi.restoreAllMocks());

  it('needs a vector file', () => {
    expect(() => parseEvalArgs([])).toThrow(/vector file/);
    expect(parseEvalArgs(['v.bin', '--restrict', '10']).restrict).toBe(10);
  });

  it('prints analogy accuracy with coverage and Spearman ρ', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-w2v-'));
    // king − man + woman = queen holds exactly in these 3-d vectors; "x" lies away from all.
    const words = ['man', 'woman', 'king', 'queen', 'x'];
    const data = new Float32Array([1, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, -1]);
    writeFileSync(join(dir, 'v.bin'), writeWord2vecBinary({ words, dim: 3, data }));
    writeFileSync(join(dir, 'q.txt'), ': family\nman woman king queen\nman woman boy girl\n');
    writeFileSync(join(dir, 'p.tsv'), 'man\twoman\t5\nking\tqueen\t6\nman\tx\t1\nboy\tgirl\t7\n');
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((s: string) => void lines.push(s));
    const p = join(dir, 'p.tsv');
    await main([
      join(dir, 'v.bin'),
      '--questions',
      join(dir, 'q.txt'),
      '--wordsim',
      p,
      '--simlex',
      join(dir, 'none'),
    ]);
    expect(lines[1]).toBe(
      'analogies: 100.00% of the 1 answerable questions, 50.00% of all 2 (coverage 50.00%)',
    );
    expect(lines[2]).toMatch(/^WordSim-353: Spearman ρ 1\.0000, .* over 3 of 4 pairs \(coverage 75\.00%\)$/);
    expect(lines[3]).toMatch(/^SimLex-999: skipped/);
  });
});
