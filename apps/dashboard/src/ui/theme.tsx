import { createContext, useContext } from 'react';

/** Whether colours may be used (NO_COLOR / --no-color turn them off); bold and inverse stay. */
export interface Theme {
  readonly color: boolean;
}

export const ThemeContext = createContext<Theme>({ color: true });

export type Tone = 'accent' | 'good' | 'warn' | 'bad' | 'muted';

const TONE_COLORS: Readonly<Record<Tone, string>> = {
  accent: 'cyan',
  good: 'green',
  warn: 'yellow',
  bad: 'red',
  muted: 'gray',
};

/** Returns the colour for a tone, or undefined when colour is off (Ink then emits no colour codes). */
export function useTone(): (tone: Tone) => string | undefined {
  const { color } = useContext(ThemeContext);
  return (tone) => (color ? TONE_COLORS[tone] : undefined);
}
