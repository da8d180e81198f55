/**
 * An ONNX ModelProto from a plain description of a graph: nodes, initialisers (weights), inputs
 * and outputs. Field numbers follow onnx/onnx.proto (IR version 8); only what a small encoder
 * needs is covered: float and int64 tensors, int/float/ints attributes, symbolic dimensions.
 */
import { ProtoWriter } from './protobuf';

/** TensorProto.DataType values. */
const FLOAT = 1;
const INT64 = 7;

/** AttributeProto.AttributeType values. */
const ATTR_FLOAT = 1;
const ATTR_INT = 2;
const ATTR_INTS = 7;

export type ElemType = 'float' | 'int64';

export interface Initializer {
  name: string;
  dims: number[];
  /** Row-major values: float32 for 'float', integers for 'int64'. */
  values: Float32Array | number[];
  type: ElemType;
}

/** An attribute value: `{ i }` an int, `{ f }` a float, `{ ints }` a list of ints. */
export type Attribute = { i: number } | { f: number } | { ints: number[] };

export interface GraphNode {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, Attribute>;
}

export interface ValueInfo {
  name: string;
  type: ElemType;
  /** A number is a fixed size; a string names a dimension that varies (batch, sequence). */
  shape: (number | string)[];
}

export interface ModelDescription {
  producer: string;
  opset: number;
  graphName: string;
  nodes: GraphNode[];
  initializers: Initializer[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  docString?: string;
}

const IR_VERSION = 8;

function elemCode(t: ElemType): number {
  return t === 'float' ? FLOAT : INT64;
}

function writeTensor(w: ProtoWriter, t: Initializer): void {
  w.packedVarints(1, t.dims);
  w.varint(2, elemCode(t.type));
  w.string(8, t.name);
  // raw_data: little-endian values, the form exporters write and every runtime reads.
  const bytes = new Uint8Array(t.values.length * (t.type === 'float' ? 4 : 8));
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < t.values.length; i++) {
    if (t.type === 'float') view.setFloat32(i * 4, t.values[i], true);
    else view.setBigInt64(i * 8, BigInt(t.values[i]), true);
  }
  w.bytes(9, bytes);
}

function writeAttribute(w: ProtoWriter, name: string, a: Attribute): void {
  w.string(1, name);
  if ('f' in a) {
    w.float(2, a.f);
    w.varint(20, ATTR_FLOAT);
  } else if ('i' in a) {
    w.varint(3, a.i);
    w.varint(20, ATTR_INT);
  } else {
    for (const v of a.ints) w.varint(8, v);
    w.varint(20, ATTR_INTS);
  }
}

function writeValueInfo(w: ProtoWriter, v: ValueInfo): void {
  w.string(1, v.name);
  w.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.varint(1, elemCode(v.type));
      tensor.message(2, (shape) => {
        for (const d of v.shape) {
          shape.message(1, (dim) => {
            if (typeof d === 'number') dim.varint(1, d);
            else dim.string(2, d);
          });
        }
      });
    }),
  );
}

/** The serialised ModelProto: the bytes of a `.onnx` file. */
export function encodeModel(m: ModelDescription): Uint8Array {
  const w = new ProtoWriter();
  w.varint(1, IR_VERSION);
  w.string(2, m.producer);
  if (m.docString) w.string(6, m.docString);
  w.message(7, (g) => {
    for (const n of m.nodes) {
      g.message(1, (node) => {
        for (const i of n.inputs) node.string(1, i);
        for (const o of n.outputs) node.string(2, o);
        node.string(3, `${n.op}_${n.outputs[0]}`);
        node.string(4, n.op);
        for (const [name, a] of Object.entries(n.attrs ?? {}))
          node.message(5, (w2) => writeAttribute(w2, name, a));
      });
    }
    g.string(2, m.graphName);
    for (const t of m.initializers) g.message(5, (w2) => writeTensor(w2, t));
    for (const v of m.inputs) g.message(11, (w2) => writeValueInfo(w2, v));
    for (const v of m.outputs) g.message(12, (w2) => writeValueInfo(w2, v));
  });
  w.message(8, (op) => {
    op.string(1, '');
    op.varint(2, m.opset);
  });
  return w.finish();
}
