import { outputCols, outputRows, type Mapping, type Problem } from '@gamma-ts/search-space';
import type { Hardware } from '@gamma-ts/cost-model';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import { FlowList, toYaml, type YamlValue } from './yaml-text.js';
import { NonDivisorTileError, timeloopFactors, type LevelFactors, type TimeloopDim, type TimeloopFactors } from './timeloop-factors.js';
import type { ExportedFile } from './exported-file.js';
import { layerFileName } from './layer-file-name.js';

const DATA_SPACES = ['Weights', 'Inputs', 'Outputs'];
const NJ_TO_PJ = 1000;

/** nJ → pJ, rounded to 12 significant digits so that 4.2803 is not written as 4.2802999999999995. */
function pj(nj: number): number {
  return Number((nj * NJ_TO_PJ).toPrecision(12));
}

/** The Timeloop v3 input files of one layer (run `timeloop-model *.yaml` in their folder). */
export interface TimeloopLayerFiles {
  readonly arch: string;
  readonly problem: string;
  readonly map: string;
  readonly ert: string;
  /** PEs with work (Timeloop's utilized MAC instances). */
  readonly busyPEs: number;
  /** MACs Timeloop counts: all repetitions. */
  readonly macs: number;
  /**
   * A level's last fold fills only some sub-clusters (a residual factor such as `P=6,4`). Timeloop v3.0.3 then
   * counts exact computes only with TIMELOOP_DISABLE_SPATIAL_EXTRAPOLATION=1; by default it extrapolates the
   * first PE's work to every PE.
   */
  readonly partialLastFold: boolean;
}

function dimsOf(problem: Problem): TimeloopDim[] {
  return problem.op === 'DSCONV' ? ['C', 'R', 'S', 'P', 'Q'] : ['C', 'M', 'R', 'S', 'P', 'Q'];
}

function wholeNumber(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 0xffffffff) {
    throw new Error(`hardware.${field} is ${value}; Timeloop needs a whole number from 1 to 4294967295`);
  }
  return value;
}

function problemYaml(problem: Problem): string {
  const depthwise = problem.op === 'DSCONV';
  const channelOut = depthwise ? 'C' : 'M';
  const instance: Record<string, number> = {
    C: problem.C,
    ...(depthwise ? {} : { M: problem.K }),
    R: problem.R,
    S: problem.S,
    N: problem.repeat,
    P: outputRows(problem),
    Q: outputCols(problem),
    Hstride: problem.strideY,
    Wstride: problem.strideX,
  };
  return toYaml({
    problem: {
      shape: {
        name: depthwise ? 'Depthwise-CNN-Layer' : 'CNN-Layer',
        dimensions: new FlowList([...dimsOf(problem), 'N']),
        coefficients: [
          { name: 'Hstride', default: 1 },
          { name: 'Wstride', default: 1 },
        ],
        'data-spaces': [
          {
            name: 'Weights',
            projection: depthwise
              ? [new FlowList([new FlowList(['C'])]), new FlowList([new FlowList(['R'])]), new FlowList([new FlowList(['S'])])]
              : [new FlowList([new FlowList(['C'])]), new FlowList([new FlowList(['M'])]), new FlowList([new FlowList(['R'])]), new FlowList([new FlowList(['S'])])],
          },
          {
            name: 'Inputs',
            projection: [
              new FlowList([new FlowList(['N'])]),
              new FlowList([new FlowList(['C'])]),
              new FlowList([new FlowList(['R']), new FlowList(['P', 'Hstride'])]),
              new FlowList([new FlowList(['S']), new FlowList(['Q', 'Wstride'])]),
            ],
          },
          {
            name: 'Outputs',
            projection: [
              new FlowList([new FlowList(['N'])]),
              new FlowList([new FlowList([channelOut])]),
              new FlowList([new FlowList(['P'])]),
              new FlowList([new FlowList(['Q'])]),
            ],
            'read-write': true,
          },
        ],
      },
      instance,
    },
  });
}

interface ArchLevelNames {
  /** Storage level names outer → inner: DRAM, GlobalBuffer, Cluster1…, L1. */
  readonly storage: readonly string[];
  /** ERT table names (hierarchical, as Accelergy would name them), same order, then the MAC. */
  readonly ertTables: readonly string[];
}

function clusterName(i: number): string {
  return `Cluster${i}`;
}

/**
 * The accelerator as a Timeloop tree: DRAM → GlobalBuffer (L2) → one level per MAESTRO cluster level below the
 * outermost (pure fan-out points: MAESTRO has no buffers there, so the mapping bypasses them) → PEs with L1 → MAC.
 * Fan-outs are the mapping's sub-cluster counts, so the PE count is ⌊numPEs / Π clusterSize⌋ · Π clusterSize
 * (MAESTRO leaves the remaining PEs idle).
 */
function archYaml(hw: Hardware, factors: TimeloopFactors): { yaml: string; names: ArchLevelNames } {
  const wordBits = wholeNumber(hw.wordBits, 'wordBits');
  const fanouts = factors.levels.map((l) => l.fanout);
  const totalPEs = fanouts.reduce((p, f) => p * f, 1);
  const storage = ['DRAM', 'GlobalBuffer'];
  const ertTables = ['System.DRAM', 'System.Chip.GlobalBuffer'];
  // Innermost subtree first, wrapped outwards.
  let instancesAbove = totalPEs;
  const peName = `PE[0..${fanouts[fanouts.length - 1] - 1}]`;
  let subtree: { [key: string]: YamlValue } = {
    name: peName,
    local: [
      {
        name: 'L1',
        class: 'regfile',
        attributes: { entries: wholeNumber(hw.l1CapacityElements, 'l1CapacityElements'), 'word-bits': wordBits, 'block-size': 1, meshX: totalPEs },
      },
      { name: 'MAC', class: 'intmac', attributes: { 'word-bits': wordBits, meshX: totalPEs } },
    ],
  };
  const innerPath: string[] = [peName];
  for (let i = fanouts.length - 1; i >= 1; i--) {
    instancesAbove /= fanouts[i];
    const name = `${clusterName(i)}[0..${fanouts[i - 1] - 1}]`;
    subtree = {
      name,
      // entries: 0 (no storage, as in MAESTRO); v3.0.3 aborts on a buffer without a size.
      local: [{ name: clusterName(i), class: 'SRAM', attributes: { entries: 0, 'word-bits': wordBits, 'block-size': 1, meshX: instancesAbove } }],
      subtree: [subtree],
    };
    innerPath.unshift(name);
  }
  for (let i = 1; i < fanouts.length; i++) {
    storage.push(clusterName(i));
    ertTables.push(['System.Chip', ...innerPath.slice(0, i), clusterName(i)].join('.'));
  }
  storage.push('L1');
  ertTables.push(['System.Chip', ...innerPath, 'L1'].join('.'), ['System.Chip', ...innerPath, 'MAC'].join('.'));
  const offchip = hw.offchipBandwidth;
  const yaml = toYaml({
    architecture: {
      version: 0.3,
      subtree: [
        {
          name: 'System',
          local: [
            {
              name: 'DRAM',
              class: 'DRAM',
              attributes: { 'word-bits': wordBits, 'block-size': 1, read_bandwidth: offchip, write_bandwidth: offchip },
            },
          ],
          subtree: [
            {
              name: 'Chip',
              local: [
                {
                  name: 'GlobalBuffer',
                  class: 'SRAM',
                  attributes: {
                    entries: wholeNumber(hw.l2CapacityElements, 'l2CapacityElements'),
                    'word-bits': wordBits,
                    'block-size': 1,
                    read_bandwidth: hw.nocBandwidth,
                    write_bandwidth: hw.nocBandwidth,
                  },
                },
              ],
              subtree: [subtree],
            },
          ],
        },
      ],
    },
  });
  return { yaml, names: { storage, ertTables } };
}

function ertYaml(hw: Hardware, names: ArchLevelNames): string {
  const perAccessPj = [hw.energy.dramAccessNj, hw.energy.l2AccessNj, ...names.storage.slice(2, -1).map(() => 0), hw.energy.l1AccessNj].map(pj);
  const storageTables = names.storage.map((_, i) => ({
    name: names.ertTables[i],
    actions: [
      { name: 'read', arguments: null, energy: perAccessPj[i] },
      { name: 'write', arguments: null, energy: perAccessPj[i] },
      { name: 'idle', arguments: null, energy: 0 },
    ],
  }));
  const mac = {
    name: names.ertTables[names.ertTables.length - 1],
    actions: [
      { name: 'mac_random', arguments: null, energy: pj(hw.energy.macNj) },
      { name: 'mac_gated', arguments: null, energy: 0 },
      { name: 'idle', arguments: null, energy: 0 },
    ],
  };
  return toYaml({ ERT: { version: 0.3, tables: [...storageTables, mac] } });
}

/**
 * `factors: C=2 M=16,8 …` (a residual after the comma: the loop's trip count in the dimension's last tile) and
 * `permutation` (Timeloop lists loops inner → outer) over every dimension.
 */
function directive(
  target: string,
  type: 'temporal' | 'spatial',
  level: LevelFactors,
  dims: readonly TimeloopDim[],
  extra: Record<string, YamlValue> = {},
  residual: Partial<Record<TimeloopDim, number>> = {},
) {
  const inner = [...level.order].reverse();
  const permutation = [...inner, ...dims.filter((d) => !inner.includes(d))];
  const factor = (d: TimeloopDim): string => {
    const end = level.factors[d] ?? 1;
    const last = residual[d] ?? end;
    return last === end ? `${d}=${end}` : `${d}=${end},${last}`;
  };
  return {
    target,
    type,
    factors: dims.map(factor).join(' '),
    permutation: permutation.join(''),
    ...extra,
  };
}

function mapYaml(problem: Problem, factors: TimeloopFactors, storage: readonly string[]): string {
  const dims = dimsOf(problem);
  const allDims = [...dims, 'N' as const];
  const withN = (level: LevelFactors, n: number): LevelFactors => ({ factors: { ...level.factors, N: n } as LevelFactors['factors'], order: [...level.order] });
  const directives: YamlValue[] = [];
  const spatialTarget = (i: number) => (i === 0 ? 'GlobalBuffer' : clusterName(i));
  const asDims = allDims as readonly TimeloopDim[];
  factors.levels.forEach((level, i) => {
    // Level 0's temporal loops iterate the whole layer: DRAM holds it, the global buffer one step's tiles.
    const temporalTarget = i === 0 ? 'DRAM' : clusterName(i);
    const temporal = i === 0 ? { factors: { ...level.temporal.factors, N: problem.repeat }, order: ['N', ...level.temporal.order] } : withN(level.temporal, 1);
    directives.push(directive(temporalTarget, 'temporal', temporal as LevelFactors, asDims));
    if (i === 0) directives.push(directive('GlobalBuffer', 'temporal', { factors: {}, order: [] }, asDims));
    // A level with one sub-cluster has no fan-out in the architecture, and Timeloop rejects a spatial directive there.
    if (level.fanout > 1) {
      const spatial: LevelFactors = { factors: { [level.spatial.dim]: level.spatial.factor }, order: [level.spatial.dim] };
      const residual = { [level.spatial.dim]: level.spatial.lastFold };
      directives.push(directive(spatialTarget(i), 'spatial', spatial, asDims, { split: allDims.length }, residual));
    }
  });
  directives.push(directive('L1', 'temporal', factors.pe, asDims));
  for (const level of storage) {
    const bypassed = level.startsWith('Cluster');
    directives.push({ target: level, type: 'datatype', keep: bypassed ? [] : DATA_SPACES, bypass: bypassed ? DATA_SPACES : [] });
  }
  return toYaml({ mapping: directives });
}

/**
 * Timeloop v3 (v3.0.3) input files for one layer and mapping on `hw`: problem, architecture, an ERT with the
 * hardware's per-access energies (so Timeloop needs no Accelergy) and the mapping. Throws `NonDivisorTileError`
 * for a mapping with tiles that do not divide evenly.
 */
export function toTimeloopLayer(problem: Problem, mapping: Mapping, hw: Hardware): TimeloopLayerFiles {
  const factors = timeloopFactors(problem, mapping, hw.numPEs);
  const arch = archYaml(hw, factors);
  const macs = problem.repeat * dimsOf(problem).reduce((p, d) => p * ({ C: problem.C, M: problem.K, R: problem.R, S: problem.S, P: outputRows(problem), Q: outputCols(problem) })[d], 1);
  return {
    arch: arch.yaml,
    problem: problemYaml(problem),
    map: mapYaml(problem, factors, arch.names.storage),
    ert: ertYaml(hw, arch.names),
    busyPEs: factors.busyPEs,
    macs,
    partialLastFold: factors.levels.some((level) => level.spatial.lastFold !== level.spatial.factor),
  };
}

/** Runs every layer folder and checks Timeloop's computes and utilized MAC instances against expected.tsv. */
function runTimeloopScript(model: string, hwName: string): string {
  return [
    '#!/bin/sh',
    `# timeloop-model on each layer folder of ${model} on '${hwName}'; checks Timeloop's Computes and the MAC`,
    '# level\'s utilized instances against expected.tsv (exit 1 on a mismatch or a failed run).',
    '# Usage: TIMELOOP_MODEL=/path/to/timeloop-model ./run-timeloop.sh [layer folder...]',
    '# Spatial extrapolation is off: on a mapping with a partial last fold (a residual factor such as P=6,4)',
    '# Timeloop v3.0.3 otherwise extrapolates the first PE\'s work to every PE and overcounts the computes.',
    'set -u',
    'cd "$(dirname "$0")"',
    'export TIMELOOP_DISABLE_SPATIAL_EXTRAPOLATION=1',
    'failed=0',
    "tab=$(printf '\\t')",
    'while IFS="$tab" read -r dir macs pes; do',
    '  [ "$dir" = layer ] && continue',
    '  if [ $# -gt 0 ]; then case " $* " in *" $dir "*) ;; *) continue ;; esac; fi',
    '  if ! (cd "$dir" && "${TIMELOOP_MODEL:-timeloop-model}" *.yaml > timeloop-model.log 2>&1); then',
    '    echo "$dir: timeloop-model failed, see $dir/timeloop-model.log"',
    '    failed=1',
    '    continue',
    '  fi',
    '  computes=$(sed -n \'s/^Computes = \\([0-9]*\\)$/\\1/p\' "$dir/timeloop-model.stats.txt")',
    '  pes_used=$(sed -n \'/^=== MAC ===/,/^===/s/^ *Utilized instances *: *\\([0-9]*\\)$/\\1/p\' "$dir/timeloop-model.stats.txt" | head -n 1)',
    '  if [ "$computes" = "$macs" ] && [ "$pes_used" = "$pes" ]; then verdict=ok; else verdict=MISMATCH; failed=1; fi',
    '  echo "$dir: computes $computes (expected $macs), utilized PEs $pes_used (expected $pes): $verdict"',
    'done < expected.tsv',
    'exit $failed',
    '',
  ].join('\n');
}

/** Timeloop files for the layers Timeloop can express, and the layers it cannot (with why). */
export interface TimeloopExport {
  readonly files: ExportedFile[];
  readonly refused: readonly NonDivisorTileError[];
}

/**
 * One folder per layer with a valid mapping (`timeloop-model *.yaml` inside it), `expected.tsv` and a README
 * listing, per layer, the MACs and PEs in use that Timeloop must report, and `run-timeloop.sh` that checks them.
 * Layers whose mapping Timeloop cannot express are left out and returned in `refused` (the README lists them too).
 */
export function exportTimeloopLayers(result: SearchResult): TimeloopExport {
  const files: ExportedFile[] = [];
  const rows: string[] = [];
  const expected: string[] = ['layer\tmacs\tutilized_pes'];
  const skipped: string[] = [];
  const failures: NonDivisorTileError[] = [];
  result.layers.forEach((layer, i) => {
    if (!layer.best) {
      skipped.push(layer.name);
      return;
    }
    let layerFiles: TimeloopLayerFiles;
    try {
      layerFiles = toTimeloopLayer(layer.shape, layer.best.mapping, result.run.hardware);
    } catch (error) {
      if (error instanceof NonDivisorTileError) {
        failures.push(error);
        return;
      }
      throw error;
    }
    const dir = layerFileName(layer, i, result.layers.length);
    files.push(
      { path: `${dir}/arch.yaml`, content: layerFiles.arch },
      { path: `${dir}/problem.yaml`, content: layerFiles.problem },
      { path: `${dir}/map.yaml`, content: layerFiles.map },
      { path: `${dir}/ERT.yaml`, content: layerFiles.ert },
    );
    const partial = layerFiles.partialLastFold ? 'yes' : 'no';
    rows.push(`| ${dir} | ${layerFiles.macs} | ${layerFiles.busyPEs} | ${partial} | ${layer.best.metrics.runtime} |`);
    expected.push([dir, layerFiles.macs, layerFiles.busyPEs].join('\t'));
  });
  const hw = result.run.hardware;
  files.push(
    { path: 'expected.tsv', content: expected.join('\n') + '\n' },
    { path: 'run-timeloop.sh', executable: true, content: runTimeloopScript(result.run.model, hw.name) },
  );
  files.push({
    path: 'README.md',
    content: [
      `# Timeloop inputs for ${result.run.model} on ${hw.name}`,
      '',
      'Timeloop v3 (v3.0.3) files, one folder per layer. Run inside a folder:',
      '',
      '    TIMELOOP_DISABLE_SPATIAL_EXTRAPOLATION=1 timeloop-model *.yaml',
      '',
      'or check every layer at once with `./run-timeloop.sh` (set TIMELOOP_MODEL if timeloop-model is not on PATH).',
      'Plain `timeloop-model *.yaml` gives the same result for layers without a partial last fold; on the others',
      '(a level\'s last fold fills only some sub-clusters: a residual factor such as `P=6,4` in map.yaml) Timeloop',
      'extrapolates the first PE\'s work to every PE and overcounts the computes unless spatial extrapolation is off.',
      '',
      'The architecture is DRAM → GlobalBuffer (L2) → one fan-out level per cluster level of the mapping → PEs with',
      'L1 → MAC; capacities (elements), word size and per-access energies (ERT.yaml, pJ) come from the search\'s',
      'hardware, so Timeloop needs no Accelergy. Cluster levels have no buffer (entries 0, bypassed), as in MAESTRO.',
      'N is the layer\'s repeat count (batch, groups). Timeloop must report these MACs (Computes) and utilized PEs',
      '(the MAC level\'s utilized instances); they are also in expected.tsv:',
      '',
      '| layer | MACs | PEs in use | partial last fold | gamma-ts runtime (cycles) |',
      '|---|---|---|---|---|',
      ...rows,
      ...(skipped.length > 0 ? ['', `No valid mapping, not exported: ${skipped.join(', ')}.`] : []),
      ...(failures.length > 0 ? ['', 'Not exported, Timeloop cannot express the mapping:', '', ...failures.map((f) => `- ${f.layer}: ${f.detail}`)] : []),
      '',
    ].join('\n'),
  });
  return { files, refused: failures };
}

/**
 * `exportTimeloopLayers` for callers that want all or nothing: throws `NonDivisorTileError` naming the first layer
 * whose mapping Timeloop cannot express (and how many more there are).
 */
export function exportTimeloop(result: SearchResult): ExportedFile[] {
  const { files, refused } = exportTimeloopLayers(result);
  if (refused.length > 0) throw refusalError(refused);
  return files;
}

/** One error for a set of refused layers: the first one's, with how many more there are. */
export function refusalError(refused: readonly NonDivisorTileError[]): NonDivisorTileError {
  const more = refused.length > 1 ? ` (and ${refused.length - 1} more layer${refused.length > 2 ? 's' : ''})` : '';
  return new NonDivisorTileError(refused[0].layer, refused[0].detail + more, refused[0].hint);
}
