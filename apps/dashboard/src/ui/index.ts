export { runLiveDashboard, type LiveDashboardOptions, type LiveDashboardOutcome } from './run-live-dashboard.js';
export { runPlainProgress, type PlainProgressOptions } from './run-plain-progress.js';
export { createPlainProgressPrinter, finalReportLines, type PlainProgressPrinter } from './plain-progress.js';
export { createJsonEventPrinter } from './json-progress.js';
export { chooseProgressMode, type ProgressMode, type ProgressModeInput } from './progress-mode.js';
export { colorEnabled } from './color-choice.js';
export { consumeSearchEvents, type SearchEventSource, type SearchEventSubscribe } from './search-event-source.js';
export type { DashboardControls } from './dashboard-controls.js';
export {
  dashboardReducer,
  initialDashboardState,
  stateFromResult,
  overallProgress,
  runClock,
  type DashboardAction,
  type DashboardRunInfo,
  type DashboardState,
  type LayerView,
} from './dashboard-state.js';
export { renderResultReport, type ResultReportOptions } from './result-report.js';
export { runResultViewer, type ResultViewerOptions } from './run-result-viewer.js';
export { SearchEventQueue } from './search-event-queue.js';
export { dashboardRunInfo } from './dashboard-run-info.js';
