import { beforeAll, describe, expect, it } from 'vitest';
import { tf, tfl } from '../tf';
import { FusedLSTM, fusedLstm } from './layer';
import { maskedLstmPath } from './ops';
import { DEFAULT_CASE, parityCases, relError, runLstmCase } from './parity';

describe('FusedLSTM on the CPU backend (plain-ops path)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('takes the plain-ops path off WebGPU', () => {
    expect(maskedLstmPath(64)).toBe('plain');
  });

  for (const c of parityCases()) {
    it(`equals tf.layers.lstm: outputs, states and every gradient (${c.name})`, async () => {
      const ref = await runLstmCase('layers', c);
      const got = await runLstmCase('fused', c);
      expect(Object.keys(got)).toEqual(['output', 'h', 'c', 'dx', 'dKernel', 'dRecurrentKernel', 'dBias']);
      for (const k of Object.keys(ref)) {
        expect(relError(got[k], ref[k]), k).toBeLessThan(1e-5);
      }
      if (c.padding !== 'none' && c.allPaddingRows > 0) {
        const perRow = got.output.length / c.batch;
        for (let i = 0; i < c.allPaddingRows * perRow; i++) expect(got.output[i]).toBe(0);
      }
    });
  }

  it('has the same weights, in the same order and shapes, as tf.layers.lstm', () => {
    const fused = fusedLstm({ units: 6 });
    const plain = tfl.layers.lstm({ units: 6 });
    const input = tfl.input({ shape: [4, 3] });
    fused.apply(input);
    plain.apply(input);
    expect(fused.getWeights().map((w) => w.shape)).toEqual(plain.getWeights().map((w) => w.shape));
    expect(fused.countParams()).toBe(plain.countParams());
    fused.dispose();
    plain.dispose();
  });

  it('saves and loads as a normal TensorFlow.js model', async () => {
    const build = () => {
      const input = tfl.input({ shape: [5], dtype: 'int32' });
      const emb = tfl.layers.embedding({ inputDim: 10, outputDim: 3, maskZero: true }).apply(input);
      const lstm = fusedLstm({ units: 4, name: 'fused' }).apply(emb) as tfl.SymbolicTensor;
      const out = tfl.layers.dense({ units: 1, activation: 'sigmoid' }).apply(lstm) as tfl.SymbolicTensor;
      return tfl.model({ inputs: input, outputs: out });
    };
    const model = build();
    let artifacts: tf.io.ModelArtifacts | null = null;
    await model.save(
      tf.io.withSaveHandler(async (a) => {
        artifacts = a;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    expect(JSON.stringify(artifacts!.modelTopology)).toContain('"class_name":"FusedLSTM"');
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
    expect(loaded.getLayer('fused')).toBeInstanceOf(FusedLSTM);
    const x = tf.tensor2d([0, 0, 3, 4, 5, 1, 2, 0, 0, 0], [2, 5], 'int32');
    const a = model.predict(x) as tf.Tensor;
    const b = loaded.predict(x) as tf.Tensor;
    expect(relError((await b.data()) as Float32Array, (await a.data()) as Float32Array)).toBe(0);
    tf.dispose([x, a, b]);
    model.dispose();
    loaded.dispose();
  });

  it('works inside tf.layers.bidirectional (goBackwards through its config)', async () => {
    const input = tfl.input({ shape: [6, 3] });
    const bi = tfl.layers.bidirectional({
      layer: fusedLstm({ units: 4 }) as unknown as tfl.RNN,
      mergeMode: 'concat',
    });
    const model = tfl.model({ inputs: input, outputs: bi.apply(input) as tfl.SymbolicTensor });
    const ref = tfl.layers.bidirectional({ layer: tfl.layers.lstm({ units: 4 }) as unknown as tfl.RNN });
    const refModel = tfl.model({ inputs: input, outputs: ref.apply(input) as tfl.SymbolicTensor });
    refModel.setWeights(model.getWeights());
    const x = tf.randomUniform([2, 6, 3], -1, 1, 'float32', 3);
    const a = model.predict(x) as tf.Tensor;
    const b = refModel.predict(x) as tf.Tensor;
    expect(a.shape).toEqual([2, 8]);
    expect(relError((await a.data()) as Float32Array, (await b.data()) as Float32Array)).toBeLessThan(1e-5);
    tf.dispose([x, a, b]);
    model.dispose();
    refModel.dispose();
  });

  it('leaks no tensors across training steps', async () => {
    const input = tfl.input({ shape: [8], dtype: 'int32' });
    const emb = tfl.layers.embedding({ inputDim: 20, outputDim: 4, maskZero: true }).apply(input);
    const h = fusedLstm({ units: 5 }).apply(emb) as tfl.SymbolicTensor;
    const out = tfl.layers.dense({ units: 1, activation: 'sigmoid' }).apply(h) as tfl.SymbolicTensor;
    const model = tfl.model({ inputs: input, outputs: out });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'binaryCrossentropy' });
    const x = tf.tensor2d([0, 0, 0, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 9, 1], [2, 8], 'int32');
    const y = tf.tensor2d([1, 0], [2, 1]);
    await model.trainOnBatch(x, y);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) await model.trainOnBatch(x, y);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, y]);
    model.dispose();
  });

  it('refuses options it does not implement rather than computing something else', () => {
    expect(() => fusedLstm({ units: 3, dropout: 0.2 })).toThrow(/dropout/);
    expect(() => fusedLstm({ units: 3, activation: 'relu' })).toThrow(/tanh/);
    expect(DEFAULT_CASE.recurrentActivation).toBe('hardSigmoid');
  });
});
