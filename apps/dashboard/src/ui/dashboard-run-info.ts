import { runStartInfo, type ResolvedSearchRequest } from '@gamma-ts/genetic-engine';
import type { DashboardRunInfo } from './dashboard-state.js';

/** The header's run description from a resolved request, before the engine has produced its `RunInfo`. */
export function dashboardRunInfo(request: ResolvedSearchRequest, options: { readonly workers: number; readonly startedAt?: string }): DashboardRunInfo {
  return runStartInfo(request, options.workers, options.startedAt ?? new Date().toISOString());
}
