/** A layer description that cannot describe a real layer; `field` names the offending field. */
export class LayerShapeError extends Error {
  constructor(
    readonly layerName: string,
    readonly field: string,
    /** What is wrong with the field, without the layer and field names. */
    readonly reason: string,
  ) {
    super(`layer "${layerName}": ${field}: ${reason}`);
    this.name = 'LayerShapeError';
  }
}
