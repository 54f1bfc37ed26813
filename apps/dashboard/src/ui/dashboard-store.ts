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
  /**
   * How long the terminal took to draw the last frame. Frames are spaced so that drawing stays within
   * `renderBudget` of the wall time (the search must not slow down), but never more often than `maxFramesPerSecond`
   * and at least every two seconds.
   */
  reportRenderTime(ms: number): void;
  /** The current spacing of frames, ms. */
  frameIntervalMs(): number;
  dispose(): void;
}

export interface DashboardStoreOptions {
  readonly maxFramesPerSecond?: number;
  readonly now?: () => number;
  readonly schedule?: ScheduleTimer;
  /** Share of wall time drawing may take; default 0.02. */
  readonly renderBudget?: number;
}

/** Frames are drawn at least this often, however slow the terminal. */
const SLOWEST_FRAME_INTERVAL_MS = 2000;

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
  const fastestIntervalMs = 1000 / maxFps;
  const renderBudget = options.renderBudget ?? 0.02;
  let intervalMs = fastestIntervalMs;
  let renderTimeMs: number | null = null;
  // The dashboard's first frame is drawn as it mounts, from the initial state: the first event waits a frame interval
  // instead of costing a second frame at once.
  const throttle = new FrameThrottle(publish, fastestIntervalMs, options.now ?? Date.now, options.schedule ?? realTimer, true);
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
    reportRenderTime(ms) {
      if (!(ms >= 0)) return;
      // Up at once, down slowly: the first frames (the mount, an empty chart) are cheaper than the rest, and frames spaced
      // for them would take more than the budget until an average caught up; one slow frame (a resize, a GC pause)
      // slows the display only until the average comes down again.
      renderTimeMs = renderTimeMs === null || ms > renderTimeMs ? ms : 0.7 * renderTimeMs + 0.3 * ms;
      intervalMs = Math.min(SLOWEST_FRAME_INTERVAL_MS, Math.max(fastestIntervalMs, renderTimeMs / renderBudget));
      throttle.setMinInterval(intervalMs);
    },
    frameIntervalMs: () => intervalMs,
    dispose() {
      throttle.cancel();
      listeners.clear();
    },
  };
}
