import { describe, expect, it } from 'vitest';
import { bidirectionalParams, classifierSummary, denseParams, embeddingParams, lstmParams } from './params';

describe('Keras parameter counts', () => {
  it('matches the numbers Keras prints', () => {
    expect(embeddingParams(1000, 100)).toBe(100_000);
    expect(lstmParams(50, 100)).toBe(30_200); // 4 · (50 · 150 + 50)
    expect(lstmParams(64, 100)).toBe(42_240); // 4 · (64 · 164 + 64)
    expect(bidirectionalParams(lstmParams(50, 100))).toBe(60_400);
    expect(denseParams(50, 1)).toBe(51);
    expect(denseParams(64, 3)).toBe(195);
  });

  it('summarises the classifier with a frozen embedding as non-trainable', () => {
    const s = classifierSummary({
      vocabSize: 1000,
      embeddingDim: 100,
      maxlen: 200,
      embeddingTrainable: false,
      lstmUnits: 50,
      bidirectional: false,
      denseUnits: 32,
      dropout: true,
      outputUnits: 1,
    });
    expect(s.layers.map((l) => [l.name, l.outputShape, l.params])).toEqual([
      ['embedding', [null, 200, 100], 100_000],
      ['lstm', [null, 50], 30_200],
      ['dense', [null, 32], 1_632], // 50 · 32 + 32
      ['dropout', [null, 32], 0],
      ['dense_1', [null, 1], 33],
    ]);
    expect(s.nonTrainable).toBe(100_000);
    expect(s.trainable).toBe(31_865);
    expect(s.total).toBe(131_865);
  });

  it('doubles the LSTM width when bidirectional and counts a trainable embedding', () => {
    const s = classifierSummary({
      vocabSize: 1000,
      embeddingDim: 100,
      maxlen: 50,
      embeddingTrainable: true,
      lstmUnits: 50,
      bidirectional: true,
      denseUnits: 0,
      dropout: false,
      outputUnits: 3,
    });
    expect(s.layers.map((l) => [l.type, l.outputShape, l.params])).toEqual([
      ['Embedding', [null, 50, 100], 100_000],
      ['Bidirectional', [null, 100], 60_400],
      ['Dense', [null, 3], 303],
    ]);
    expect([s.trainable, s.nonTrainable, s.total]).toEqual([160_703, 0, 160_703]);
  });
});
