import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { render as inkRender } from 'ink';
import { DashboardApp } from '../src/ui/dashboard-app.js';
import { initialDashboardState } from '../src/ui/dashboard-state.js';
import { createDashboardStore, type DashboardStore } from '../src/ui/dashboard-store.js';
import { midRunEvents, run } from './ui-script.js';
import { FakeStdin, FakeStdout, settle } from './ui-terminal.js';

afterEach(() => cleanup());

const DOWN = '\u001B[B';
const UP = '\u001B[A';

function scriptedStore(): DashboardStore {
  let now = 0;
  // Manual scheduling: nothing is published until the test flushes.
  const store = createDashboardStore(initialDashboardState(run), { now: () => now, schedule: () => () => {} });
  for (const event of midRunEvents) {
    now += 1000;
    store.dispatch({ type: 'event', event, atMs: now });
  }
  store.flush();
  return store;
}

function controls() {
  return { onQuit: vi.fn(), onPause: vi.fn(), onResume: vi.fn() };
}

describe('DashboardApp keys', () => {
  it('shows the scripted state', async () => {
    const { lastFrame } = render(<DashboardApp store={scriptedStore()} controls={controls()} canPause onForceQuit={() => {}} />);
    await settle();
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/› 2\s+conv2_x\s+4\s+running\s+800k\s+\+16\.3%\s+500\s+62%/);
    expect(frame).toContain('1/3 layers');
  });

  it('p pauses and resumes through the controls', async () => {
    const c = controls();
    const { stdin, lastFrame } = render(<DashboardApp store={scriptedStore()} controls={c} canPause onForceQuit={() => {}} />);
    await settle();
    stdin.write('p');
    await settle();
    expect(c.onPause).toHaveBeenCalledTimes(1);
    expect(lastFrame()).toContain('[paused]');
    expect(lastFrame()).toContain('ETA paused');
    stdin.write('p');
    await settle();
    expect(c.onResume).toHaveBeenCalledTimes(1);
    expect(lastFrame()).not.toContain('[paused]');
  });

  it('↑/↓ select a layer and tab switches panels', async () => {
    const { stdin, lastFrame } = render(<DashboardApp store={scriptedStore()} controls={controls()} canPause onForceQuit={() => {}} />);
    await settle();
    stdin.write(UP);
    await settle();
    expect(lastFrame()).toMatch(/› 1\s+conv1/);
    expect(lastFrame()).toContain('layer 1 conv1 (selected)');
    // conv1's final best, 900k, is now the convergence headline.
    expect(lastFrame()).toContain('best latency (cycles) 900k');
    stdin.write(DOWN);
    await settle();
    expect(lastFrame()).toMatch(/› 2\s+conv2_x/);
    stdin.write('\t');
    await settle();
    // 100 columns: two panels, now mapping + metrics.
    expect(lastFrame()).toContain('runtime 800k cycles');
    expect(lastFrame()).toContain('L1  Cluster(8)');
    stdin.write('\t');
    await settle();
    expect(lastFrame()).toContain('invalid reasons');
  });

  it('q asks the search to stop once; a second q leaves at once', async () => {
    const c = controls();
    const forceQuit = vi.fn();
    const { stdin, lastFrame } = render(<DashboardApp store={scriptedStore()} controls={c} canPause onForceQuit={forceQuit} />);
    await settle();
    stdin.write('q');
    await settle();
    expect(c.onQuit).toHaveBeenCalledTimes(1);
    expect(lastFrame()).toContain('stopping');
    stdin.write('p');
    await settle();
    expect(c.onPause).not.toHaveBeenCalled();
    stdin.write('q');
    await settle();
    expect(c.onQuit).toHaveBeenCalledTimes(1);
    expect(forceQuit).toHaveBeenCalledTimes(1);
  });

  it('without raw mode it never touches stdin and leaves out the key help', async () => {
    const stdout = new FakeStdout(100, 40);
    const stdin = new FakeStdin(false);
    const c = controls();
    const app = inkRender(<DashboardApp store={scriptedStore()} controls={c} canPause onForceQuit={() => {}} />, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    await settle();
    stdin.send('q');
    await settle();
    app.unmount();
    expect(stdin.rawModeCalls).toBe(0);
    expect(c.onQuit).not.toHaveBeenCalled();
    expect(stdout.text()).toContain('conv2_x');
    expect(stdout.text()).not.toContain('q quit');
  });

  it('re-lays out on resize: two panels when wide, one when narrow, never taller than the terminal', async () => {
    const stdout = new FakeStdout(120, 40);
    const stdin = new FakeStdin(true);
    const app = inkRender(<DashboardApp store={scriptedStore()} controls={controls()} canPause onForceQuit={() => {}} />, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      exitOnCtrlC: false,
      patchConsole: false,
      debug: true,
    });
    await settle();
    const wide = stdout.frames.at(-1) ?? '';
    expect(wide).toContain('best mapping');
    stdout.resize(70, 18);
    // Ink throttles writes; wait for the frame laid out for the new size.
    await vi.waitFor(() => expect(stdout.frames.at(-1)).not.toContain('best mapping'));
    const narrow = stdout.frames.at(-1) ?? '';
    app.unmount();
    expect(narrow).not.toContain('best mapping');
    expect(narrow).toContain('convergence');
    const lines = narrow.split('\n');
    expect(lines.length).toBeLessThanOrEqual(17);
    for (const line of lines) expect([...line.replace(/\u001B\[[0-9;]*m/g, '')].length).toBeLessThanOrEqual(70);
  });
});
