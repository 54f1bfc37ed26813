/** A layer description that cannot describe a real layer; `field` names the offending field. */
export class LayerShapeError extends Error {
  constructor(
    readonly layerName: string,
    readonly field: string,
    message: string,
  ) {
    super(`layer "${layerName}": ${field}: ${message}`);
    this.name = 'LayerShapeError';
  }
}
