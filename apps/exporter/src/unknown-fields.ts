/**
 * Fields written by a newer minor schema version that this reader does not know, kept as raw wire
 * bytes beside the decoded objects (not on them, so a decoded result stays a plain `SearchResult`
 * and compares equal to the one that was written). Encoding the same objects writes them back.
 */
const messageUnknowns = new WeakMap<object, readonly Uint8Array[]>();

/** Unknown fields of the file envelope and its header, kept on the decoded root object. */
const envelopeUnknowns = new WeakMap<object, { readonly file: readonly Uint8Array[]; readonly header: readonly Uint8Array[] }>();

export function keepUnknownFields(target: object, unknowns: readonly Uint8Array[] | undefined): void {
  if (unknowns && unknowns.length > 0) messageUnknowns.set(target, unknowns);
}

/** The raw unknown fields decoded with `target`, or undefined. */
export function unknownFieldsOf(target: object): Uint8Array[] | undefined {
  const unknowns = messageUnknowns.get(target);
  return unknowns ? [...unknowns] : undefined;
}

export function keepEnvelopeUnknownFields(root: object, file: readonly Uint8Array[] | undefined, header: readonly Uint8Array[] | undefined): void {
  if ((file && file.length > 0) || (header && header.length > 0)) envelopeUnknowns.set(root, { file: file ?? [], header: header ?? [] });
}

export function envelopeUnknownFieldsOf(root: object): { file: Uint8Array[] | undefined; header: Uint8Array[] | undefined } {
  const kept = envelopeUnknowns.get(root);
  return {
    file: kept && kept.file.length > 0 ? [...kept.file] : undefined,
    header: kept && kept.header.length > 0 ? [...kept.header] : undefined,
  };
}
