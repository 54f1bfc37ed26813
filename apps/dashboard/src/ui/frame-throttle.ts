/** Schedules `callback` after `ms`; returns a function that cancels it. */
export type ScheduleTimer = (callback: () => void, ms: number) => () => void;

export const realTimer: ScheduleTimer = (callback, ms) => {
  const handle = setTimeout(callback, ms);
  return () => clearTimeout(handle);
};

/**
 * Calls `publish` at most once per `minIntervalMs`: the first request publishes at once, requests inside the interval
 * collapse into one trailing call. The search thus never waits on rendering, and the screen shows the latest state.
 */
export class FrameThrottle {
  private lastPublishMs = Number.NEGATIVE_INFINITY;
  private cancelPending: (() => void) | null = null;

  constructor(
    private readonly publish: () => void,
    private minIntervalMs: number,
    private readonly now: () => number,
    private readonly schedule: ScheduleTimer = realTimer,
    /** Counts the moment of construction as a publish (a first frame drawn then), so the first request waits. */
    publishedAtStart = false,
  ) {
    if (publishedAtStart) this.lastPublishMs = now();
  }

  request(): void {
    if (this.cancelPending !== null) return;
    const wait = this.lastPublishMs + this.minIntervalMs - this.now();
    if (wait <= 0) {
      this.run();
      return;
    }
    this.cancelPending = this.schedule(() => {
      this.cancelPending = null;
      this.run();
    }, wait);
  }

  /** Changes the spacing of later publishes (a pending call keeps its time). */
  setMinInterval(ms: number): void {
    this.minIntervalMs = ms;
  }

  /** Publishes now, dropping any pending call. */
  flush(): void {
    this.cancel();
    this.run();
  }

  cancel(): void {
    this.cancelPending?.();
    this.cancelPending = null;
  }

  private run(): void {
    this.lastPublishMs = this.now();
    this.publish();
  }
}
