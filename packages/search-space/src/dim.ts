/** MAESTRO's six convolution dimensions. Y/X tiles are in output coordinates (MAESTRO's Y'/X'). */
export type Dim = 'K' | 'C' | 'Y' | 'X' | 'R' | 'S';

export const DIMS: readonly Dim[] = ['K', 'C', 'Y', 'X', 'R', 'S'];

/**
 * A value's index in `DIMS`, or −1 when it is not a dimension (a bad input's dim). Plain comparisons instead of
 * `isDim` plus a keyed load: validation and the workers' batch encoding pay this on every loop of every child.
 */
export function dimIndexOf(value: unknown): number {
  return value === 'K' ? 0 : value === 'C' ? 1 : value === 'Y' ? 2 : value === 'X' ? 3 : value === 'R' ? 4 : value === 'S' ? 5 : -1;
}

export function isDim(value: unknown): value is Dim {
  return typeof value === 'string' && (DIMS as readonly string[]).includes(value);
}
