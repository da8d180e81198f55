/**
 * Sequences in order of length, so that the recurrence programs can skip padding.
 *
 * A workgroup of the recurrence carries SB sequences in lock-step; at a step where all of them are
 * padding it skips the recurrent product (a padded step only carries the state forward). With the
 * batch in its given order a group almost always holds one long sequence, so little is skipped;
 * grouping sequences of similar length (what cuDNN's packed variable-length sequences do) lets each
 * group skip nearly all of its padding. The order changes only which sequences share a workgroup:
 * every sequence's arithmetic, and so every number, is the same in any order.
 *
 * Two small dispatches: the number of real steps of each sequence, then each sequence's rank
 * (longest first, ties by index), which is its slot in the order.
 */
import type { WebGPUProgramLike } from './recurrence';

const THREADS = 64;

/** Input mask [B, T] (nonzero = real step). Output [B] int32: real steps per sequence. */
export function lengthsProgram(batch: number): WebGPUProgramLike {
  return {
    variableNames: ['mask'],
    outputShape: [batch],
    shaderKey: 'fusedLstmLengths',
    dispatchLayout: { x: [0] },
    dispatch: [Math.ceil(batch / THREADS), 1, 1],
    workgroupSize: [THREADS, 1, 1],
    getUserCode: () => `
      fn main(index : i32) {
        let B = uniforms.maskShape.x;
        let T = uniforms.maskShape.y;
        if (index >= B) { return; }
        var n = 0;
        for (var t = 0; t < T; t++) {
          n = n + select(0, 1, f32(mask[index * T + t]) != 0.0);
        }
        result[index] = n;
      }
    `,
  };
}

/**
 * Input lengths [B] int32. Output order [B] int32: order[slot] = sequence, longest first (ties by
 * sequence index, so the order is a permutation and deterministic).
 */
export function orderProgram(batch: number): WebGPUProgramLike {
  return {
    variableNames: ['lengths'],
    outputShape: [batch],
    shaderKey: 'fusedLstmOrder',
    dispatchLayout: { x: [0] },
    dispatch: [Math.ceil(batch / THREADS), 1, 1],
    workgroupSize: [THREADS, 1, 1],
    getUserCode: () => `
      fn main(index : i32) {
        let B = uniforms.lengthsShape;
        if (index >= B) { return; }
        let mine = lengths[index];
        var rank = 0;
        for (var j = 0; j < B; j++) {
          let other = lengths[j];
          rank = rank + select(0, 1, other > mine || (other == mine && j < index));
        }
        result[rank] = index;
      }
    `,
  };
}

/**
 * Inputs lengths [B] int32, mask [B, T]. Output rows [1 + B·T] int32: rows[0] = number of real
 * steps R, rows[1..R] = their flat indices b·T + t in increasing order (the rest is unused). The
 * weight-gradient products sum over these rows only: a padded step's gate gradient is zero, so its
 * row adds exactly nothing.
 */
export function rowsProgram(batch: number, steps: number): WebGPUProgramLike {
  return {
    variableNames: ['lengths', 'mask'],
    outputShape: [1 + batch * steps],
    shaderKey: 'fusedLstmRows',
    dispatchLayout: { x: [0] },
    dispatch: [Math.ceil(batch / THREADS), 1, 1],
    workgroupSize: [THREADS, 1, 1],
    getUserCode: () => `
      fn main(index : i32) {
        let B = uniforms.maskShape.x;
        let T = uniforms.maskShape.y;
        if (index >= B) { return; }
        // This sequence's rows go after those of the sequences before it.
        var at = 1;
        var total = 0;
        for (var j = 0; j < B; j++) {
          let n = lengths[j];
          at = at + select(0, n, j < index);
          total = total + n;
        }
        if (index == 0) { result[0] = total; }
        for (var t = 0; t < T; t++) {
          if (f32(mask[index * T + t]) != 0.0) {
            result[at] = index * T + t;
            at = at + 1;
          }
        }
      }
    `,
  };
}
