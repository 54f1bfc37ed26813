import { vi, describe, expect, it } from 'vitest';

// Chalk decides its colour level when Ink is first imported, so force colour before the imports below.
vi.hoisted(() => {
  process.env['FORCE_COLOR'] = '1';
});

import { renderResultReport } from '../src/ui/result-report.js';
import { finalResult } from './ui-script.js';

const COLOR_CODE = /\u001B\[(3[0-7]|9[0-7]|38;)/;

describe('colour', () => {
  it('uses colour by default and none with color: false (NO_COLOR / --no-color)', () => {
    const coloured = renderResultReport(finalResult, { columns: 100, color: true, layerIndex: 1 });
    const plain = renderResultReport(finalResult, { columns: 100, color: false, layerIndex: 1 });
    expect(coloured).toMatch(COLOR_CODE);
    expect(plain).not.toMatch(COLOR_CODE);
    // Same content either way.
    expect(plain.replace(/\u001B\[[0-9;]*m/g, '')).toBe(coloured.replace(/\u001B\[[0-9;]*m/g, ''));
  });
});
