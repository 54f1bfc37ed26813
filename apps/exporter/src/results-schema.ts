// The generated code is JavaScript with a pbts declaration file, which tsc neither compiles nor copies.
// This path reaches the same committed file from src/ (tests, no build) and from dist/ (the built CLI),
// so the build needs no extra copy step.
import { gamma } from '../src/generated/results.js';

/** The generated static code of `gamma.results.v1` (proto/gamma/results/v1/results.proto). */
export const schema = gamma.results.v1;
export type SchemaNamespace = typeof gamma.results.v1;
export type ProtoResultsFile = gamma.results.v1.ResultsFile.$Properties;
export type ProtoResults = gamma.results.v1.Results.$Properties;
export type ProtoRun = gamma.results.v1.Run.$Properties;
export type ProtoHardware = gamma.results.v1.Hardware.$Properties;
export type ProtoLayerResult = gamma.results.v1.LayerResult.$Properties;
export type ProtoScoredMapping = gamma.results.v1.ScoredMapping.$Properties;
export type ProtoMapping = gamma.results.v1.Mapping.$Properties;
export type ProtoProblem = gamma.results.v1.Problem.$Properties;
export type ProtoMetrics = gamma.results.v1.Metrics.$Properties;
export type ProtoEnergyBreakdown = gamma.results.v1.EnergyBreakdown.$Properties;
export type ProtoHistoryPoint = gamma.results.v1.HistoryPoint.$Properties;
export type ProtoModelTotals = gamma.results.v1.ModelTotals.$Properties;
