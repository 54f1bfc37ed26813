import { dashboardReducer, type DashboardAction, type DashboardState } from './dashboard-state.js';
import { FrameThrottle, realTimer, type ScheduleTimer } from './frame-throttle.js';

/**
 * Holds the latest dashboard state. Every event is folded in at once (cheap); listeners, i.e. React, hear about it
 * at most `maxFramesPerSecond` times a second. Key actions publish immediately.
 */
export interface DashboardStore {
  dispatch(action: DashboardAction): void;
  dispatchNow(action: DashboardAction): void;
  /** The newest state, published or not. */
  getState(): DashboardState;
  /** The state last published to listeners (what React renders). */
  getSnapshot(): DashboardState;
  subscribe(listener: () => void): () => void;
  flush(): void;
  dispose(): void;
}

export interface DashboardStoreOptions {
  readonly maxFramesPerSecond?: number;
  readonly now?: () => number;
  readonly schedule?: ScheduleTimer;
}

export function createDashboardStore(initial: DashboardState, options: DashboardStoreOptions = {}): DashboardStore {
  const maxFps = options.maxFramesPerSecond ?? 10;
  if (!(maxFps > 0)) throw new Error(`dashboard: maxFramesPerSecond must be > 0, got ${maxFps}`);
  let state = initial;
  let snapshot = initial;
  const listeners = new Set<() => void>();
  const publish = (): void => {
    if (snapshot === state) return;
    snapshot = state;
    for (const listener of listeners) listener();
  };
  const throttle = new FrameThrottle(publish, 1000 / maxFps, options.now ?? Date.now, options.schedule ?? realTimer);
  return {
    dispatch(action) {
      state = dashboardReducer(state, action);
      throttle.request();
    },
    dispatchNow(action) {
      state = dashboardReducer(state, action);
      throttle.flush();
    },
    getState: () => state,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: () => throttle.flush(),
    dispose() {
      throttle.cancel();
      listeners.clear();
    },
  };
}
