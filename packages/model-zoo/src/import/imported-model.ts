import type { Model } from '../model.js';

/** Operators of one type that an import left out, and how many nodes of that type there were. */
export interface SkippedOp {
  readonly op: string;
  readonly count: number;
}

export type ModelFileFormat = 'onnx' | 'gamma-csv';

/** The result of importing a model file: the layers, plus what the importer left out or assumed. */
export interface ImportedModel {
  readonly model: Model;
  readonly format: ModelFileFormat;
  /** Operators neither imported as layers nor understood (no shape rule), or compute operators left out. */
  readonly skipped: readonly SkippedOp[];
  /** Operators understood but not compute layers (activations, pooling, reshapes …), by type. */
  readonly nonCompute: readonly SkippedOp[];
  /** Assumptions the importer made and layers it could not size, one sentence each. */
  readonly notes: readonly string[];
}

/** Counts operator types in first-seen order. */
export function countOps(ops: readonly string[]): SkippedOp[] {
  const counts = new Map<string, number>();
  for (const op of ops) counts.set(op, (counts.get(op) ?? 0) + 1);
  return [...counts].map(([op, count]) => ({ op, count }));
}
