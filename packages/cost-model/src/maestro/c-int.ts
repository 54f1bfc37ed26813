/**
 * C++ integer arithmetic on JS numbers. MAESTRO computes in `int`/`long`; its quirks on broken mappings
 * (negative sizes, zero remainders) depend on C's truncating division, so every division in the engine goes
 * through here. Values stay far below 2^53, so doubles are exact.
 */

/** C integer division `a / b` (truncates toward zero). Division by zero yields NaN (C++ would trap). */
export function cDiv(a: number, b: number): number {
  return b === 0 ? Number.NaN : Math.trunc(a / b);
}

/** C `a % b` with the sign of the dividend. */
export function cMod(a: number, b: number): number {
  return b === 0 ? Number.NaN : a % b;
}
