import type { HistoryPoint, LayerResult, ScoredMapping, SearchResult } from './search-result.js';

/** Typed progress stream of a search; the dashboard subscribes to it. Nothing in this package prints. */
export type SearchEvent =
  | {
      readonly type: 'run-start';
      /** Per unique layer: its repeats in the model, MACs and ⌈MACs / PEs⌉ (cycles), all repetitions included. */
      readonly layers: readonly { readonly name: string; readonly count: number; readonly macs: number; readonly lowerBound: number }[];
      readonly seed: number;
    }
  | { readonly type: 'layer-start'; readonly layerIndex: number; readonly name: string }
  | {
      readonly type: 'generation';
      readonly layerIndex: number;
      readonly generation: number;
      readonly samples: number;
      readonly validRate: number;
      readonly best: HistoryPoint;
      readonly bestMapping: ScoredMapping | null;
      readonly front: readonly ScoredMapping[];
      readonly invalidReasons: Readonly<Record<string, number>>;
      readonly evaluationsPerSecond: number;
    }
  | { readonly type: 'layer-end'; readonly layerIndex: number; readonly result: LayerResult }
  | { readonly type: 'checkpoint'; readonly path: string }
  | { readonly type: 'run-end'; readonly result: SearchResult };
