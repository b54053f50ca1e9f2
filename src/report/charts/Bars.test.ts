import { describe, expect, it } from 'vitest';
import { valueTicks, wrapLabel } from './Bars';

describe('Bars: value ticks', () => {
  it('are whole numbers from 0 that cover the largest value, at most about five, evenly spaced', () => {
    for (const max of [0, 1, 2, 3, 7, 10, 21, 48, 99, 100, 296, 1234, 10001]) {
      const ticks = valueTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(1, max));
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.every(Number.isInteger)).toBe(true);
      const step = ticks[1]! - ticks[0]!;
      expect(ticks.every((t, i) => t === i * step)).toBe(true);
      // No empty step beyond the largest value.
      expect(ticks.at(-2)!).toBeLessThan(Math.max(1, max));
    }
    expect(valueTicks(296)).toEqual([0, 100, 200, 300]);
    expect(valueTicks(1)).toEqual([0, 1]);
  });
});

describe('Bars: label wrapping', () => {
  const chars = (text: string) => text.length * 10;
  it('fills lines word by word up to the width', () => {
    expect(wrapLabel('Overleg en activiteiten (koffieochtend, ouderavond)', 240, chars)).toEqual([
      'Overleg en activiteiten',
      '(koffieochtend,',
      'ouderavond)',
    ]);
    expect(wrapLabel('Gesprek', 200, chars)).toEqual(['Gesprek']);
  });
  it('gives a word wider than the line a line of its own and never loses a word', () => {
    const label = 'Een multidisciplinairoverlegmetveelwoorden kort';
    const lines = wrapLabel(label, 100, chars);
    expect(lines.join(' ')).toBe(label);
    expect(lines).toEqual(['Een', 'multidisciplinairoverlegmetveelwoorden', 'kort']);
  });
});
