import { describe, expect, it } from 'vitest';
import type { SearchEvent } from '@gamma-ts/genetic-engine';
import { chooseProgressMode } from '../src/ui/progress-mode.js';
import { colorEnabled } from '../src/ui/color-choice.js';
import { runPlainProgress } from '../src/ui/run-plain-progress.js';
import { finalResult, fullRunEvents, run } from './ui-script.js';

async function* iterate(events: readonly SearchEvent[]): AsyncGenerator<SearchEvent> {
  yield* events;
}

async function plainOutput(json: boolean): Promise<{ text: string; result: unknown }> {
  let text = '';
  const { result } = await runPlainProgress({ events: iterate(fullRunEvents), run, write: (t) => (text += t), json, now: () => 0 });
  return { text, result };
}

describe('plain progress (not a TTY)', () => {
  it('prints a run line, quarter-budget lines, one line per layer and the final table', async () => {
    const { text, result } = await plainOutput(false);
    expect(result).toBe(finalResult);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'search resnet18 on edge (168 PEs, L1 512/PE, L2 108k el, NoC 64 el/cyc, off-chip 16 el/cyc): 3 unique layers, objective latency, ' +
        'constraints none, gamma, seed 7, budget 1,000 samples per layer',
    );
    // 250 and 500 of 1000 samples: the 25 % and 50 % marks of conv1 and conv2_x.
    expect(lines).toContain('[1/3] conv1  25%  best latency 2M cycles  250 samples  valid 50%  5k eval/s');
    expect(lines).toContain('[2/3] conv2_x  50%  best latency 800k cycles  500 samples  valid 62%  5k eval/s');
    // A running layer never shows 100 %: the engine, not the budget arithmetic, says when it is done.
    expect(lines).toContain('[2/3] conv2_x  99%  best latency 750k cycles  1,000 samples  valid 60%  5k eval/s');
    expect(lines).toContain('[2/3] conv2_x ×4  done  best latency 750k cycles  gap +9.0%  1,000 samples  valid 60%  (stop: samples)');
    // Checkpoints are routine; the live footer shows them, plain lines do not.
    expect(text).not.toContain('checkpoint');
    expect(text).toMatch(/\n\s+#\s+layer\s+×\s+status\s+best latency\s+gap to LB\s+samples\s+valid\s+eval\/s\n/);
    expect(text).toMatch(/\n\s*3\s+fc\s+1\s+done\s+4k\s+\+31\.2%\s+1,000\s+60%\s+5k\n/);
    expect(text).toMatch(/\n\s+total\s+6\s+3\/3 done\s+3\.9M\s+\+12\.9%\s+3,000\s+60%/);
    expect(lines).toContain('model total: runtime 3.9M cycles, energy 7.81M nJ, 581M MACs, 3,000 samples');
    expect(lines.at(-1)).toBe('stopped: samples');
    expect(text).not.toMatch(/\u001B/);
  });

  it('prints one JSON event per line with --json, and nothing else', async () => {
    const { text } = await plainOutput(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(fullRunEvents.length);
    const parsed = lines.map((l) => JSON.parse(l) as SearchEvent);
    expect(parsed.map((e) => e.type)).toEqual(fullRunEvents.map((e) => e.type));
    expect(parsed[8]).toEqual(fullRunEvents[8]);
    expect(parsed.at(-1)).toEqual({ type: 'run-end', result: finalResult });
  });

  it('accepts a subscribe function as the source', async () => {
    let text = '';
    const subscribe = (listener: (event: SearchEvent) => void) => {
      queueMicrotask(() => fullRunEvents.forEach(listener));
      return () => {};
    };
    const { result } = await runPlainProgress({ events: subscribe, run, write: (t) => (text += t), json: true });
    expect(result).toBe(finalResult);
    expect(text.trimEnd().split('\n')).toHaveLength(fullRunEvents.length);
  });
});

describe('chooseProgressMode', () => {
  it('picks json, then live only on a real terminal, else plain', () => {
    expect(chooseProgressMode({ stdoutIsTTY: true, json: true, env: {} })).toBe('json');
    expect(chooseProgressMode({ stdoutIsTTY: true, json: false, env: {} })).toBe('live');
    expect(chooseProgressMode({ stdoutIsTTY: false, json: false, env: {} })).toBe('plain');
    expect(chooseProgressMode({ stdoutIsTTY: true, json: false, env: { CI: 'true' } })).toBe('plain');
    expect(chooseProgressMode({ stdoutIsTTY: true, json: false, env: { CI: '0' } })).toBe('live');
    expect(chooseProgressMode({ stdoutIsTTY: true, json: false, env: { TERM: 'dumb' } })).toBe('plain');
  });
});

describe('colorEnabled', () => {
  it('honours --no-color and a non-empty NO_COLOR', () => {
    expect(colorEnabled({}, false)).toBe(true);
    expect(colorEnabled({}, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '1' }, false)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' }, false)).toBe(true);
  });
});
