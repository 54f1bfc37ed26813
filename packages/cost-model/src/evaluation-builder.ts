import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { Hardware } from './hardware.js';
import type { Evaluation, MaestroAnalysis, Metrics } from './evaluation.js';
import { acceleratorArea, acceleratorPower } from './area-power-model.js';
import { compulsoryOutputElements } from './compulsory-traffic.js';
import { energyBreakdown } from './energy-model.js';
import { busyLowerBoundCycles, busyPEs, lowerBoundCycles } from './lower-bound.js';
import { sanityReasons } from './sanity-verdict.js';

/**
 * The evaluation of a mapping that failed the structural checks: no analysis, no metrics. Its busy PEs are 0 and
 * its busy bound falls back to the PE bound (the mapping defines no busy PEs).
 */
export function structurallyInvalidEvaluation(problem: Problem, hw: Hardware, message: string): Evaluation {
  const bound = lowerBoundCycles(problem, hw);
  return {
    valid: false,
    reasons: [{ code: 'structural', message }],
    maestro: null,
    metrics: null,
    energy: null,
    lowerBoundCycles: bound,
    busyPEs: 0,
    busyLowerBoundCycles: bound,
  };
}

/**
 * Verdict and metrics for MAESTRO's analysis of one repetition of a structurally sound mapping. Runtime, MACs,
 * energy and L2 traffic are scaled by `problem.repeat`; buffer sizes are not (repetitions reuse the buffers).
 */
export function evaluationFromAnalysis(problem: Problem, mapping: Mapping, hw: Hardware, analysis: MaestroAnalysis): Evaluation {
  const busy = busyPEs(problem, mapping, hw.numPEs);
  const reasons = sanityReasons(problem, hw, analysis, busy);
  const repeat = problem.repeat;
  const energy = energyBreakdown(analysis.counts, analysis.macs, compulsoryOutputElements(problem), hw.energy, repeat);
  const runtime = analysis.runtime * repeat;
  const macs = analysis.macs * repeat;
  const c = analysis.counts;
  const metrics: Metrics = {
    runtime,
    macs,
    energy: energy.totalNj,
    edp: energy.totalNj * runtime,
    power: acceleratorPower(hw),
    area: acceleratorArea(hw),
    throughput: macs / runtime,
    l2Traffic:
      (c.l2InputRead + c.l2InputWrite + c.l2WeightRead + c.l2WeightWrite + c.l2OutputRead + c.l2OutputWrite) * repeat,
    l1Size: analysis.l1Size,
    l2Size: analysis.l2Size,
    peUtilization: macs / (runtime * hw.numPEs),
  };
  return {
    valid: reasons.length === 0,
    reasons,
    maestro: analysis,
    metrics,
    energy,
    lowerBoundCycles: lowerBoundCycles(problem, hw),
    busyPEs: busy,
    busyLowerBoundCycles: busyLowerBoundCycles(problem, busy),
  };
}
