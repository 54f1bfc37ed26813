/** Colour is on unless `--no-color` was given or NO_COLOR is set to a non-empty value (https://no-color.org). */
export function colorEnabled(env: NodeJS.ProcessEnv, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const noColor = env['NO_COLOR'];
  return noColor === undefined || noColor === '';
}
