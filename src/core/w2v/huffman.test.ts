import { describe, expect, it } from 'vitest';
import { buildHuffman, type HuffmanTree } from './huffman.ts';

function path(tree: HuffmanTree, w: number): { code: string; points: number[] } {
  const o = tree.offsets[w];
  const len = tree.lengths[w];
  return {
    code: Array.from(tree.codes.subarray(o, o + len)).join(''),
    points: Array.from(tree.points.subarray(o, o + len)),
  };
}

describe('Huffman tree (CreateBinaryTree)', () => {
  it('matches a hand-run of the C algorithm on counts 5,4,3,2,1', () => {
    // Merges: (4,3)→5 count 3; (5,2)→6 count 6 (tie 3 vs 3 goes to the new node); (1,0)→7 count 9;
    // (6,7)→8 root. The second of each merged pair gets bit 1. Inner node n is syn1 row n − 5.
    const tree = buildHuffman([5, 4, 3, 2, 1]);
    expect(path(tree, 0)).toEqual({ code: '11', points: [3, 2] });
    expect(path(tree, 1)).toEqual({ code: '10', points: [3, 2] });
    expect(path(tree, 2)).toEqual({ code: '01', points: [3, 1] });
    expect(path(tree, 3)).toEqual({ code: '001', points: [3, 1, 0] });
    expect(path(tree, 4)).toEqual({ code: '000', points: [3, 1, 0] });
  });

  it('handles the two-word vocabulary', () => {
    const tree = buildHuffman([7, 3]);
    expect(path(tree, 0)).toEqual({ code: '1', points: [0] });
    expect(path(tree, 1)).toEqual({ code: '0', points: [0] });
  });

  it('gives a prefix-free code with valid inner nodes for realistic counts', () => {
    // </s> first with a small count, as in a corpus with few line ends (the C quirk kept).
    const counts = [3, 900, 500, 500, 120, 80, 80, 40, 9, 7, 5, 5, 5, 5];
    const tree = buildHuffman(counts);
    const codes = counts.map((_, w) => path(tree, w).code);
    expect(new Set(codes).size).toBe(counts.length);
    for (const a of codes) for (const b of codes) if (a !== b) expect(b.startsWith(a)).toBe(false);
    for (let w = 0; w < counts.length; w++) {
      for (const p of path(tree, w).points) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(counts.length - 2);
      }
      expect(path(tree, w).points[0]).toBe(counts.length - 2);
    }
    expect(codes[1].length).toBeLessThan(codes[13].length);
  });
});
