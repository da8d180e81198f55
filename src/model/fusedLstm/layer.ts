/**
 * `FusedLSTM`: a drop-in for `tf.layers.lstm` whose call runs the fused masked LSTM (one WebGPU
 * dispatch for the whole recurrence; plain ops elsewhere).
 *
 * It is a tfjs-layers RNN holding a stock LSTMCell, exactly as tf.layers.lstm is, so everything but
 * the arithmetic is tfjs's own: weight shapes, names and order (kernel [F, 4U], recurrent_kernel
 * [U, 4U], bias [4U], gates i, f, c, o), initialisers, regularisers, config, parameter counts,
 * masking of the output, `Bidirectional` (which clones the layer through its config with
 * `goBackwards` flipped). Registered for serialisation, so a model with it saves and loads as a
 * normal TensorFlow.js model once this module is imported.
 */
import { tf, tfl } from '../tf';
import { maskedLstm } from './ops';

/** The parts of tfjs-layers' LSTMCell the fused call reads (its class is not exported). */
interface LstmCellInternals {
  units: number;
  kernel: { read(): tf.Tensor };
  recurrentKernel: { read(): tf.Tensor };
  bias: { read(): tf.Tensor } | null;
  activation: { getClassName(): string };
  recurrentActivation: { getClassName(): string };
  dropout: number;
  recurrentDropout: number;
}

export class FusedLSTM extends tfl.RNN {
  static override className = 'FusedLSTM';

  constructor(args: tfl.LSTMLayerArgs) {
    super({ ...args, cell: tfl.layers.lstmCell(args) });
    const cell = this.cell as unknown as LstmCellInternals;
    const act = cell.activation.getClassName();
    const rec = cell.recurrentActivation.getClassName();
    if (act !== 'tanh') throw new Error(`FusedLSTM supports activation 'tanh' only, got '${act}'`);
    if (rec !== 'hardSigmoid' && rec !== 'sigmoid') {
      throw new Error(`FusedLSTM supports recurrentActivation 'hardSigmoid' or 'sigmoid', got '${rec}'`);
    }
    if (cell.dropout > 0 || cell.recurrentDropout > 0) {
      throw new Error('FusedLSTM has no dropout or recurrentDropout: use tf.layers.lstm, or a Dropout layer');
    }
    if (this.stateful) throw new Error('FusedLSTM is not stateful: use tf.layers.lstm');
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor | tf.Tensor[] {
    // Given initial states (e.g. an encoder–decoder), the stock RNN loop handles them.
    if (kwargs.initialState != null) return super.call(inputs, kwargs);
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as tf.Tensor3D;
      const mask = (Array.isArray(kwargs.mask) ? kwargs.mask[0] : kwargs.mask) as tf.Tensor | undefined;
      const cell = this.cell as unknown as LstmCellInternals;
      const r = maskedLstm(
        x,
        mask ?? null,
        {
          kernel: cell.kernel.read() as tf.Tensor2D,
          recurrentKernel: cell.recurrentKernel.read() as tf.Tensor2D,
          bias: cell.bias ? (cell.bias.read() as tf.Tensor1D) : null,
        },
        {
          goBackwards: this.goBackwards,
          recurrentActivation: cell.recurrentActivation.getClassName() as 'hardSigmoid' | 'sigmoid',
          returnSequences: this.returnSequences,
        },
      );
      const output = this.returnSequences && r.sequence ? r.sequence : r.h;
      return this.returnState ? [output, r.h, r.c] : output;
    });
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>,
    config: tf.serialization.ConfigDict,
  ): T {
    return new cls(config);
  }
}

tf.serialization.registerClass(FusedLSTM);

/** Like `tf.layers.lstm(args)`, fused. */
export function fusedLstm(args: tfl.LSTMLayerArgs): FusedLSTM {
  return new FusedLSTM(args);
}
