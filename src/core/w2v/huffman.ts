/**
 * The Huffman tree of CreateBinaryTree in word2vec.c, for hierarchical softmax.
 *
 * Word w's path has `lengths[w]` steps starting at `offsets[w]` in the flat arrays: step d goes
 * through inner node `points[offsets[w] + d]` (a row of syn1, 0..V−2; the root is V−2) and takes
 * branch `codes[offsets[w] + d]` (0 or 1), root first. Training predicts `1 − code` at each inner
 * node.
 *
 * The C algorithm merges two queues and assumes counts sorted in descending order; index 0 (`</s>`)
 * sits first whatever its count, exactly as in the C tool, so its tree is reproduced quirks and all.
 */
export interface HuffmanTree {
  lengths: Int32Array;
  offsets: Int32Array;
  codes: Uint8Array;
  points: Int32Array;
}

export function buildHuffman(counts: ArrayLike<number>): HuffmanTree {
  const v = counts.length;
  if (v < 2) throw new Error('a Huffman tree needs at least two words');
  const count = new Float64Array(2 * v);
  const binary = new Uint8Array(2 * v);
  const parent = new Int32Array(2 * v);
  for (let a = 0; a < v; a++) count[a] = counts[a];
  for (let a = v; a < 2 * v; a++) count[a] = 1e15;
  let pos1 = v - 1;
  let pos2 = v;
  for (let a = 0; a < v - 1; a++) {
    let min1: number;
    let min2: number;
    if (pos1 >= 0 && count[pos1] < count[pos2]) min1 = pos1--;
    else min1 = pos2++;
    if (pos1 >= 0 && count[pos1] < count[pos2]) min2 = pos1--;
    else min2 = pos2++;
    count[v + a] = count[min1] + count[min2];
    parent[min1] = v + a;
    parent[min2] = v + a;
    binary[min2] = 1;
  }
  const root = 2 * v - 2;
  const lengths = new Int32Array(v);
  let total = 0;
  for (let a = 0; a < v; a++) {
    let len = 0;
    for (let b = a; b !== root; b = parent[b]) len++;
    lengths[a] = len;
    total += len;
  }
  const offsets = new Int32Array(v);
  const codes = new Uint8Array(total);
  const points = new Int32Array(total);
  let off = 0;
  for (let a = 0; a < v; a++) {
    const len = lengths[a];
    offsets[a] = off;
    // Walking leaf → root yields the path reversed; the C tool stores it root first, and the inner
    // node above step d is the node reached at step d − 1 (the root for d = 0).
    let b = a;
    for (let i = 0; i < len; i++) {
      codes[off + len - 1 - i] = binary[b];
      if (i > 0) points[off + len - i] = b - v;
      b = parent[b];
    }
    points[off] = v - 2;
    off += len;
  }
  return { lengths, offsets, codes, points };
}
