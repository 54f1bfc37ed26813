import { VAR_C, VAR_K, VAR_R, VAR_S, VAR_X, VAR_Y } from './loop-variables.js';

export const TENSOR_INPUT = 0;
export const TENSOR_WEIGHT = 1;
export const TENSOR_OUTPUT = 2;

/**
 * Which loop variables index each tensor, in MAESTRO's tensor order (the order decides which spatially mapped
 * variable is "the" spatial one of a tensor when two are).
 */
export interface TensorLayout {
  /** Variables of input, weight and output, tensor order. */
  readonly vars: readonly (readonly number[])[];
  /** Bit v set when variable v indexes the tensor; per tensor. */
  readonly masks: readonly number[];
  /** Sorted union of the input and weight variables ("input vars"): the variables every level must map. */
  readonly inputVars: readonly number[];
}

function maskOf(vars: readonly number[]): number {
  let m = 0;
  for (const v of vars) m |= 1 << v;
  return m;
}

function layout(input: number[], weight: number[], output: number[]): TensorLayout {
  // MAESTRO sorts the variable names alphabetically: C K R S X Y.
  const alphabetical = [VAR_C, VAR_K, VAR_R, VAR_S, VAR_X, VAR_Y];
  const union = maskOf(input) | maskOf(weight);
  return {
    vars: [input, weight, output],
    masks: [maskOf(input), maskOf(weight), maskOf(output)],
    inputVars: alphabetical.filter((v) => (union >> v) & 1),
  };
}

const CONV_LAYOUT = layout([VAR_C, VAR_Y, VAR_X], [VAR_K, VAR_C, VAR_R, VAR_S], [VAR_K, VAR_Y, VAR_X]);
// Depthwise: one channel variable C serves input, weight and output; K does not exist.
const DSCONV_LAYOUT = layout([VAR_C, VAR_Y, VAR_X], [VAR_C, VAR_R, VAR_S], [VAR_C, VAR_Y, VAR_X]);

/** Whether an op is depthwise; by first letter, since ops parsed from JSON compare slowly as strings. */
export function isDepthwise(op: 'CONV' | 'DSCONV'): boolean {
  return op.charCodeAt(0) === 68; // 'D'
}

export function tensorLayoutOf(op: 'CONV' | 'DSCONV'): TensorLayout {
  return isDepthwise(op) ? DSCONV_LAYOUT : CONV_LAYOUT;
}
