/** What the dashboard's keys do to the search; the search command provides them. */
export interface DashboardControls {
  /** `q`: stop the search; it should still end with `run-end` so the results so far can be written. */
  onQuit(): void;
  /** `p` while running. */
  onPause(): void;
  /** `p` while paused. */
  onResume(): void;
}
