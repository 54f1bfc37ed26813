import { toMaestroLayer, toMaestroText } from '@gamma-ts/search-space';
import type { Hardware } from '@gamma-ts/cost-model';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import type { ExportedFile } from './exported-file.js';
import { layerFileName } from './layer-file-name.js';

const MAX_INT32 = 2 ** 31 - 1;

/** MAESTRO reads its hardware flags as C++ `int`s. */
function intFlag(value: number, field: string, flag: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_INT32) {
    throw new Error(`hardware.${field} is ${value}; MAESTRO's --${flag} takes a whole number from 0 to ${MAX_INT32}`);
  }
  return value;
}

/**
 * MAESTRO's command-line flags for `hw`, the way GAMMA runs MAESTRO (capacities in elements, bandwidths in
 * elements/cycle, one SIMD lane per PE, multicast NoC).
 */
export function maestroFlags(hw: Hardware): string[] {
  return [
    '--full_buffer=false',
    `--noc_bw_cstr=${intFlag(hw.nocBandwidth, 'nocBandwidth', 'noc_bw_cstr')}`,
    `--noc_hops=${intFlag(hw.nocHops, 'nocHops', 'noc_hops')}`,
    `--noc_hop_latency=${intFlag(hw.nocHopLatency, 'nocHopLatency', 'noc_hop_latency')}`,
    `--offchip_bw_cstr=${intFlag(hw.offchipBandwidth, 'offchipBandwidth', 'offchip_bw_cstr')}`,
    '--noc_mc_support=true',
    `--num_pes=${intFlag(hw.numPEs, 'numPEs', 'num_pes')}`,
    '--num_simd_lanes=1',
    `--l1_size_cstr=${intFlag(hw.l1CapacityElements, 'l1CapacityElements', 'l1_size_cstr')}`,
    `--l2_size_cstr=${intFlag(hw.l2CapacityElements, 'l2CapacityElements', 'l2_size_cstr')}`,
    '--print_res=true',
    '--print_res_csv_file=true',
    '--print_log_file=false',
  ];
}

/** The full MAESTRO command line for a mapping file on `hw`. */
export function maestroCommand(mappingFile: string, hw: Hardware, executable = 'maestro'): string {
  return [executable, `--Mapping_file=${mappingFile}`, ...maestroFlags(hw)].join(' ');
}

/**
 * One MAESTRO network file with every layer that has a valid mapping, each layer block exactly as GAMMA writes
 * it (`Layer CONV { … }`), preceded by a `//` comment naming the layer. MAESTRO reports layers in file order.
 */
export function toMaestroNetwork(result: SearchResult): string {
  const lines = [`Network ${result.run.model.replace(/[^A-Za-z0-9_]+/g, '_') || 'model'} {`];
  for (const layer of result.layers) {
    if (!layer.best) {
      lines.push(`// ${layer.name}: no valid mapping found, not included`);
      continue;
    }
    lines.push(`// ${layer.name} (x${layer.count}: ${layer.names.join(', ')}; repeat ${layer.shape.repeat})`);
    lines.push(...toMaestroLayer(layer.shape, layer.best.mapping));
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

/**
 * The `maestro` export: `network.m` (every layer), `layers/NN-name.m` (one layer each, byte for byte the file
 * GAMMA writes), `run-maestro.sh` with the exact command line and hardware flags, and `expected.csv` with the
 * numbers MAESTRO must print per layer (runtime and MACs of one repetition, L1 and L2 sizes).
 */
export function exportMaestro(result: SearchResult): ExportedFile[] {
  const hw = result.run.hardware;
  const files: ExportedFile[] = [{ path: 'network.m', content: toMaestroNetwork(result) }];
  const expected = ['layer,runtime_cycles,macs,l1_size_elements,l2_size_elements'];
  result.layers.forEach((layer, i) => {
    if (!layer.best) return;
    const name = layerFileName(layer, i, result.layers.length);
    files.push({ path: `layers/${name}.m`, content: toMaestroText(layer.shape, layer.best.mapping) });
    const m = layer.best.metrics;
    const repeat = layer.shape.repeat;
    expected.push([name, m.runtime / repeat, m.macs / repeat, m.l1Size, m.l2Size].join(','));
  });
  files.push({ path: 'expected.csv', content: expected.join('\n') + '\n' });
  files.push({
    path: 'run-maestro.sh',
    executable: true,
    content: [
      '#!/bin/sh',
      `# MAESTRO on the mappings of gamma-ts's ${result.run.algorithm} search of ${result.run.model} on '${hw.name}'.`,
      '# MAESTRO writes network.csv; its per-layer runtime, MACs, L1 and L2 sizes should equal expected.csv',
      '# (one repetition of each layer; results.pb counts all repetitions). One layer: pass layers/NN-name.m.',
      '# Usage: MAESTRO=/path/to/maestro ./run-maestro.sh [mapping file]',
      'set -e',
      'cd "$(dirname "$0")"',
      `exec "\${MAESTRO:-maestro}" --Mapping_file="\${1:-network.m}" ${maestroFlags(hw).join(' ')}`,
      '',
    ].join('\n'),
  });
  return files;
}
