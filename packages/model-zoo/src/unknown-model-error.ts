/** A model name (or option) the registry does not know; the message lists what it accepts. */
export class UnknownModelError extends Error {
  constructor(
    readonly requested: string,
    readonly validNames: readonly string[],
    message?: string,
  ) {
    super(message ?? `unknown model '${requested}'; valid models: ${validNames.join(', ')}`);
    this.name = 'UnknownModelError';
  }
}
