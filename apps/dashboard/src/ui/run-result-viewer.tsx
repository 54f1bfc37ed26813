import { render } from 'ink';
import type { SearchResult } from '@gamma-ts/genetic-engine';
import { DashboardApp } from './dashboard-app.js';
import { stateFromResult } from './dashboard-state.js';
import { createDashboardStore } from './dashboard-store.js';
import { ThemeContext } from './theme.js';

export interface ResultViewerOptions {
  readonly result: SearchResult;
  readonly stdout?: NodeJS.WriteStream;
  readonly stdin?: NodeJS.ReadStream;
  readonly stderr?: NodeJS.WriteStream;
  readonly color?: boolean;
  /** Index into `result.layers` to open on; default the first. */
  readonly layerIndex?: number;
}

/** `gamma view` on a terminal: the dashboard's views over a finished run until `q`. */
export async function runResultViewer(options: ResultViewerOptions): Promise<void> {
  const store = createDashboardStore({ ...stateFromResult(options.result), selectedLayer: options.layerIndex ?? 0 });
  let leave: () => void = () => {};
  const left = new Promise<void>((resolve) => {
    leave = resolve;
  });
  const controls = { onQuit: () => leave(), onPause: () => {}, onResume: () => {} };
  const app = render(
    <ThemeContext.Provider value={{ color: options.color ?? true }}>
      <DashboardApp store={store} controls={controls} canPause={false} onForceQuit={() => leave()} />
    </ThemeContext.Provider>,
    {
      stdout: options.stdout ?? process.stdout,
      stdin: options.stdin ?? process.stdin,
      stderr: options.stderr ?? process.stderr,
      exitOnCtrlC: false,
    },
  );
  try {
    // Without raw-mode keys nobody can press q; show the frame once and return.
    if (!(options.stdin ?? process.stdin).isTTY) return;
    await left;
  } finally {
    // Asked for before unmounting: asked for after, Ink registers a process 'beforeExit' listener that nothing removes.
    const exited = app.waitUntilExit();
    app.unmount();
    await exited.catch(() => {});
    store.dispose();
  }
}
