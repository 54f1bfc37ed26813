import { extname, resolve } from 'node:path';
import { hardwarePreset, isHardwarePresetName, loadHardwareFile, type Hardware } from '@gamma-ts/cost-model';
import { UsageError } from './errors.js';

/**
 * `--hw`: a preset (edge, cloud) or a .json hardware file, relative to `cwd`. Anything else is bad usage; an unreadable
 * or invalid file is a failed run (the file's error names the file, field and allowed range).
 */
export function hardwareOption(command: string, value: string, cwd: string): Hardware {
  if (isHardwarePresetName(value)) return hardwarePreset(value);
  if (extname(value) !== '.json') throw new UsageError(`gamma ${command}: --hw must be edge, cloud or a .json hardware file, got '${value}'`);
  return loadHardwareFile(resolve(cwd, value));
}
