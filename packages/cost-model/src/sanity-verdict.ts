import { problemMacs, type Problem } from '@gamma-ts/search-space';
import type { Hardware } from './hardware.js';
import type { InvalidReason, MaestroAnalysis } from './evaluation.js';
import { compulsoryInputElements, compulsoryOutputElements, compulsoryWeightElements } from './compulsory-traffic.js';

/** The reasons of a valid result: shared, so a valid verdict allocates nothing. */
export const NO_REASONS: readonly InvalidReason[] = Object.freeze([]);

function isPhysical(x: number): boolean {
  return x >= 0 && x < Infinity;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`;
}

function nonPhysicalFields(a: MaestroAnalysis): string[] {
  const bad: string[] = [];
  const check = (name: string, x: number): void => {
    if (!isPhysical(x)) bad.push(`${name} = ${x}`);
  };
  check('runtime', a.runtime);
  check('macs', a.macs);
  check('l1Size', a.l1Size);
  check('l2Size', a.l2Size);
  for (const [name, x] of Object.entries(a.counts)) check(`counts.${name}`, x);
  for (const tensor of ['input', 'weight', 'output'] as const) {
    check(`perTensor.${tensor}.l1Size`, a.perTensor[tensor].l1Size);
    check(`perTensor.${tensor}.l2Size`, a.perTensor[tensor].l2Size);
  }
  check('peakNocBandwidth', a.peakNocBandwidth);
  check('offchipBandwidthReq', a.offchipBandwidthReq);
  check('maestroEnergyNj', a.maestroEnergyNj);
  return bad;
}

function allPhysical(a: MaestroAnalysis): boolean {
  const c = a.counts;
  const t = a.perTensor;
  return (
    isPhysical(a.runtime) &&
    isPhysical(a.macs) &&
    isPhysical(a.l1Size) &&
    isPhysical(a.l2Size) &&
    isPhysical(c.l1InputRead) &&
    isPhysical(c.l1InputWrite) &&
    isPhysical(c.l1WeightRead) &&
    isPhysical(c.l1WeightWrite) &&
    isPhysical(c.l1OutputRead) &&
    isPhysical(c.l1OutputWrite) &&
    isPhysical(c.l2InputRead) &&
    isPhysical(c.l2InputWrite) &&
    isPhysical(c.l2WeightRead) &&
    isPhysical(c.l2WeightWrite) &&
    isPhysical(c.l2OutputRead) &&
    isPhysical(c.l2OutputWrite) &&
    isPhysical(t.input.l1Size) &&
    isPhysical(t.input.l2Size) &&
    isPhysical(t.weight.l1Size) &&
    isPhysical(t.weight.l2Size) &&
    isPhysical(t.output.l1Size) &&
    isPhysical(t.output.l2Size) &&
    isPhysical(a.peakNocBandwidth) &&
    isPhysical(a.offchipBandwidthReq) &&
    isPhysical(a.maestroEnergyNj)
  );
}

function overCapacity(level: 'L1' | 'L2', need: number, capacity: number): InvalidReason {
  const where = level === 'L1' ? ' per PE' : '';
  return {
    code: level === 'L1' ? 'l1-over-capacity' : 'l2-over-capacity',
    message: `${level} needs ${need} elements${where}, capacity ${capacity} (+${need - capacity}, +${percent(need - capacity, capacity)})`,
  };
}

/**
 * Whether MAESTRO's numbers for one repetition of `problem` are physically defensible: every reason that applies,
 * or `NO_REASONS`. `busy` is `busyPEs(problem, mapping, hw.numPEs)`. Nothing is allocated when all checks pass.
 *
 * - `macs-mismatch`: MAESTRO's MAC count differs from the layer's.
 * - `runtime-below-bound`: runtime < ⌈MACs / busy PEs⌉.
 * - `non-physical-number`: a size, count, bandwidth, energy or time is negative, NaN or infinite.
 * - `input-`/`weight-below-compulsory`: L2 reads of the tensor below the elements the layer uses;
 *   `output-below-compulsory`: L2 writes of the output below the output tensor.
 * - `l1-over-capacity` (per PE) / `l2-over-capacity`: the mapping's buffers exceed the hardware's.
 */
export function sanityReasons(
  problem: Problem,
  hw: Pick<Hardware, 'l1CapacityElements' | 'l2CapacityElements'>,
  analysis: MaestroAnalysis,
  busy: number,
): readonly InvalidReason[] {
  const output = compulsoryOutputElements(problem);
  const macs = problemMacs(problem);
  const bound = Math.ceil(macs / busy);
  const counts = analysis.counts;
  const input = compulsoryInputElements(problem);
  const weight = compulsoryWeightElements(problem);
  const physical = allPhysical(analysis);
  if (
    analysis.macs === macs &&
    analysis.runtime >= bound &&
    physical &&
    counts.l2InputRead >= input &&
    counts.l2WeightRead >= weight &&
    counts.l2OutputWrite >= output &&
    analysis.l1Size <= hw.l1CapacityElements &&
    analysis.l2Size <= hw.l2CapacityElements
  ) {
    return NO_REASONS;
  }
  const reasons: InvalidReason[] = [];
  if (analysis.macs !== macs) {
    const diff = analysis.macs - macs;
    reasons.push({
      code: 'macs-mismatch',
      message: `MAESTRO counts ${analysis.macs} MACs, the layer has ${macs} (${diff > 0 ? '+' : ''}${diff})`,
    });
  }
  if (!(analysis.runtime >= bound)) {
    reasons.push({
      code: 'runtime-below-bound',
      message: `runtime ${analysis.runtime} cycles is below ⌈${macs} MACs / ${busy} busy PEs⌉ = ${bound} cycles`,
    });
  }
  if (!physical) {
    reasons.push({ code: 'non-physical-number', message: `non-physical numbers: ${nonPhysicalFields(analysis).join(', ')}` });
  }
  if (!(counts.l2InputRead >= input)) {
    reasons.push({
      code: 'input-below-compulsory',
      message: `L2 input reads ${counts.l2InputRead} are below the ${input} input elements the layer uses (${percent(counts.l2InputRead, input)})`,
    });
  }
  if (!(counts.l2WeightRead >= weight)) {
    reasons.push({
      code: 'weight-below-compulsory',
      message: `L2 weight reads ${counts.l2WeightRead} are below the ${weight} weight elements (${percent(counts.l2WeightRead, weight)})`,
    });
  }
  if (!(counts.l2OutputWrite >= output)) {
    reasons.push({
      code: 'output-below-compulsory',
      message: `L2 output writes ${counts.l2OutputWrite} are below the ${output} output elements (${percent(counts.l2OutputWrite, output)})`,
    });
  }
  if (analysis.l1Size > hw.l1CapacityElements) reasons.push(overCapacity('L1', analysis.l1Size, hw.l1CapacityElements));
  if (analysis.l2Size > hw.l2CapacityElements) reasons.push(overCapacity('L2', analysis.l2Size, hw.l2CapacityElements));
  return reasons;
}
