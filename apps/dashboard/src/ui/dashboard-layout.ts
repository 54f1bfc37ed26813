/** How the terminal's rows and columns are shared out; the frame never gets taller than the terminal. */
export interface DashboardLayout {
  readonly tableRows: number;
  readonly detailHeight: number;
  /** Panels shown side by side under the table. */
  readonly panelsAcross: 1 | 2;
  readonly panelWidth: number;
}

// Header 2, table heading + totals 2, panel tabs 1, footer 2, and one spare line so the cursor never scrolls.
const FIXED_ROWS = 8;
const PREFERRED_DETAIL_ROWS = 16;
const MIN_TABLE_ROWS = 3;
export const WIDE_COLUMNS = 100;

export function dashboardLayout(columns: number, rows: number, layerCount: number): DashboardLayout {
  const available = Math.max(4, rows - FIXED_ROWS);
  const tableRows = Math.max(1, Math.min(Math.max(1, layerCount), Math.max(MIN_TABLE_ROWS, available - PREFERRED_DETAIL_ROWS)));
  const detailHeight = Math.max(3, available - tableRows);
  const panelsAcross = columns >= WIDE_COLUMNS ? 2 : 1;
  const panelWidth = panelsAcross === 2 ? Math.floor((columns - 3) / 2) : columns;
  return { tableRows, detailHeight, panelsAcross, panelWidth };
}
