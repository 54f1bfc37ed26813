import { extname, resolve } from 'node:path';
import { getModel, importModel, UnknownModelError, type Model } from '@gamma-ts/model-zoo';
import { RunError, UsageError } from './errors.js';

/**
 * A model argument: a built-in model name, or an .onnx / GAMMA .csv file (relative to `cwd`). An unknown name is bad
 * usage (the message lists the models); a file that cannot be imported is a failed run (the importer names the file).
 */
export function modelOption(command: string, field: string, spec: string, cwd: string): Model {
  const extension = extname(spec).toLowerCase();
  if (extension === '.onnx' || extension === '.csv') {
    try {
      return importModel(resolve(cwd, spec)).model;
    } catch (error) {
      throw new RunError(error instanceof Error ? error.message : String(error));
    }
  }
  try {
    return getModel(spec);
  } catch (error) {
    if (error instanceof UnknownModelError) {
      throw new UsageError(`gamma ${command}: ${field}: ${error.message}, or an .onnx / .csv model file (see 'gamma ${command} --help')`);
    }
    throw error;
  }
}
