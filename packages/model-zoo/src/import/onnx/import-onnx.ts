import { basename, extname } from 'node:path';
import type { Layer } from '../../layer.js';
import { LayerShapeError } from '../../layer-error.js';
import { countOps, type ImportedModel } from '../imported-model.js';
import { ModelImportError } from '../model-import-error.js';
import { readModelFile } from '../read-model-file.js';
import { decodeOnnxModel } from './onnx-codec.js';
import { onnxLayerName } from './onnx-layer-name.js';
import { computeLayer, InconsistentNode, UnsizedNode } from './onnx-layers.js';
import type { OnnxModel, OnnxValueInfo } from './onnx-model.js';
import { NodeView, tensorValues } from './onnx-node.js';
import { COMPUTE_OPERANDS, propagateNode, ShapeTable, type Shape } from './onnx-shape-rules.js';

export interface OnnxImportOptions {
  /**
   * Values for symbolic dimensions (`dim_param`) of the graph's inputs and value_info, e.g. `{ batch_size: 1 }`.
   * Without one, a symbolic leading (batch) dimension of a graph input is taken as 1 and said so in the notes.
   */
  readonly dimensions?: Readonly<Record<string, number>>;
}

// Compute operators whose output shape is followed but that the Layer type does not describe.
const COMPUTE_NOT_IMPORTED = new Set(['ConvTranspose']);

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  return sample.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127));
}

function decode(file: string, bytes: Uint8Array): OnnxModel {
  // An ONNX file starts with a binary field tag; printable text is some other format (a CSV, JSON, a prototxt).
  if (looksLikeText(bytes)) {
    throw new ModelImportError(file, 'not an ONNX model: the file is text, ONNX models are binary protobuf (a GAMMA CSV needs the .csv extension)');
  }
  let model: OnnxModel;
  try {
    model = decodeOnnxModel(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ModelImportError(file, `not a valid ONNX model: truncated or corrupt protobuf data (${detail})`);
  }
  if (!model.irVersion || model.irVersion < 1 || !model.graph) {
    throw new ModelImportError(file, `not an ONNX model: ${!model.graph ? 'no graph' : 'no ir_version'} in the protobuf data`);
  }
  const nodes = model.graph.node ?? [];
  if (nodes.length === 0) throw new ModelImportError(file, 'the ONNX graph has no nodes');
  const unnamed = nodes.findIndex((n) => !n.opType);
  if (unnamed >= 0) throw new ModelImportError(file, `not a valid ONNX model: node ${unnamed} has no op_type`);
  return model;
}

/** The static shape a value_info declares, with symbolic dimensions resolved through `params`. */
function declaredShape(info: OnnxValueInfo, params: ReadonlyMap<string, number>): Shape | undefined {
  const dims = info.type?.tensorType?.shape?.dim;
  if (!dims) return undefined;
  const shape: number[] = [];
  for (const d of dims) {
    const value = d.dimValue ?? (d.dimParam !== undefined ? params.get(d.dimParam) : undefined);
    if (value === undefined || value < 1) return undefined;
    shape.push(value);
  }
  return shape;
}

function shapesEqual(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Imports the Conv, Gemm and MatMul layers of decoded ONNX bytes; `file` names the source in errors. */
export function parseOnnx(bytes: Uint8Array, file: string, options: OnnxImportOptions = {}): ImportedModel {
  const onnx = decode(file, bytes);
  const graph = onnx.graph ?? {};
  const notes: string[] = [];
  const params = new Map<string, number>(Object.entries(options.dimensions ?? {}));
  for (const [param, value] of params) {
    if (!Number.isInteger(value) || value < 1) {
      throw new ModelImportError(file, `dimension '${param}' must be a positive integer, got ${String(value)}`);
    }
  }
  const table = new ShapeTable();
  const initializers = new Set<string>();
  for (const t of graph.initializer ?? []) {
    if (!t.name) continue;
    initializers.add(t.name);
    table.shapes.set(t.name, [...(t.dims ?? [])]);
    const values = tensorValues(t);
    if (values) table.values.set(t.name, values);
  }
  for (const input of graph.input ?? []) {
    if (!input.name || initializers.has(input.name)) continue;
    const dims = input.type?.tensorType?.shape?.dim ?? [];
    // An unresolved symbolic batch dimension is the one assumption made without being asked; it is reported.
    const lead = dims[0];
    if (lead?.dimParam !== undefined && lead.dimValue === undefined && !params.has(lead.dimParam)) {
      params.set(lead.dimParam, 1);
      notes.push(`input '${input.name}': symbolic batch dimension '${lead.dimParam}' taken as 1`);
    }
    const shape = declaredShape(input, params);
    if (shape) table.shapes.set(input.name, shape);
    else {
      const symbolic = dims.filter((d) => d.dimValue === undefined).map((d) => d.dimParam ?? '?');
      notes.push(`input '${input.name}': shape unknown (symbolic dimensions ${symbolic.join(', ')}); give them values to size the layers after it`);
    }
  }
  const referenced = new Set(
    [...(graph.input ?? []), ...(graph.valueInfo ?? []), ...(graph.output ?? [])].flatMap((info) =>
      (info.type?.tensorType?.shape?.dim ?? []).flatMap((d) => (d.dimParam !== undefined ? [d.dimParam] : [])),
    ),
  );
  for (const param of Object.keys(options.dimensions ?? {})) {
    if (!referenced.has(param)) notes.push(`dimension '${param}' was given but no input or value_info uses it`);
  }
  const declared = new Map<string, Shape>();
  for (const info of [...(graph.valueInfo ?? []), ...(graph.output ?? [])]) {
    const shape = info.name ? declaredShape(info, params) : undefined;
    if (info.name && shape) declared.set(info.name, shape);
  }

  const layers: Layer[] = [];
  const usedNames = new Map<string, number>();
  const skipped: string[] = [];
  const nonCompute: string[] = [];
  let computeNodes = 0;
  (graph.node ?? []).forEach((raw, index) => {
    const node = new NodeView(raw, index);
    const domain = raw.domain ?? '';
    const op = domain && domain !== 'ai.onnx' ? `${domain}.${node.op}` : node.op;
    const understood = propagateNode(node, table, domain);
    // Exporter-declared shapes win over propagated ones; a disagreement is worth knowing about.
    for (const output of node.outputs) {
      const given = declared.get(output);
      if (!given) continue;
      const propagated = table.shapes.get(output);
      if (propagated && !shapesEqual(propagated, given)) {
        notes.push(`tensor '${output}': declared shape [${given.join(', ')}] differs from the propagated [${propagated.join(', ')}]; using the declared one`);
      }
      table.shapes.set(output, given);
    }
    if (!understood) return skipped.push(op);
    if (COMPUTE_NOT_IMPORTED.has(op)) return skipped.push(op);
    if (!Object.hasOwn(COMPUTE_OPERANDS, op)) return nonCompute.push(op);
    computeNodes++;
    const base = raw.name ? onnxLayerName(raw.name, node.op) : (node.outputs[0] ?? `${op}_${index}`);
    const seen = usedNames.get(base) ?? 0;
    usedNames.set(base, seen + 1);
    const name = seen === 0 ? base : `${base}#${seen + 1}`;
    try {
      const layer = computeLayer(name, node, table, notes);
      if (layer) layers.push(layer);
      else {
        skipped.push(`${op} (not 1-D/2-D)`);
        notes.push(`${name}: ${op} of rank ${table.shape(node.input(0))?.length ?? '?'} input left out; only 1-D and 2-D convolutions are layers`);
      }
    } catch (error) {
      if (error instanceof UnsizedNode) {
        skipped.push(`${op} (unsized)`);
        notes.push(`${name}: ${op} left out because ${error.message}`);
      } else if (error instanceof InconsistentNode || error instanceof LayerShapeError) {
        throw new ModelImportError(file, `node '${raw.name || index}' (${op}): ${error.message}`);
      } else throw error;
    }
  });

  if (layers.length === 0) {
    const left = countOps(skipped).map((s) => `${s.op}×${s.count}`).join(', ');
    const why =
      computeNodes === 0
        ? `it has no Conv, Gemm or MatMul node${left ? ` (unsupported: ${left})` : ''}`
        : `none of its ${computeNodes} Conv/Gemm/MatMul nodes could be sized (${notes.at(-1) ?? ''})`;
    throw new ModelImportError(file, `no layers to import: ${why}`);
  }
  const opset = onnx.opsetImport?.find((o) => !o.domain || o.domain === 'ai.onnx')?.version;
  const producer = [onnx.producerName, onnx.producerVersion].filter(Boolean).join(' ');
  return {
    model: {
      name: basename(file, extname(file)),
      description: `ONNX ${basename(file)}${producer ? ` from ${producer}` : ''}${opset ? `, opset ${opset}` : ''}`,
      layers,
    },
    format: 'onnx',
    skipped: countOps(skipped),
    nonCompute: countOps(nonCompute),
    notes,
  };
}

/** Imports an ONNX file's Conv, Gemm and MatMul layers. Throws `ModelImportError` naming the file. */
export function importOnnx(path: string, options: OnnxImportOptions = {}): ImportedModel {
  return parseOnnx(readModelFile(path), path, options);
}
