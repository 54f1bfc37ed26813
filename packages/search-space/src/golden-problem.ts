import { InputFormatError, describeValue } from './input-format-error.js';
import type { Problem } from './problem.js';

/** The `layer` object of a golden case / GAMMA model line: MAESTRO's dimensions with Y/X the (padded) input. */
export interface GoldenLayer {
  readonly op: 'CONV' | 'DSCONV';
  readonly name?: string;
  readonly K: number;
  readonly C: number;
  readonly Y: number;
  readonly X: number;
  readonly R: number;
  readonly S: number;
  readonly strideY?: number;
  readonly strideX?: number;
}

const SIZE_FIELDS = ['K', 'C', 'Y', 'X', 'R', 'S'] as const;

/** Reads a golden `layer` object into a `Problem` (repeat 1); throws `InputFormatError` naming the field. */
export function problemFromGolden(layerJson: unknown, source = 'layer'): Problem {
  if (typeof layerJson !== 'object' || layerJson === null || Array.isArray(layerJson)) {
    throw new InputFormatError(source, 'layer', `must be an object, got ${describeValue(layerJson)}`);
  }
  const o = layerJson as Record<string, unknown>;
  if (o.op !== 'CONV' && o.op !== 'DSCONV') {
    throw new InputFormatError(source, 'op', `must be "CONV" or "DSCONV", got ${describeValue(o.op)}`);
  }
  const sizes: Record<string, number> = {};
  for (const field of [...SIZE_FIELDS, 'strideY', 'strideX']) {
    const value = o[field] ?? (field.startsWith('stride') ? 1 : undefined);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new InputFormatError(source, field, `must be a positive integer, got ${describeValue(value)}`);
    }
    sizes[field] = value;
  }
  if (o.name !== undefined && typeof o.name !== 'string') {
    throw new InputFormatError(source, 'name', `must be a string, got ${describeValue(o.name)}`);
  }
  if (sizes.R > sizes.Y) throw new InputFormatError(source, 'R', `${sizes.R} exceeds Y ${sizes.Y}`);
  if (sizes.S > sizes.X) throw new InputFormatError(source, 'S', `${sizes.S} exceeds X ${sizes.X}`);
  return {
    op: o.op,
    name: typeof o.name === 'string' ? o.name : o.op,
    K: sizes.K,
    C: sizes.C,
    Y: sizes.Y,
    X: sizes.X,
    R: sizes.R,
    S: sizes.S,
    strideY: sizes.strideY,
    strideX: sizes.strideX,
    repeat: 1,
  };
}

/** The golden `layer` form of a problem (drops `repeat`, which that form cannot carry). */
export function problemToGolden(p: Problem): GoldenLayer {
  return { op: p.op, K: p.K, C: p.C, Y: p.Y, X: p.X, R: p.R, S: p.S, strideY: p.strideY, strideX: p.strideX, name: p.name };
}
