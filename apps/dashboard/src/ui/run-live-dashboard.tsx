import { render } from 'ink';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import { DashboardApp } from './dashboard-app.js';
import type { DashboardControls } from './dashboard-controls.js';
import { initialDashboardState, type DashboardRunInfo } from './dashboard-state.js';
import { createDashboardStore } from './dashboard-store.js';
import { consumeSearchEvents, type SearchEventSource } from './search-event-source.js';
import { ThemeContext } from './theme.js';

export interface LiveDashboardOptions {
  readonly events: SearchEventSource;
  /** What is known before the search starts (`RunInfo` without `endedAt`/`stopReason`). */
  readonly run: DashboardRunInfo;
  readonly controls: DashboardControls;
  readonly stdout?: NodeJS.WriteStream;
  readonly stdin?: NodeJS.ReadStream;
  readonly stderr?: NodeJS.WriteStream;
  /** False for NO_COLOR / --no-color; see `colorEnabled`. Default true. */
  readonly color?: boolean;
  /** Default 10. */
  readonly maxFramesPerSecond?: number;
  /** Wall clock, ms; default Date.now. */
  readonly now?: () => number;
  /** Route console.* output above the frame instead of through it (Ink's patchConsole). Default true. */
  readonly patchConsole?: boolean;
}

export interface LiveDashboardOutcome {
  /** True when the user pressed q (the search was asked to stop). */
  readonly quit: boolean;
  /** The `run-end` result; null if the stream ended without one or the user left before it came. */
  readonly result: SearchResult | null;
}

/**
 * Shows the live dashboard until the search ends (iterable done, or `run-end` for a subscribe source), then leaves
 * the last frame on screen and resolves. `q` calls `controls.onQuit` and keeps waiting for the search to wrap up;
 * a second `q` leaves at once. Rejects, after restoring the terminal, if the event stream throws.
 */
export async function runLiveDashboard(options: LiveDashboardOptions): Promise<LiveDashboardOutcome> {
  const now = options.now ?? Date.now;
  const store = createDashboardStore(initialDashboardState(options.run), { maxFramesPerSecond: options.maxFramesPerSecond ?? 10, now });
  let forceQuit: () => void = () => {};
  const forced = new Promise<'forced'>((resolve) => {
    forceQuit = () => resolve('forced');
  });
  // A frame costs React's rendering of the tree as well as Ink's layout and output (`renderTime`): both are time the
  // search waits, so both count against the render budget.
  let frameStartedAt: number | null = null;
  const app = render(
    <ThemeContext.Provider value={{ color: options.color ?? true }}>
      <DashboardApp store={store} controls={options.controls} canPause onForceQuit={() => forceQuit()} onRenderStart={() => (frameStartedAt ??= performance.now())} />
    </ThemeContext.Provider>,
    {
      stdout: options.stdout ?? process.stdout,
      stdin: options.stdin ?? process.stdin,
      stderr: options.stderr ?? process.stderr,
      // q and Ctrl+C go through `onQuit` so the search can write what it has.
      exitOnCtrlC: false,
      maxFps: options.maxFramesPerSecond ?? 10,
      patchConsole: options.patchConsole ?? true,
      onRender: ({ renderTime }) => {
        const frameMs = frameStartedAt === null ? renderTime : Math.max(renderTime, performance.now() - frameStartedAt);
        frameStartedAt = null;
        store.reportRenderTime(frameMs);
      },
    },
  );
  // Elapsed time and ETA move even between generations.
  const ticker = setInterval(() => store.dispatch({ type: 'tick', atMs: now() }), 1000);
  ticker.unref();
  try {
    const consumed = consumeSearchEvents(options.events, (event) => store.dispatch({ type: 'event', event, atMs: now() }));
    const how = await Promise.race([consumed.then(() => 'ended' as const), forced]);
    if (how === 'forced') consumed.catch(() => {});
    store.dispatch({ type: 'tick', atMs: now() });
    store.flush();
    // React commits the last published state on a later turn; unmounting before it would leave a stale frame.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const state = store.getState();
    return { quit: state.quitting, result: state.result };
  } finally {
    clearInterval(ticker);
    // Asked for before unmounting: asked for after, Ink registers a process 'beforeExit' listener that nothing removes.
    const exited = app.waitUntilExit();
    app.unmount();
    await exited.catch(() => {});
    // A frame as tall as the terminal ends without a newline (Ink's fullscreen frames): whatever the caller prints
    // next starts on a line of its own either way.
    (options.stdout ?? process.stdout).write('\n');
    store.dispose();
  }
}
