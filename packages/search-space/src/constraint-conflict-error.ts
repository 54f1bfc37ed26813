/** Constraints and options that no mapping of a given layer can satisfy (e.g. a fixed tile that divides nothing). */
export class ConstraintConflictError extends Error {
  constructor(
    readonly layerName: string,
    readonly detail: string,
  ) {
    super(`layer "${layerName}": no valid mapping: ${detail}`);
    this.name = 'ConstraintConflictError';
  }
}
