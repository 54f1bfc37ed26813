import type { LayerResult, RunInfo, ModelTotals, SearchResult } from '@gamma-ts/genetic-engine';
import { layerGap } from './results-to-proto.js';
import { SCHEMA_MAJOR, SCHEMA_MINOR, TOOL_NAME, TOOL_VERSION } from './schema-version.js';

/** The `results.json` document: everything in `results.pb`, as plain JSON. */
export interface ResultsJson {
  readonly format: { readonly tool: string; readonly toolVersion: string; readonly schema: string };
  readonly run: RunInfo;
  readonly layers: readonly (LayerResult & { readonly gap: number })[];
  readonly totals: ModelTotals;
}

/**
 * The JSON form of a search result. Downstream scripts rely on `run.{seed, algorithm, hardware, objectives, …}`,
 * `layers[].{name, count, shape, lowerBound, gap, best.{mapping, metrics, energyBreakdown}, front, history}` and
 * `totals`; `gap` is best runtime / lower bound (0 without a valid mapping).
 */
export function toResultsJson(result: SearchResult): ResultsJson {
  return {
    format: { tool: TOOL_NAME, toolVersion: TOOL_VERSION, schema: `gamma.results.v${SCHEMA_MAJOR}.${SCHEMA_MINOR}` },
    run: result.run,
    layers: result.layers.map((layer) => ({ ...layer, gap: layerGap(layer) })),
    totals: result.totals,
  };
}

/** `toResultsJson` as the text of `results.json` (2-space indented, trailing newline). */
export function toResultsJsonText(result: SearchResult): string {
  return JSON.stringify(toResultsJson(result), null, 2) + '\n';
}
