import { describe, expect, it } from 'vitest';
import { toCsv, toResultsJson, toSvg } from '../src/index.js';
import { sampleResult } from './fixtures.js';

/** Checks tags open and close in order (well-formed XML, as far as this generator's output goes). */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(stack).toEqual([]);
  expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
}

describe('json', () => {
  it('has the fields downstream scripts rely on', () => {
    const result = sampleResult();
    const json = JSON.parse(JSON.stringify(toResultsJson(result)));
    expect(Object.keys(json)).toEqual(['format', 'run', 'layers', 'totals']);
    for (const key of ['seed', 'algorithm', 'hardware', 'objectives', 'constraints', 'budget', 'startedAt', 'endedAt', 'stopReason']) expect(json.run).toHaveProperty(key);
    const layer = json.layers[0];
    for (const key of ['name', 'count', 'names', 'shape', 'lowerBound', 'gap', 'best', 'front', 'history', 'invalidReasons']) expect(layer).toHaveProperty(key);
    for (const key of ['runtime', 'energy', 'macs', 'l1Size', 'l2Size']) expect(layer.best.metrics).toHaveProperty(key);
    expect(layer.best.mapping.levels[0].loops[0]).toEqual({ dim: expect.any(String), tile: expect.any(Number) });
    expect(json.layers[3].best).toBeNull();
    expect(json.totals).toEqual(result.totals);
    expect(json.format.schema).toBe('gamma.results.v1.0');
  });
});

describe('csv', () => {
  it('one row per layer with the main metrics, quoted where needed', () => {
    const result = sampleResult();
    const named = { ...result, layers: [{ ...result.layers[0], name: 'conv, "first"' }, ...result.layers.slice(1)] };
    const rows = toCsv(named).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows).toHaveLength(result.layers.length + 2);
    const header = rows[0].split(',');
    expect(header.slice(0, 3)).toEqual(['layer', 'count', 'names']);
    const runtimeColumn = header.indexOf('runtime_cycles');
    expect(rows[1].startsWith('"conv, ""first""",2,')).toBe(true);
    expect(rows[2].split(',')[runtimeColumn]).toBe(String(result.layers[1].best!.metrics.runtime));
    expect(rows[4].split(',')[runtimeColumn]).toBe('');
    expect(rows[2]).toContain('P:');
  });
});

describe('svg', () => {
  it('is a standalone, well-formed SVG with one convergence curve per layer', () => {
    const svg = toSvg(sampleResult());
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    assertWellFormed(svg);
    expect(svg.match(/<polyline /g)).toHaveLength(3);
    expect(svg).toContain('no history recorded');
  });

  it('draws a history longer than a function call can take arguments', () => {
    const base = sampleResult();
    const layer = base.layers.find((l) => l.history.length > 0)!;
    const point = layer.history[0];
    // 200 000 generations: more than Math.min(...values) accepts on this Node.
    const history = Array.from({ length: 200_000 }, (_, i) => ({ ...point, generation: i + 1, samples: (i + 1) * 10, best: point.best.map((b) => b * (1 + 1 / (i + 1))) }));
    const svg = toSvg({ ...base, layers: [{ ...layer, history }] });
    assertWellFormed(svg);
    expect(svg.match(/<polyline /g)).toHaveLength(1);
  });

  it('adds a Pareto front panel for multi-objective runs and escapes names', () => {
    const base = sampleResult(['dev-0001']);
    const best = base.layers[0].best!;
    const front = [best, { ...best, metrics: { ...best.metrics, runtime: best.metrics.runtime * 2, energy: best.metrics.energy / 2 } }];
    const result = { ...base, run: { ...base.run, objectives: ['latency', 'energy'] as const }, layers: [{ ...base.layers[0], name: 'a<b>&c', front }] };
    const svg = toSvg(result);
    assertWellFormed(svg);
    expect(svg).toContain('a&lt;b&gt;&amp;c: Pareto front (2 mappings)');
    expect(svg.match(/fill="#d62728"/g)).toHaveLength(2);
  });
});
