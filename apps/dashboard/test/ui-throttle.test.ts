import { describe, expect, it } from 'vitest';
import { FrameThrottle, type ScheduleTimer } from '../src/ui/frame-throttle.js';
import { createDashboardStore } from '../src/ui/dashboard-store.js';
import { initialDashboardState } from '../src/ui/dashboard-state.js';
import { fullRunEvents, run } from './ui-script.js';

/** A hand-driven clock and timer queue: the tests move time, nothing waits. */
function manualTime() {
  let now = 0;
  let pending: { at: number; callback: () => void; cancelled: boolean }[] = [];
  const schedule: ScheduleTimer = (callback, ms) => {
    const entry = { at: now + ms, callback, cancelled: false };
    pending.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  const advance = (ms: number): void => {
    now += ms;
    const due = pending.filter((p) => p.at <= now && !p.cancelled);
    pending = pending.filter((p) => p.at > now && !p.cancelled);
    for (const p of due) p.callback();
  };
  return { schedule, advance, now: () => now, pendingCount: () => pending.filter((p) => !p.cancelled).length };
}

describe('FrameThrottle', () => {
  it('publishes the first request at once and collapses a burst into one trailing call', () => {
    const time = manualTime();
    let published = 0;
    const throttle = new FrameThrottle(() => (published += 1), 100, time.now, time.schedule);
    throttle.request();
    expect(published).toBe(1);
    for (let i = 0; i < 50; i++) throttle.request();
    expect(published).toBe(1);
    expect(time.pendingCount()).toBe(1);
    time.advance(100);
    expect(published).toBe(2);
    time.advance(1000);
    expect(published).toBe(2);
  });

  it('can count its construction as the first publish, so the first request waits a full interval', () => {
    const time = manualTime();
    let published = 0;
    const throttle = new FrameThrottle(() => (published += 1), 100, time.now, time.schedule, true);
    throttle.request();
    expect(published).toBe(0);
    time.advance(99);
    expect(published).toBe(0);
    time.advance(1);
    expect(published).toBe(1);
  });

  it('flush publishes immediately and drops the pending call', () => {
    const time = manualTime();
    let published = 0;
    const throttle = new FrameThrottle(() => (published += 1), 100, time.now, time.schedule);
    throttle.request();
    throttle.request();
    throttle.flush();
    expect(published).toBe(2);
    time.advance(200);
    expect(published).toBe(2);
  });
});

describe('dashboard store', () => {
  it('folds every event but notifies at most once per frame, with the latest state', () => {
    const time = manualTime();
    const store = createDashboardStore(initialDashboardState(run), { maxFramesPerSecond: 10, now: time.now, schedule: time.schedule });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().layers.filter((l) => l.status === 'done').length));
    for (const event of fullRunEvents) store.dispatch({ type: 'event', event, atMs: time.now() });
    // The first frame is the one drawn as the dashboard mounts: every event waits for the next.
    expect(seen).toHaveLength(0);
    expect(store.getState().result).not.toBeNull();
    expect(store.getSnapshot().result).toBeNull();
    time.advance(100);
    expect(seen).toEqual([3]);
    expect(store.getSnapshot()).toBe(store.getState());
  });

  it('rejects a non-positive frame rate', () => {
    expect(() => createDashboardStore(initialDashboardState(run), { maxFramesPerSecond: 0 })).toThrow(/maxFramesPerSecond must be > 0, got 0/);
  });
});

describe('dashboard store frame spacing', () => {
  it('spaces frames so that drawing stays within the render budget, between 10 per second and one per 2 s', () => {
    const time = manualTime();
    const store = createDashboardStore(initialDashboardState(run), { maxFramesPerSecond: 10, now: time.now, schedule: time.schedule, renderBudget: 0.03 });
    expect(store.frameIntervalMs()).toBe(100);
    store.reportRenderTime(1.5); // 1.5 ms / 3 % = 50 ms: faster than 10 fps allows
    expect(store.frameIntervalMs()).toBe(100);
    store.reportRenderTime(12); // a slower frame counts at once: 12 ms / 3 % = 400 ms
    expect(store.frameIntervalMs()).toBeCloseTo(400, 6);
    store.reportRenderTime(2); // a faster one only slowly: 0.7·12 + 0.3·2 = 9 ms → 300 ms
    expect(store.frameIntervalMs()).toBeCloseTo(300, 6);
    for (let i = 0; i < 40; i++) store.reportRenderTime(1.5); // back to the 10 fps floor
    expect(store.frameIntervalMs()).toBe(100);
    store.reportRenderTime(200); // a very slow terminal still gets a frame every 2 s
    expect(store.frameIntervalMs()).toBe(2000);
    store.dispose();
  });

  it('keeps drawing within 2 % of the wall time by default', () => {
    const store = createDashboardStore(initialDashboardState(run), { maxFramesPerSecond: 10, now: () => 0, schedule: () => () => {} });
    store.reportRenderTime(10);
    expect(store.frameIntervalMs()).toBeCloseTo(500, 6);
    store.dispose();
  });

  it('publishes a burst of events no more often than the adapted interval', () => {
    const time = manualTime();
    const store = createDashboardStore(initialDashboardState(run), { maxFramesPerSecond: 10, now: time.now, schedule: time.schedule });
    let frames = 0;
    store.subscribe(() => (frames += 1));
    for (let i = 0; i < 20; i++) store.reportRenderTime(10); // 10 ms / 2 % → 500 ms
    for (const event of fullRunEvents) store.dispatch({ type: 'event', event, atMs: time.now() });
    // The mount frame counts as the first, at time 0: the burst waits a whole interval.
    expect(frames).toBe(0);
    time.advance(499);
    expect(frames).toBe(0);
    time.advance(1);
    expect(frames).toBe(1);
    for (const event of fullRunEvents) store.dispatch({ type: 'event', event, atMs: time.now() });
    time.advance(499);
    expect(frames).toBe(1);
    time.advance(1);
    expect(frames).toBe(2);
    store.dispose();
  });
});
