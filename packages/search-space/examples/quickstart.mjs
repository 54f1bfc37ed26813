// Run from the repository root after a build:
//   npx tsc -b packages/search-space && node packages/search-space/examples/quickstart.mjs
import { conv } from '@gamma-ts/model-zoo';
import {
  constraintPreset,
  createRng,
  mapSpaceSize,
  problemFromLayer,
  repair,
  sampleMapping,
  toMaestroText,
  validateMapping,
} from '@gamma-ts/search-space';

const layer = conv({ name: 'conv2_1', outChannels: 128, inChannels: 64, inputHeight: 112, inputWidth: 112, kernelHeight: 3, padding: 1 });
const problem = problemFromLayer(layer); // CONV K128 C64 Y114 X114 R3 S3 (tight padded input)
const options = { numPEs: 256, levels: { min: 2, max: 3 } };

const mapping = sampleMapping(problem, options, createRng(42));
console.log(toMaestroText(problem, mapping));

// Break it: a tile bigger than its parent, a cluster too large for 256 PEs.
const broken = {
  levels: mapping.levels.map((level, i) => (i === 0 ? level : { ...level, clusterSize: 1000, loops: level.loops.map((l) => ({ ...l, tile: l.tile * 4 })) })),
};
console.log(validateMapping(problem, broken, options).map((v) => `${v.code}: ${v.message}`));
console.log('repaired is valid:', validateMapping(problem, repair(problem, broken, options), options).length === 0);

const { size, log10 } = mapSpaceSize(problem, options);
console.log(`map space: ${size} (10^${log10.toFixed(2)})`);
const tpu = { numPEs: 256, constraints: constraintPreset('tpu', 256) };
console.log(`on a TPU-like 16×16 array: 10^${mapSpaceSize(problem, tpu).log10.toFixed(2)}`);
