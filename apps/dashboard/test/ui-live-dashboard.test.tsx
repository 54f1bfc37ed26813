import { describe, expect, it, vi } from 'vitest';
import type { SearchEvent } from '@gamma-ts/genetic-engine';
import { runLiveDashboard } from '../src/ui/run-live-dashboard.js';
import { finalResult, fullRunEvents, midRunEvents, run } from './ui-script.js';
import { FakeStdin, FakeStdout, settle } from './ui-terminal.js';

function streams(columns = 100, rows = 40) {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin(true);
  return { stdout, stdin, io: { stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, stderr: stdout as unknown as NodeJS.WriteStream, patchConsole: false } };
}

async function* iterate(events: readonly SearchEvent[]): AsyncGenerator<SearchEvent> {
  for (const event of events) {
    await settle();
    yield event;
  }
}

describe('runLiveDashboard', () => {
  it('runs an async-iterable stream to the end and leaves the final frame', async () => {
    const { stdout, io } = streams();
    const controls = { onQuit: vi.fn(), onPause: vi.fn(), onResume: vi.fn() };
    const outcome = await runLiveDashboard({ events: iterate(fullRunEvents), run, controls, ...io, color: false });
    expect(outcome).toEqual({ quit: false, result: finalResult });
    expect(controls.onQuit).not.toHaveBeenCalled();
    const text = stdout.text();
    expect(text).toContain('[finished]');
    expect(text).toMatch(/2\s+conv2_x\s+4\s+done\s+750k\s+\+9\.0%\s+1,000\s+60%/);
    expect(text).toContain('100%  3/3 layers');
  });

  it('leaves no process listener behind, dashboard after dashboard', async () => {
    const before = process.listenerCount('beforeExit');
    for (let i = 0; i < 3; i++) {
      const { io } = streams();
      await runLiveDashboard({ events: iterate(fullRunEvents), run, controls: { onQuit() {}, onPause() {}, onResume() {} }, ...io });
    }
    expect(process.listenerCount('beforeExit')).toBe(before);
  });

  it('runs with a piped stdin, whose isTTY is undefined rather than false, without asking for raw mode', async () => {
    const stdout = new FakeStdout(100, 40);
    const stdin = new FakeStdin(undefined as unknown as boolean);
    const outcome = await runLiveDashboard({
      events: iterate(fullRunEvents),
      run,
      controls: { onQuit() {}, onPause() {}, onResume() {} },
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      stderr: stdout as unknown as NodeJS.WriteStream,
      patchConsole: false,
      color: false,
    });
    expect(outcome.result).toEqual(finalResult);
    expect(stdin.rawModeCalls).toBe(0);
    expect(stdout.text()).not.toContain('Raw mode is not supported');
    expect(stdout.text()).toContain('100%  3/3 layers');
  });

  it('ends a subscribe-function source at run-end and unsubscribes', async () => {
    const { io } = streams();
    const unsubscribe = vi.fn();
    const subscribe = (listener: (event: SearchEvent) => void) => {
      setImmediate(() => fullRunEvents.forEach(listener));
      return unsubscribe;
    };
    const outcome = await runLiveDashboard({ events: subscribe, run, controls: { onQuit() {}, onPause() {}, onResume() {} }, ...io });
    expect(outcome.result).toBe(finalResult);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('q calls onQuit and waits for the search to end with its results', async () => {
    const { stdin, io } = streams();
    let finish: () => void = () => {};
    const stopped = new Promise<void>((resolve) => (finish = resolve));
    async function* search(): AsyncGenerator<SearchEvent> {
      yield* iterate(midRunEvents);
      await stopped;
      yield { type: 'run-end', result: { ...finalResult, run: { ...finalResult.run, stopReason: 'interrupted' } } };
    }
    const controls = { onQuit: vi.fn(() => finish()), onPause: vi.fn(), onResume: vi.fn() };
    const running = runLiveDashboard({ events: search(), run, controls, ...io });
    await vi.waitFor(() => expect(stdin.rawModeCalls).toBeGreaterThan(0));
    stdin.send('q');
    const outcome = await running;
    expect(controls.onQuit).toHaveBeenCalledTimes(1);
    expect(outcome.quit).toBe(true);
    expect(outcome.result?.run.stopReason).toBe('interrupted');
  });

  it('a second q leaves without waiting for a search that does not stop', async () => {
    const { stdin, io } = streams();
    async function* stuck(): AsyncGenerator<SearchEvent> {
      yield* iterate(midRunEvents);
      await new Promise(() => {});
    }
    const running = runLiveDashboard({ events: stuck(), run, controls: { onQuit() {}, onPause() {}, onResume() {} }, ...io });
    await vi.waitFor(() => expect(stdin.rawModeCalls).toBeGreaterThan(0));
    stdin.send('q');
    await settle();
    stdin.send('q');
    const outcome = await running;
    expect(outcome).toEqual({ quit: true, result: null });
  });

  it('rejects with the stream error after restoring the terminal', async () => {
    const { io } = streams();
    async function* failing(): AsyncGenerator<SearchEvent> {
      yield* iterate(midRunEvents.slice(0, 2));
      throw new Error('worker crashed');
    }
    await expect(runLiveDashboard({ events: failing(), run, controls: { onQuit() {}, onPause() {}, onResume() {} }, ...io })).rejects.toThrow('worker crashed');
  });
});
