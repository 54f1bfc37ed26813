/**
 * C++ integer arithmetic on JS numbers. MAESTRO computes in `int`/`long`; its quirks on broken mappings
 * (negative sizes, zero remainders) depend on C's truncating division. Divisions whose divisor may be 0 go through
 * here; hot loops truncate inline where the divisor is known to be ≥ 1. Values stay far below 2^53, so doubles
 * are exact.
 */

/** C integer division `a / b` (truncates toward zero). Division by zero yields NaN (C++ would trap). */
export function cDiv(a: number, b: number): number {
  return b === 0 ? Number.NaN : Math.trunc(a / b);
}
