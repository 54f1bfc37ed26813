import { problemMacs, type Problem } from '@gamma-ts/search-space';
import type { Hardware } from './hardware.js';
import { parseHardware } from './hardware-file.js';
import { compulsoryInputElements, compulsoryOutputElements, compulsoryWeightElements } from './compulsory-traffic.js';
import { problemViolation } from './structural-check.js';

/**
 * The least energy, nJ over all `problem.repeat` repetitions, that any mapping `evaluate` calls valid can have on
 * `hw` under the project's energy model (`energyBreakdown`): the same units and scale as `metrics.energy`.
 *
 * Per repetition, with M = `problemMacs`, the compulsory elements cIn, cW, cOut (`compulsory-traffic.ts`) and the
 * whole input tensor C·Y·X:
 *
 * ```
 * bound = M·e_MAC
 *       + (4·M + cIn + cW)·e_L1
 *       + (cIn + C·Y·X + 2·cW + K·(Y−R+1)·(X−S+1) + cOut)·e_L2      (K → C for DSCONV)
 *       + (C·Y·X + cW + cOut)·e_DRAM
 * ```
 *
 * Why each count is a bound, from how `analyzeTop` (`maestro/cluster-engine.ts`) produces it:
 * - MACs: a valid result has no `macs-mismatch`, so MAESTRO's MACs are exactly M (exact term).
 * - L1 input and weight reads: both grow by a case's MACs exactly where the MAC count does, so each is M (exact).
 * - L1 output reads and writes: both grow by the MACs of every case, including the cases MAESTRO skips (critical
 *   sub-cluster without partial sums), which add nothing to the MAC count. Each is M when no case is skipped; a
 *   skipped case adds `psumMappingSize` occurrences, which is ≥ 0 whenever its factors are sizes. This is the one
 *   term not proved from validity alone (an edge factor Y_edge − R + 1 can be negative); the golden cases and
 *   random mappings of the tests never go below M.
 * - L1 input / weight writes: set to the L2 input / weight reads after every counted case, so equal to them; a
 *   valid result reads at least cIn / cW from L2 (`input-`/`weight-below-compulsory`).
 * - L2 input / weight reads ≥ cIn / cW (the same checks); L2 output writes ≥ cOut (`output-below-compulsory`).
 * - L2 input / weight writes: the top level's input / weight extents, C·Y·X and K·C·R·S (= cW), for every mapping.
 * - L2 output reads: the top level's output extent, which ignores the stride (a MAESTRO quirk), for every mapping.
 * - DRAM (`offchipElements`): L2 input writes + L2 weight writes + the output tensor, all mapping-independent.
 * Every energy constant is ≥ 0, so a sum of lower bounds times constants is a lower bound; capacities, bandwidths
 * and PE counts only make fewer mappings valid, so the bound ignores them. Mappings that fetch every tensor once
 * and keep the whole reduction of an output in one PE reach it (see the tests).
 *
 * Malformed input throws: the problem gets `evaluate`'s structural message (a `RangeError`), the hardware the
 * hardware-file validation (a `HardwareError` naming the field and its allowed range, e.g. a negative energy).
 */
export function energyLowerBound(problem: Problem, hw: Hardware): number {
  const checked = parseHardware(hw, `hardware '${String(hw?.name)}'`);
  const violation = problemViolation(problem);
  if (violation !== null) throw new RangeError(`energyLowerBound: problem '${problem.name}': ${violation}`);
  const e = checked.energy;
  const macs = problemMacs(problem);
  const input = compulsoryInputElements(problem);
  const weight = compulsoryWeightElements(problem);
  const output = compulsoryOutputElements(problem);
  const inputTensor = problem.C * problem.Y * problem.X;
  const channelsOut = problem.op === 'DSCONV' ? problem.C : problem.K;
  const unstridedOutput = channelsOut * (problem.Y - problem.R + 1) * (problem.X - problem.S + 1);
  const l1Accesses = 4 * macs + input + weight;
  const l2Accesses = input + inputTensor + 2 * weight + unstridedOutput + output;
  const dramElements = inputTensor + weight + output;
  const perRepetition = macs * e.macNj + l1Accesses * e.l1AccessNj + l2Accesses * e.l2AccessNj + dramElements * e.dramAccessNj;
  return perRepetition * problem.repeat;
}
