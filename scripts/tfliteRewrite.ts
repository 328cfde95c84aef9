import { ByteBuffer } from 'flatbuffers';

/**
 * Edits a TFLite flatbuffer without a generated schema: new objects are written in a region
 * inserted right after the 8-byte header, and the root offset is pointed at a new root table.
 * Flatbuffer offsets are relative and point forward, so every old object keeps working when the
 * whole old body shifts by the same amount, and new objects may point at old ones (which now lie
 * after them). The shift is a multiple of 16, which keeps tensor buffers aligned.
 *
 * Field ids are those of tensorflow/lite/schema/schema.fbs.
 */

export interface PadOutputEdit {
  /** Index (in the subgraph's outputs) of the output to pad. */
  outputPosition: number;
  /** Values appended along the last axis. */
  append: number;
  value: number;
  name: string;
}

export interface TfliteEdit {
  /** A `ModelMetadata` flatbuffer (identifier M001), stored as the TFLITE_METADATA buffer. */
  metadata: Uint8Array;
  /** Appends constant values to one output with a PADV2 op (float32 outputs only). */
  padOutput?: PadOutputEdit;
}

type Target = { kind: 'new' | 'old'; pos: number };

const FLOAT32 = 0;
const INT32 = 2;
const PADV2 = 60;

class Region {
  private readonly view: DataView;
  readonly bytes: Uint8Array;
  private end = 8;
  private readonly patches: Array<{ at: number; target: Target }> = [];
  private readonly queue: Array<() => void> = [];

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
    this.view = new DataView(this.bytes.buffer);
  }

  alloc(size: number, align: number, dataAlign = align, prefix = 0): number {
    // Vectors keep their 4-byte length before the data; `dataAlign` aligns the data itself.
    let pos = alignUp(this.end, align);
    while ((pos + prefix) % dataAlign !== 0) pos += align;
    this.end = pos + size;
    if (this.end > this.bytes.length) throw new Error('tfliteRewrite: region too small');
    return pos;
  }

  u8(pos: number, value: number): void {
    this.view.setUint8(pos, value);
  }
  i32(pos: number, value: number): void {
    this.view.setInt32(pos, value, true);
  }
  u32(pos: number, value: number): void {
    this.view.setUint32(pos, value, true);
  }
  f32(pos: number, value: number): void {
    this.view.setFloat32(pos, value, true);
  }
  offset(at: number, target: Target): void {
    this.patches.push({ at, target });
  }

  /** Points `at` to an object written later, so that it lies after the pointer. */
  refer(at: number, make: () => Target): void {
    this.queue.push(() => this.offset(at, make()));
  }

  /** Writes the deferred objects breadth-first: every object after the one that points at it. */
  flush(): void {
    for (let next = this.queue.shift(); next; next = this.queue.shift()) next();
  }

  /** A table whose fields each take one 4-byte slot (enough for everything edited here). */
  table(fields: Field[]): Target {
    const fieldCount = Math.max(...fields.map(([id]) => id)) + 1;
    const vtableSize = 4 + 2 * fieldCount;
    const tableSize = 4 + 4 * fields.length;
    const vtable = this.alloc(vtableSize, 2);
    const table = this.alloc(tableSize, 4);
    this.view.setUint16(vtable, vtableSize, true);
    this.view.setUint16(vtable + 2, tableSize, true);
    fields.forEach(([id, write], index) => {
      this.view.setUint16(vtable + 4 + 2 * id, 4 + 4 * index, true);
      write(table + 4 + 4 * index);
    });
    this.i32(table, table - vtable);
    return { kind: 'new', pos: table };
  }

  offsetVector(items: Array<Target | (() => Target)>): Target {
    const pos = this.alloc(4 + 4 * items.length, 4);
    this.u32(pos, items.length);
    items.forEach((item, index) => {
      if (typeof item === 'function') this.refer(pos + 4 + 4 * index, item);
      else this.offset(pos + 4 + 4 * index, item);
    });
    return { kind: 'new', pos };
  }

  intVector(values: number[]): Target {
    const pos = this.alloc(4 + 4 * values.length, 4);
    this.u32(pos, values.length);
    values.forEach((value, index) => this.i32(pos + 4 + 4 * index, value));
    return { kind: 'new', pos };
  }

  byteVector(data: Uint8Array): Target {
    // schema.fbs: Buffer.data is force_align 16.
    const pos = this.alloc(4 + data.length, 4, 16, 4);
    this.u32(pos, data.length);
    this.bytes.set(data, pos + 4);
    return { kind: 'new', pos };
  }

  string(text: string): Target {
    const encoded = new TextEncoder().encode(text);
    const pos = this.alloc(4 + encoded.length + 1, 4);
    this.u32(pos, encoded.length);
    this.bytes.set(encoded, pos + 4);
    return { kind: 'new', pos };
  }

  finish(old: Uint8Array, root: Target): Uint8Array {
    const prefixEnd = alignUp(this.end - 8, 16) + 8;
    const shift = prefixEnd - 8;
    const out = new Uint8Array(prefixEnd + old.length - 8);
    out.set(this.bytes.subarray(0, prefixEnd));
    out.set(old.subarray(4, 8), 4);
    out.set(old.subarray(8), prefixEnd);
    const view = new DataView(out.buffer);
    const absolute = (target: Target) => (target.kind === 'new' ? target.pos : target.pos + shift);
    for (const { at, target } of this.patches) {
      const to = absolute(target);
      if (to <= at) throw new Error('tfliteRewrite: an offset would point backwards');
      view.setUint32(at, to - at, true);
    }
    view.setUint32(0, absolute(root), true);
    return out;
  }
}

class Reader {
  readonly bb: ByteBuffer;
  constructor(bytes: Uint8Array) {
    this.bb = new ByteBuffer(bytes);
  }
  field(table: number, id: number): number {
    const relative = this.bb.__offset(table, 4 + 2 * id);
    return relative ? table + relative : 0;
  }
  target(table: number, id: number): Target | undefined {
    const at = this.field(table, id);
    return at ? { kind: 'old', pos: this.bb.__indirect(at) } : undefined;
  }
  tables(table: number, id: number): number[] {
    const at = this.field(table, id);
    if (!at) return [];
    const start = this.bb.__vector(at);
    return Array.from({ length: this.bb.__vector_len(at) }, (_, i) =>
      this.bb.__indirect(start + 4 * i),
    );
  }
  ints(table: number, id: number): number[] {
    const at = this.field(table, id);
    if (!at) return [];
    const start = this.bb.__vector(at);
    return Array.from({ length: this.bb.__vector_len(at) }, (_, i) =>
      this.bb.readInt32(start + 4 * i),
    );
  }
  uint(table: number, id: number, fallback: number): number {
    const at = this.field(table, id);
    return at ? this.bb.readUint32(at) : fallback;
  }
}

function alignUp(value: number, align: number): number {
  return Math.ceil(value / align) * align;
}

const old = (pos: number): Target => ({ kind: 'old', pos });

export function rewriteTflite(model: Uint8Array, edit: TfliteEdit): Uint8Array {
  const reader = new Reader(model);
  if (reader.bb.getBufferIdentifier() !== 'TFL3') throw new Error('not a TFLite model');
  const root = reader.bb.readUint32(0);
  const region = new Region(64 * 1024 + edit.metadata.length);

  const oldBuffers = reader.tables(root, 4).map(old);
  const oldOpcodes = reader.tables(root, 1).map(old);
  const newBuffers: Uint8Array[] = [];
  const addBuffer = (data: Uint8Array) => oldBuffers.length + newBuffers.push(data) - 1;
  const metadataBuffer = addBuffer(edit.metadata);
  const pad = edit.padOutput
    ? padOutput(reader, root, region, edit.padOutput, addBuffer, oldOpcodes.length)
    : undefined;

  const metadataBufferField = reader.target(root, 5);
  const rootTable = region.table([
    ...(metadataBufferField
      ? [field(5, (slot) => region.refer(slot, () => metadataBufferField))]
      : []),
    [0, (slot) => region.u32(slot, reader.uint(root, 0, 3))],
    [
      1,
      (slot) =>
        region.refer(slot, () =>
          pad ? region.offsetVector([...oldOpcodes, pad.opcode]) : required(reader.target(root, 1)),
        ),
    ],
    [
      2,
      (slot) =>
        region.refer(slot, () =>
          pad ? region.offsetVector([pad.subgraph]) : required(reader.target(root, 2)),
        ),
    ],
    [3, (slot) => region.refer(slot, () => reader.target(root, 3) ?? region.string(''))],
    [
      4,
      (slot) =>
        region.refer(slot, () =>
          region.offsetVector([
            ...oldBuffers,
            ...newBuffers.map((data) => bufferTable(region, data)),
          ]),
        ),
    ],
    [
      6,
      (slot) =>
        region.refer(slot, () =>
          region.offsetVector([
            ...reader.tables(root, 6).map(old),
            () => metadataEntry(region, metadataBuffer),
          ]),
        ),
    ],
  ]);
  region.flush();
  return region.finish(model, rootTable);
}

type Field = [id: number, write: (slot: number) => void];

function field(id: number, write: (slot: number) => void): Field {
  return [id, write];
}

function required(target: Target | undefined): Target {
  if (!target) throw new Error('tfliteRewrite: the model lacks a required field');
  return target;
}

function bufferTable(region: Region, data: Uint8Array): () => Target {
  return () => region.table([[0, (slot) => region.refer(slot, () => region.byteVector(data))]]);
}

function metadataEntry(region: Region, buffer: number): Target {
  return region.table([
    [0, (slot) => region.refer(slot, () => region.string('TFLITE_METADATA'))],
    [1, (slot) => region.u32(slot, buffer)],
  ]);
}

function tensorTable(
  region: Region,
  dims: number[],
  type: number,
  buffer: number,
  name: string,
): () => Target {
  return () =>
    region.table([
      [0, (slot) => region.refer(slot, () => region.intVector(dims))],
      [1, (slot) => region.u8(slot, type)],
      [2, (slot) => region.u32(slot, buffer)],
      [3, (slot) => region.refer(slot, () => region.string(name))],
    ]);
}

/** A new subgraph (old tensors and ops plus one PADV2) and the PADV2 opcode table, both deferred. */
function padOutput(
  reader: Reader,
  root: number,
  region: Region,
  pad: PadOutputEdit,
  addBuffer: (data: Uint8Array) => number,
  opcodeIndex: number,
): { subgraph: () => Target; opcode: () => Target } {
  const [subgraphPos, ...rest] = reader.tables(root, 2);
  if (subgraphPos === undefined || rest.length > 0) throw new Error('expected one subgraph');
  const tensors = reader.tables(subgraphPos, 0);
  const outputs = reader.ints(subgraphPos, 2);
  const source = outputs[pad.outputPosition];
  const sourceTensor = source === undefined ? undefined : tensors[source];
  if (source === undefined || sourceTensor === undefined) throw new Error('no such output');
  const shape = reader.ints(sourceTensor, 0);
  const lastAxis = shape.length - 1;
  const padded = shape.map((size, axis) => (axis === lastAxis ? size + pad.append : size));

  const paddings = new Int32Array(shape.length * 2);
  paddings[lastAxis * 2 + 1] = pad.append;
  const paddingsBuffer = addBuffer(new Uint8Array(paddings.buffer));
  const valueBuffer = addBuffer(new Uint8Array(new Float32Array([pad.value]).buffer));
  const outputIndex = tensors.length;
  const paddingsIndex = tensors.length + 1;
  const valueIndex = tensors.length + 2;
  const newOutputs = outputs.map((index, position) =>
    position === pad.outputPosition ? outputIndex : index,
  );

  const operator = () =>
    region.table([
      [0, (slot) => region.u32(slot, opcodeIndex)],
      [
        1,
        (slot) => region.refer(slot, () => region.intVector([source, paddingsIndex, valueIndex])),
      ],
      [2, (slot) => region.refer(slot, () => region.intVector([outputIndex]))],
    ]);
  const subgraph = () =>
    region.table([
      [
        0,
        (slot) =>
          region.refer(slot, () =>
            region.offsetVector([
              ...tensors.map(old),
              tensorTable(region, padded, FLOAT32, 0, pad.name),
              tensorTable(region, [shape.length, 2], INT32, paddingsBuffer, `${pad.name}/paddings`),
              tensorTable(region, [], FLOAT32, valueBuffer, `${pad.name}/constant`),
            ]),
          ),
      ],
      [1, (slot) => region.refer(slot, () => required(reader.target(subgraphPos, 1)))],
      [2, (slot) => region.refer(slot, () => region.intVector(newOutputs))],
      [
        3,
        (slot) =>
          region.refer(slot, () =>
            region.offsetVector([...reader.tables(subgraphPos, 3).map(old), operator]),
          ),
      ],
      [4, (slot) => region.refer(slot, () => reader.target(subgraphPos, 4) ?? region.string(''))],
    ]);
  const opcode = () =>
    region.table([
      [0, (slot) => region.u8(slot, PADV2)],
      [2, (slot) => region.i32(slot, 1)],
      [3, (slot) => region.i32(slot, PADV2)],
    ]);
  return { subgraph, opcode };
}
