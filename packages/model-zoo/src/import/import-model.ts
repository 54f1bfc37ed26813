import { extname } from 'node:path';
import { importGammaCsv } from './gamma-csv.js';
import type { ImportedModel } from './imported-model.js';
import { ModelImportError } from './model-import-error.js';
import { importOnnx, type OnnxImportOptions } from './onnx/import-onnx.js';

export type ModelImportOptions = OnnxImportOptions;

/** Imports a model file by its extension: `.onnx` (ONNX) or `.csv` (GAMMA layer CSV), case-insensitive. */
export function importModel(path: string, options: ModelImportOptions = {}): ImportedModel {
  const extension = extname(path).toLowerCase();
  if (extension === '.onnx') return importOnnx(path, options);
  if (extension === '.csv') return importGammaCsv(path);
  throw new ModelImportError(path, `unsupported file extension '${extension || '(none)'}'; expected .onnx (ONNX) or .csv (GAMMA layer CSV)`);
}
