import { describe, expect, it } from 'vitest';
import { exportMaestro, maestroCommand, toMaestroNetwork } from '../src/index.js';
import { goldenRecords, sampleResult } from './fixtures.js';
import type { SearchResult } from '@gamma-ts/genetic-engine';

const base = sampleResult(['dev-0001']);

/** A one-layer result whose best mapping is golden case `index`'s genome (metrics are not under test here). */
function singleLayerResult(index: number): SearchResult {
  const record = goldenRecords()[index];
  const template = base.layers[0];
  const layer = { ...template, name: record.id, names: [record.id], shape: record.case.problem, best: { ...template.best!, mapping: record.case.mapping } };
  return { ...base, run: { ...base.run, hardware: record.case.hardware }, layers: [layer] };
}

describe('maestro export', () => {
  it('writes, for every golden genome, the golden MAESTRO text byte for byte', () => {
    const records = goldenRecords();
    expect(records.length).toBe(1646);
    let compared = 0;
    for (let i = 0; i < records.length; i++) {
      const files = exportMaestro(singleLayerResult(i));
      const layerFile = files.find((f) => f.path.startsWith('layers/'));
      expect(layerFile?.content, records[i].id).toBe(records[i].maestro);
      compared++;
    }
    expect(compared).toBe(1646);
  });

  it('network.m holds every mapped layer block in order, each as in the golden text, and skips unmapped layers', () => {
    const result = sampleResult();
    const network = toMaestroNetwork(result);
    const withoutComments = network
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
    const blocks = ['dev-0001', 'dev-0002', 'dev-0003'].map((id) => {
      const golden = goldenRecords().find((r) => r.id === id)!.maestro;
      return golden.split('\n').slice(1, -1).join('\n');
    });
    expect(withoutComments).toBe(`Network golden_sample {\n${blocks.join('\n')}\n}\n`);
    expect(network).toContain('// unmapped: no valid mapping found, not included');
  });

  it('writes the exact MAESTRO command line with the hardware flags', () => {
    const result = sampleResult();
    const hw = result.run.hardware;
    const script = exportMaestro(result).find((f) => f.path === 'run-maestro.sh')!;
    expect(script.executable).toBe(true);
    for (const flag of [
      `--num_pes=${hw.numPEs}`,
      `--l1_size_cstr=${hw.l1CapacityElements}`,
      `--l2_size_cstr=${hw.l2CapacityElements}`,
      `--noc_bw_cstr=${hw.nocBandwidth}`,
      `--offchip_bw_cstr=${hw.offchipBandwidth}`,
      `--noc_hops=${hw.nocHops}`,
      `--noc_hop_latency=${hw.nocHopLatency}`,
    ]) {
      expect(script.content).toContain(flag);
    }
    expect(maestroCommand('net.m', { ...hw, numPEs: 168 })).toMatch(/^maestro --Mapping_file=net\.m --full_buffer=false .*--num_pes=168 /);
  });

  it('expected.csv lists what MAESTRO must report per layer (one repetition)', () => {
    const result = sampleResult();
    const csv = exportMaestro(result).find((f) => f.path === 'expected.csv')!.content.trim().split('\n');
    expect(csv).toHaveLength(4);
    const m = result.layers[0].best!.metrics;
    expect(csv[1]).toBe(`01-${result.layers[0].name},${m.runtime},${m.macs},${m.l1Size},${m.l2Size}`);
  });

  it('rejects hardware MAESTRO cannot take as a flag, naming the field', () => {
    const result = sampleResult();
    const bad = { ...result, run: { ...result.run, hardware: { ...result.run.hardware, nocBandwidth: 2.5 } } };
    expect(() => exportMaestro(bad)).toThrowError("hardware.nocBandwidth is 2.5; MAESTRO's --noc_bw_cstr takes a whole number");
  });
});
