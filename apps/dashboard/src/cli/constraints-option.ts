import { extname, resolve } from 'node:path';
import { CONSTRAINT_PRESET_NAMES, constraintPreset, loadConstraintsFile, type FlexibilityConstraints } from '@gamma-ts/search-space';
import { RunError, UsageError } from './errors.js';

/**
 * `--constraints`: a preset accelerator (nvdla, eyeriss, shidiannao, tpu) sized to `numPEs`, or a constraints
 * .json file. A bad name is bad usage; an unreadable or invalid file is a failed run.
 */
export function constraintsOption(command: string, value: string, numPEs: number, cwd: string): FlexibilityConstraints {
  if ((CONSTRAINT_PRESET_NAMES as readonly string[]).includes(value)) return constraintPreset(value, numPEs);
  if (extname(value) !== '.json') {
    throw new UsageError(`gamma ${command}: --constraints must be ${CONSTRAINT_PRESET_NAMES.join(', ')} or a .json constraints file, got '${value}'`);
  }
  try {
    return loadConstraintsFile(resolve(cwd, value));
  } catch (error) {
    throw new RunError(error instanceof Error ? error.message : String(error));
  }
}
