/** A YAML value this writer can emit. `FlowList` is written inline, e.g. `[ [R], [P, Hstride] ]`. */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | FlowList | { readonly [key: string]: YamlValue };

/** A list written in flow style on one line (Timeloop writes projections this way). */
export class FlowList {
  constructor(readonly items: readonly (string | number | FlowList)[]) {}
}

const PLAIN = /^[A-Za-z_][A-Za-z0-9_.\-=\[\] ]*$/;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`YAML: cannot write the number ${value}`);
    return String(value);
  }
  // Quote anything a YAML reader could take for a number, a boolean, or syntax.
  const ambiguous = /^(true|false|yes|no|on|off|null|~)$/i.test(value) || value.trim() !== value || value.includes(': ') || value.includes(' #');
  return PLAIN.test(value) && !ambiguous ? value : JSON.stringify(value);
}

function flow(list: FlowList): string {
  return `[ ${list.items.map((item) => (item instanceof FlowList ? flow(item) : scalar(item))).join(', ')} ]`;
}

function isInline(value: YamlValue): boolean {
  return value === null || typeof value !== 'object' || value instanceof FlowList || (Array.isArray(value) && value.length === 0);
}

function inline(value: YamlValue): string {
  if (value instanceof FlowList) return flow(value);
  if (Array.isArray(value)) return '[]';
  return scalar(value as string | number | boolean | null);
}

function lines(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return (value as readonly YamlValue[]).flatMap((item) => {
      if (isInline(item)) return [`${indent}- ${inline(item)}`];
      const [first, ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  return Object.entries(value as { readonly [key: string]: YamlValue }).flatMap(([key, item]) =>
    isInline(item) ? [`${indent}${key}: ${inline(item)}`] : [`${indent}${key}:`, ...lines(item, `${indent}  `)],
  );
}

/** Block-style YAML text of a mapping (object) at the top level, ending with a newline. */
export function toYaml(document: { readonly [key: string]: YamlValue }): string {
  return lines(document, '').join('\n') + '\n';
}
