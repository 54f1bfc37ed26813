/**
 * The argument sets `(psums, first, edgeEdge, reuseAtEdge)` with which MAESTRO asks for a sub-cluster's egress
 * volume; egress.ts tabulates one factor per directive state for each.
 */
export const EGRESS_FIRST = 0;
export const EGRESS_OTHER = 1;
export const EGRESS_FIRST_EDGE_EDGE = 2;
export const EGRESS_OTHER_EDGE_EDGE = 3;
export const PSUMS_FIRST = 4;
export const PSUMS_FIRST_EDGE_EDGE = 5;
/** The edge-edge sub-cluster's partial sums without edge reuse (only the spatial MAC count asks for it). */
export const PSUMS_EDGE_EDGE_NO_REUSE = 6;
export const NUM_EGRESS_VARIANTS = 7;

