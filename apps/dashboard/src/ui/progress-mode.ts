/** How `gamma search` reports progress. */
export type ProgressMode = 'live' | 'plain' | 'json';

export interface ProgressModeInput {
  readonly stdoutIsTTY: boolean;
  readonly json: boolean;
  readonly env: NodeJS.ProcessEnv;
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** `--json` wins; the live dashboard needs a terminal that is not CI or TERM=dumb; everything else gets plain lines. */
export function chooseProgressMode({ stdoutIsTTY, json, env }: ProgressModeInput): ProgressMode {
  if (json) return 'json';
  if (!stdoutIsTTY || truthy(env['CI']) || env['TERM'] === 'dumb') return 'plain';
  return 'live';
}
