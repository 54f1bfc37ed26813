import { DIMS, type Dim } from './dim.js';
import { mappingLevel, type LoopTile, type Mapping, type MappingLevel } from './mapping.js';
import type { Problem } from './problem.js';

/** MAESTRO text that cannot be read, or says something a genome cannot express. Names the source and line. */
export class MaestroParseError extends Error {
  constructor(
    readonly source: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${source}:${line}: ${detail}`);
    this.name = 'MaestroParseError';
  }
}

interface Token {
  readonly text: string;
  readonly line: number;
}

function tokenize(text: string, source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s+|\/\/[^\n]*|[A-Za-z_][A-Za-z0-9_]*'?|\d+|[{}():;,]|./gy;
  let line = 1;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const t = match[0];
    if (/^\s/.test(t) || t.startsWith('//')) {
      for (const ch of t) if (ch === '\n') line++;
      continue;
    }
    if (t.length === 1 && !/[A-Za-z0-9_{}():;,]/.test(t)) {
      throw new MaestroParseError(source, line, `unexpected character ${JSON.stringify(t)}`);
    }
    tokens.push({ text: t, line });
  }
  return tokens;
}

/** MAESTRO's dims as written in a dataflow, mapped to genome dims (Y'/X' → Y/X). */
const DIRECTIVE_DIMS: Readonly<Record<string, Dim>> = { K: 'K', C: 'C', "Y'": 'Y', "X'": 'X', R: 'R', S: 'S' };

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly source: string,
  ) {}

  fail(detail: string, token: Token | undefined = this.tokens[this.pos]): never {
    const line = token?.line ?? this.tokens[this.tokens.length - 1]?.line ?? 1;
    throw new MaestroParseError(this.source, line, detail);
  }

  peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  next(what: string): Token {
    const token = this.tokens[this.pos];
    if (!token) this.fail(`unexpected end of text, expected ${what}`);
    this.pos++;
    return token;
  }

  expect(text: string): Token {
    const token = this.next(`'${text}'`);
    if (token.text !== text) this.fail(`expected '${text}', got '${token.text}'`, token);
    return token;
  }

  integer(what: string): number {
    const token = this.next(what);
    if (token.text === 'Sz') {
      this.fail(`Sz(...) expressions are not supported: write the ${what} as a number (a genome stores plain tile sizes)`, token);
    }
    if (!/^\d+$/.test(token.text)) this.fail(`${what} must be a positive integer, got '${token.text}'`, token);
    const n = Number(token.text);
    if (n < 1) this.fail(`${what} must be a positive integer, got ${n}`, token);
    return n;
  }

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }
}

/** `{ A: n, B: m }` as a record; `allowed` names the keys that may appear. */
function parseKeyValues(p: Parser, block: string, allowed: readonly string[]): Map<string, number> {
  p.expect('{');
  const values = new Map<string, number>();
  while (p.peek()?.text !== '}') {
    const key = p.next(`a ${block} entry`);
    if (!allowed.includes(key.text)) p.fail(`${block}: unknown entry '${key.text}'; allowed: ${allowed.join(', ')}`, key);
    if (values.has(key.text)) p.fail(`${block}: '${key.text}' given twice`, key);
    p.expect(':');
    values.set(key.text, p.integer(`${block} ${key.text}`));
    if (p.peek()?.text === ',') p.next(',');
  }
  p.expect('}');
  return values;
}

interface DraftLevel {
  clusterSize: number | null;
  parallel: Dim | null;
  loops: LoopTile[];
  line: number;
}

function parseDataflow(p: Parser): DraftLevel[] {
  p.expect('{');
  const levels: DraftLevel[] = [{ clusterSize: null, parallel: null, loops: [], line: p.peek()?.line ?? 1 }];
  while (p.peek()?.text !== '}') {
    const head = p.next('a directive');
    if (head.text === 'Cluster') {
      p.expect('(');
      const size = p.integer('cluster size');
      p.expect(',');
      const kind = p.next('cluster type P');
      if (kind.text !== 'P') {
        p.fail(`Cluster(${size},${kind.text}): only physical clusters (P) can be expressed by a genome`, kind);
      }
      p.expect(')');
      p.expect(';');
      levels.push({ clusterSize: size, parallel: null, loops: [], line: head.line });
      continue;
    }
    if (head.text !== 'SpatialMap' && head.text !== 'TemporalMap') {
      p.fail(`unknown directive '${head.text}'; a genome is written with SpatialMap, TemporalMap and Cluster(n,P) only`, head);
    }
    p.expect('(');
    const size = p.integer(`${head.text} size`);
    p.expect(',');
    const offset = p.integer(`${head.text} offset`);
    p.expect(')');
    const dimToken = p.next('a dimension');
    const dim = DIRECTIVE_DIMS[dimToken.text];
    if (dim === undefined) {
      const hint = dimToken.text === 'Y' || dimToken.text === 'X' ? ` (input coordinates; a genome tiles ${dimToken.text}' in output coordinates)` : '';
      p.fail(`${head.text} over '${dimToken.text}' cannot be expressed${hint}; dimensions: K, C, Y', X', R, S`, dimToken);
    }
    p.expect(';');
    if (size !== offset) {
      p.fail(`${head.text}(${size},${offset}) ${dimToken.text}: size and offset differ (a sliding window); a genome tile has size = offset`, head);
    }
    const level = levels[levels.length - 1];
    if (level.loops.some((l) => l.dim === dim)) p.fail(`${dimToken.text} is mapped twice in one cluster level`, dimToken);
    if (head.text === 'SpatialMap') {
      if (level.parallel !== null) {
        p.fail(`two SpatialMaps in one cluster level (${level.parallel} and ${dim}); a genome level has one parallel dimension`, head);
      }
      level.parallel = dim;
    }
    level.loops.push({ dim, tile: size });
  }
  p.expect('}');
  return levels;
}

/**
 * Reads a one-layer MAESTRO `.m` text (as `toMaestroText` writes it) back into a problem (repeat 1, named after the
 * layer) and a mapping. Throws `MaestroParseError` (source:line) for what a genome cannot express: several
 * SpatialMaps or none in a level, sliding windows (size ≠ offset), partial R/S tiles, Sz(), input-coordinate Y/X,
 * logical clusters, unknown directives or entries. Depthwise (DSCONV) dataflows omit K; K is put innermost with tile 1.
 */
export function parseMaestroText(text: string, source = 'maestro'): { problem: Problem; mapping: Mapping } {
  const p: Parser = new Parser(tokenize(text, source), source);
  const wrapped = p.peek()?.text === 'Network';
  if (wrapped) {
    p.next('Network');
    p.next('a network name');
    p.expect('{');
  }
  const layerToken = p.expect('Layer');
  const layerName = p.next('a layer name').text;
  p.expect('{');
  let op: 'CONV' | 'DSCONV' | null = null;
  let stride = new Map<string, number>();
  let dims: Map<string, number> | null = null;
  let levels: DraftLevel[] | null = null;
  while (p.peek()?.text !== '}') {
    const section = p.next('Type, Stride, Dimensions or Dataflow');
    if (section.text === 'Type') {
      p.expect(':');
      const type = p.next('a layer type');
      if (type.text !== 'CONV' && type.text !== 'DSCONV') p.fail(`Type: must be CONV or DSCONV, got '${type.text}'`, type);
      op = type.text;
    } else if (section.text === 'Stride') {
      stride = parseKeyValues(p, 'Stride', ['X', 'Y']);
    } else if (section.text === 'Dimensions') {
      dims = parseKeyValues(p, 'Dimensions', ['N', ...DIMS]);
      const batch = dims.get('N');
      if (batch !== undefined && batch !== 1) p.fail(`Dimensions: N is ${batch}; a genome maps one batch element (N: 1)`, section);
    } else if (section.text === 'Dataflow') {
      if (levels) p.fail('Dataflow given twice', section);
      levels = parseDataflow(p);
    } else {
      p.fail(`unknown layer entry '${section.text}'; allowed: Type, Stride, Dimensions, Dataflow`, section);
    }
  }
  p.expect('}');
  if (wrapped) {
    if (p.peek()?.text === 'Layer') p.fail('more than one layer; a genome maps one layer, split the network');
    p.expect('}');
  }
  if (!p.atEnd()) p.fail(`unexpected '${p.peek()?.text}' after the layer`);
  if (op === null) p.fail('the layer has no Type', layerToken);
  if (dims === null) p.fail('the layer has no Dimensions', layerToken);
  if (levels === null) p.fail('the layer has no Dataflow', layerToken);
  for (const d of DIMS) if (!dims.has(d)) p.fail(`Dimensions: ${d} is missing`, layerToken);
  const get = (d: string): number => dims.get(d) as number;
  const problem: Problem = {
    op,
    name: layerName,
    K: get('K'),
    C: get('C'),
    Y: get('Y'),
    X: get('X'),
    R: get('R'),
    S: get('S'),
    strideY: stride.get('Y') ?? 1,
    strideX: stride.get('X') ?? 1,
    repeat: 1,
  };
  const mapping: Mapping = { levels: levels.map((level) => finishLevel(p, level, problem)) };
  return { problem, mapping };
}

function finishLevel(p: Parser, level: DraftLevel, problem: Problem): MappingLevel {
  const at = `cluster level starting here`;
  const token = { text: '', line: level.line };
  if (level.parallel === null) p.fail(`${at} has no SpatialMap; a genome level has exactly one parallel dimension`, token);
  const depthwise = problem.op === 'DSCONV';
  if (depthwise && level.parallel === 'K') p.fail(`${at}: a depthwise layer cannot be K-parallel`, token);
  const loops = level.loops.slice();
  for (const d of DIMS) {
    if (loops.some((l) => l.dim === d)) continue;
    if (d === 'K' && depthwise) loops.push({ dim: 'K', tile: 1 });
    else p.fail(`${at} does not map ${d === 'Y' || d === 'X' ? d + "'" : d}; a genome level maps all six dimensions`, token);
  }
  for (const loop of loops) {
    const full = loop.dim === 'R' ? problem.R : loop.dim === 'S' ? problem.S : null;
    if (full !== null && loop.tile !== full) {
      p.fail(`${at}: partial ${loop.dim} tile ${loop.tile} (${loop.dim} is ${full}); R/S tiles must be the full kernel`, token);
    }
  }
  return mappingLevel(level.parallel, level.clusterSize, loops);
}
