import type { Mapping, Problem } from '@gamma-ts/search-space';
import type { Hardware } from './hardware.js';
import type { Evaluation, InvalidReason } from './evaluation.js';
import { diagnoseMaestro, type MaestroCrash } from './maestro/index.js';
import { evaluationFromAnalysis, structurallyInvalidEvaluation } from './evaluation-builder.js';
import { structuralViolation } from './structural-check.js';

const CRASH_EXPLANATIONS: Readonly<Record<MaestroCrash, string>> = {
  'no-sub-clusters': 'a level has no sub-clusters (MAESTRO divides by zero)',
  'offchip-divide-by-zero': 'a top-level step has zero compute delay (MAESTRO divides by zero computing off-chip bandwidth)',
  'zero-unique-slide': 'a sliding tile brings no new elements (MAESTRO terminates)',
};

/**
 * Evaluates one mapping of `problem` on `hw`: the structural checks, then MAESTRO's analysis (exact, quirks
 * included), then the verdict with every reason that applies. Where MAESTRO itself would have crashed the result
 * is invalid with a `non-physical-number` reason saying so. Metrics cover all `problem.repeat` repetitions.
 */
export function evaluate(problem: Problem, mapping: Mapping, hw: Hardware): Evaluation {
  const violation = structuralViolation(problem, mapping, hw.numPEs);
  if (violation !== null) return structurallyInvalidEvaluation(problem, hw, violation);
  const { analysis, crash } = diagnoseMaestro(problem, mapping, hw);
  const evaluation = evaluationFromAnalysis(problem, mapping, hw, analysis);
  if (crash === null) return evaluation;
  const reason: InvalidReason = { code: 'non-physical-number', message: `MAESTRO would crash here: ${CRASH_EXPLANATIONS[crash]}` };
  return { ...evaluation, valid: false, reasons: [...evaluation.reasons, reason] };
}
