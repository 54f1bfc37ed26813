import { describe, expect, it } from 'vitest';
import {
  MaestroParseError,
  canonicalKey,
  mappingFromGenome,
  mappingToGenome,
  parseMaestroText,
  problemFromGolden,
  toMaestroText,
  type Mapping,
} from '../src/index.js';
import { loadGoldenCases } from './golden-cases.js';

const cases = loadGoldenCases();

/** A depthwise dataflow does not say where K sits; the parser puts it innermost. */
function withKInnermost(m: Mapping): Mapping {
  return {
    levels: m.levels.map((level) => ({
      ...level,
      loops: [...level.loops.filter((l) => l.dim !== 'K'), ...level.loops.filter((l) => l.dim === 'K')],
    })),
  };
}

describe('MAESTRO text over the golden cases', () => {
  it('has all 1 646 cases', () => {
    expect(cases.length).toBe(1646);
  });

  it('reproduces every maestro text byte for byte from its genome', () => {
    const mismatches: string[] = [];
    for (const c of cases) {
      const text = toMaestroText(problemFromGolden(c.layer, c.id), mappingFromGenome(c.genome, c.id));
      if (text !== c.maestro) mismatches.push(c.id);
    }
    expect(mismatches).toEqual([]);
  });

  it('parses every maestro text back to its layer and genome', () => {
    for (const c of cases) {
      const problem = problemFromGolden(c.layer, c.id);
      const mapping = mappingFromGenome(c.genome, c.id);
      const parsed = parseMaestroText(c.maestro, c.id);
      const { name: _a, ...dims } = problem;
      const { name: _b, ...parsedDims } = parsed.problem;
      expect(parsedDims, c.id).toEqual(dims);
      const expected = problem.op === 'DSCONV' ? withKInnermost(mapping) : mapping;
      expect(canonicalKey(parsed.mapping), c.id).toBe(canonicalKey(expected));
      expect(toMaestroText(parsed.problem, parsed.mapping), c.id).toBe(c.maestro);
    }
  });

  it('round-trips every genome through mappingToGenome', () => {
    for (const c of cases) expect(mappingToGenome(mappingFromGenome(c.genome)), c.id).toEqual(c.genome);
  });
});

const conv = (dataflow: string, extra = ''): string =>
  `Network 0 {\nLayer CONV {\nType: CONV\n${extra}Dimensions { K: 8, C: 4, Y: 10, X: 10, R: 3, S: 3 }\nDataflow {\n${dataflow}\n}\n}\n}`;
const fullLevel = "TemporalMap(2,2) K;\nTemporalMap(4,4) C;\nSpatialMap(2,2) Y';\nTemporalMap(8,8) X';\nTemporalMap(3,3) R;\nTemporalMap(3,3) S;";

function parseError(text: string): string {
  try {
    parseMaestroText(text, 'test.m');
  } catch (error) {
    expect(error).toBeInstanceOf(MaestroParseError);
    return (error as Error).message;
  }
  throw new Error('expected a MaestroParseError');
}

describe('parseMaestroText errors', () => {
  it('accepts a well-formed two-level text with a stride', () => {
    const { problem, mapping } = parseMaestroText(conv(`${fullLevel}\nCluster(4,P);\n${fullLevel}`, 'Stride { X: 2, Y: 1 }\n'));
    expect(problem.strideX).toBe(2);
    expect(problem.strideY).toBe(1);
    expect(mapping.levels.map((l) => l.clusterSize)).toEqual([null, 4]);
    expect(mapping.levels[1].parallel).toBe('Y');
  });

  it('rejects two SpatialMaps in a level, naming the line', () => {
    expect(parseError(conv(fullLevel.replace('TemporalMap(2,2) K', 'SpatialMap(2,2) K')))).toMatch(
      /^test\.m:8: two SpatialMaps in one cluster level/,
    );
  });

  it('rejects a level without a SpatialMap', () => {
    expect(parseError(conv(fullLevel.replace("SpatialMap(2,2) Y'", "TemporalMap(2,2) Y'")))).toMatch(/has no SpatialMap/);
  });

  it('rejects partial R/S tiles', () => {
    expect(parseError(conv(fullLevel.replace('TemporalMap(3,3) R', 'TemporalMap(1,1) R')))).toMatch(/partial R tile 1 \(R is 3\)/);
  });

  it('rejects Sz() with a hint', () => {
    expect(parseError(conv(fullLevel.replace('TemporalMap(3,3) R', 'TemporalMap(Sz(R),Sz(R)) R')))).toMatch(/Sz\(\.\.\.\) expressions are not supported/);
  });

  it('rejects sliding windows and input-coordinate Y', () => {
    expect(parseError(conv(fullLevel.replace("TemporalMap(8,8) X'", "TemporalMap(3,1) X'")))).toMatch(/size and offset differ/);
    expect(parseError(conv(fullLevel.replace("SpatialMap(2,2) Y'", 'SpatialMap(2,2) Y')))).toMatch(/input coordinates/);
  });

  it('rejects unknown directives, logical clusters and missing dimensions', () => {
    expect(parseError(conv(`${fullLevel}\nBypass(1,1) K;`))).toMatch(/unknown directive 'Bypass'/);
    expect(parseError(conv(`${fullLevel}\nCluster(4,L);\n${fullLevel}`))).toMatch(/only physical clusters/);
    expect(parseError(conv(fullLevel.replace('TemporalMap(4,4) C;', '')))).toMatch(/does not map C/);
    expect(parseError(conv(fullLevel).replace('R: 3, ', ''))).toMatch(/Dimensions: R is missing/);
  });

  it('rejects a depthwise level that is K-parallel and more than one layer', () => {
    const dw = conv(fullLevel.replace("SpatialMap(2,2) Y'", "TemporalMap(2,2) Y'").replace('TemporalMap(2,2) K', 'SpatialMap(1,1) K')).replace(
      /CONV/g,
      'DSCONV',
    );
    expect(parseError(dw)).toMatch(/depthwise layer cannot be K-parallel/);
    const two = conv(fullLevel).replace(/\n\}\n\}$/, `\n}\nLayer B {\nType: CONV\n}\n}`);
    expect(parseError(two)).toMatch(/more than one layer/);
  });
});
