import { basename, extname } from 'node:path';
import { conv, gemm, type Layer } from '../layer.js';
import { LayerShapeError } from '../layer-error.js';
import type { ImportedModel } from './imported-model.js';
import { ModelImportError } from './model-import-error.js';
import { readModelFile } from './read-model-file.js';

/*
 * GAMMA's layer files (data/model/*.csv in its repository): one header line, then one row of seven integers per
 * layer. The header labels vary with the row kind ("K,C,Y,X,R,S,T", "M,N,K,0,0,0,T"), so only its shape is
 * checked: seven columns, the last one T. Older GAMMA files (data/modelfile) have no header; a first line of
 * numbers is read as data.
 *
 * Row kinds, by T:
 *   1  CONV            K,C,Y,X,R,S   Y/X are the input height/width as MAESTRO reads them: GAMMA stores no stride
 *                                   and no padding, and MAESTRO computes Y' = Y − R + 1. Imported as stride 1,
 *                                   padding 0, so the MACs are the ones GAMMA's cost model sees.
 *   2  depthwise CONV  K,C,Y,X,R,S   C channels, one filter each; K is 1 in GAMMA's files (or C).
 *   3  GEMM            M,N,K,1,1,1   GAMMA passes it to MAESTRO as CONV K=N, C=K, Y=M.
 *   0  FC              O,I,1,1,1,1   O outputs, I inputs, batch 1.
 * Layers are named L1, L2, … after the row's position, as GAMMA's --singlelayer numbers them.
 */

const FIELD_COUNT = 7;

const FIELD_NAMES: Record<number, readonly string[]> = {
  0: ['O', 'I', '1', '1', '1', '1', 'T'],
  1: ['K', 'C', 'Y', 'X', 'R', 'S', 'T'],
  2: ['K', 'C', 'Y', 'X', 'R', 'S', 'T'],
  3: ['M', 'N', 'K', '1', '1', '1', 'T'],
};

const ROW_KINDS = 'T must be 1 (CONV), 2 (depthwise CONV), 3 (GEMM) or 0 (FC)';

interface Field {
  readonly text: string;
  /** 1-based character column where the field starts. */
  readonly column: number;
}

function splitFields(line: string): Field[] {
  const fields: Field[] = [];
  let start = 0;
  for (const part of line.split(',')) {
    const lead = part.length - part.trimStart().length;
    fields.push({ text: part.trim(), column: start + lead + 1 });
    start += part.length + 1;
  }
  return fields;
}

function decodeText(file: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ModelImportError(file, `not a text file (binary data at byte ${nul}); expected a GAMMA CSV with header K,C,Y,X,R,S,T`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ModelImportError(file, 'not a text file (invalid UTF-8); expected a GAMMA CSV with header K,C,Y,X,R,S,T');
  }
}

function rowLayer(file: string, lineNo: number, fields: readonly Field[], index: number): Layer {
  const at = (i: number) => ({ line: lineNo, column: fields[i].column });
  const values = fields.map((field, i) => {
    if (!/^\d+$/.test(field.text)) {
      const label = i === FIELD_COUNT - 1 ? 'T' : `field ${i + 1}`;
      throw new ModelImportError(file, `${label}: '${field.text}' is not a non-negative integer`, at(i));
    }
    return Number(field.text);
  });
  const kind = values[FIELD_COUNT - 1];
  const names = FIELD_NAMES[kind];
  if (!names) throw new ModelImportError(file, `${ROW_KINDS}, got ${kind}`, at(FIELD_COUNT - 1));
  for (let i = 0; i < FIELD_COUNT - 1; i++) {
    if (values[i] < 1) throw new ModelImportError(file, `${names[i]} must be a positive integer, got ${values[i]}`, at(i));
    if (names[i] === '1' && values[i] !== 1) {
      const kindName = kind === 3 ? 'a GEMM row (T=3) holds M,N,K' : 'an FC row (T=0) holds O,I';
      throw new ModelImportError(file, `field ${i + 1} must be 1: ${kindName} and 1 in the remaining columns, got ${values[i]}`, at(i));
    }
  }
  const [a, b, c, d, r, s] = values;
  const name = `L${index}`;
  try {
    switch (kind) {
      case 1:
        return conv({ name, outChannels: a, inChannels: b, inputHeight: c, inputWidth: d, kernelHeight: r, kernelWidth: s });
      case 2:
        if (a !== 1 && a !== b) {
          throw new ModelImportError(file, `K of a depthwise row (T=2) must be 1 or equal C (${b}), got ${a}`, at(0));
        }
        return conv({ name, outChannels: b, inChannels: b, groups: b, inputHeight: c, inputWidth: d, kernelHeight: r, kernelWidth: s });
      case 3:
        return gemm({ name, M: a, N: b, K: c });
      default:
        return gemm({ name, M: 1, N: a, K: b });
    }
  } catch (error) {
    if (error instanceof LayerShapeError) {
      // A kernel that does not fit points at its R or S column; anything else at the row start.
      const column = error.field === 'kernelHeight' ? 4 : error.field === 'kernelWidth' ? 5 : 0;
      throw new ModelImportError(file, `${names[column]}: ${error.reason}`, at(column));
    }
    throw error;
  }
}

/** Parses the text of a GAMMA layer CSV; `file` names it in errors and gives the model its name. */
export function parseGammaCsv(text: string, file: string): ImportedModel {
  const layers: Layer[] = [];
  let headerSeen = false;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '') return;
    const fields = splitFields(line);
    const isNumeric = fields.every((f) => /^\d+$/.test(f.text));
    if (!headerSeen && layers.length === 0 && !isNumeric) {
      headerSeen = true;
      const last = fields[fields.length - 1].text;
      if (fields.length !== FIELD_COUNT || last.toUpperCase() !== 'T') {
        throw new ModelImportError(
          file,
          `header must have 7 columns ending in T (K,C,Y,X,R,S,T or M,N,K,0,0,0,T), got '${line.trim()}'`,
          { line: lineNo, column: 1 },
        );
      }
      return;
    }
    if (fields.length < FIELD_COUNT) {
      const end = line.trimEnd().length + 1;
      throw new ModelImportError(file, `row has ${fields.length} of 7 fields (K,C,Y,X,R,S,T); the line is incomplete`, { line: lineNo, column: end });
    }
    if (fields.length > FIELD_COUNT) {
      throw new ModelImportError(file, `row has ${fields.length} fields, expected 7 (K,C,Y,X,R,S,T)`, { line: lineNo, column: fields[FIELD_COUNT].column });
    }
    layers.push(rowLayer(file, lineNo, fields, layers.length + 1));
  });
  if (layers.length === 0) {
    throw new ModelImportError(file, headerSeen ? 'no layer rows after the header' : 'file is empty');
  }
  const name = basename(file, extname(file));
  return {
    model: { name, description: `GAMMA CSV ${basename(file)}`, layers },
    format: 'gamma-csv',
    skipped: [],
    nonCompute: [],
    notes: [],
  };
}

/** Imports a GAMMA layer CSV file (see the format notes above). Throws `ModelImportError` naming the file. */
export function importGammaCsv(path: string): ImportedModel {
  return parseGammaCsv(decodeText(path, readModelFile(path)), path);
}
