import { useSyncExternalStore } from 'react';
import { useInput, useStdin } from 'ink';
import { Dashboard } from './dashboard.js';
import type { DashboardControls } from './dashboard-controls.js';
import type { DashboardStore } from './dashboard-store.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface DashboardAppProps {
  readonly store: DashboardStore;
  readonly controls: DashboardControls;
  /** False for `gamma view`: there is no search to pause. */
  readonly canPause: boolean;
  /** A second `q` while the search is still stopping: leave without waiting for it. */
  readonly onForceQuit: () => void;
  /** Called as a frame starts rendering (React's part of it), to measure the whole frame. */
  readonly onRenderStart?: () => void;
}

/** The live dashboard: renders the store's published state and turns keys into actions and controls. */
export function DashboardApp({ store, controls, canPause, onForceQuit, onRenderStart }: DashboardAppProps) {
  onRenderStart?.();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { columns, rows } = useTerminalSize();
  // Ink reports `stdin.isTTY`, which is undefined (not false) for pipes; useInput treats only false as inactive.
  const isRawModeSupported = useStdin().isRawModeSupported === true;
  useInput(
    (input, key) => {
      if (input === 'q' || (key.ctrl && input === 'c')) {
        if (store.getState().quitting) {
          onForceQuit();
          return;
        }
        store.dispatchNow({ type: 'quit-requested' });
        controls.onQuit();
      } else if (input === 'p' && canPause) {
        const latest = store.getState();
        if (latest.result !== null || latest.quitting) return;
        const paused = !latest.paused;
        store.dispatchNow({ type: 'set-paused', paused });
        if (paused) controls.onPause();
        else controls.onResume();
      } else if (key.upArrow) {
        store.dispatchNow({ type: 'select', delta: -1 });
      } else if (key.downArrow) {
        store.dispatchNow({ type: 'select', delta: 1 });
      } else if (key.tab) {
        store.dispatchNow({ type: 'next-panel' });
      }
    },
    { isActive: isRawModeSupported },
  );
  return <Dashboard state={state} columns={columns} rows={rows} keysEnabled={isRawModeSupported} canPause={canPause} />;
}
