/** MAESTRO's six convolution dimensions. Y/X tiles are in output coordinates (MAESTRO's Y'/X'). */
export type Dim = 'K' | 'C' | 'Y' | 'X' | 'R' | 'S';

export const DIMS: readonly Dim[] = ['K', 'C', 'Y', 'X', 'R', 'S'];

export function isDim(value: unknown): value is Dim {
  return typeof value === 'string' && (DIMS as readonly string[]).includes(value);
}
