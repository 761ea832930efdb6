// Which highlight ranges a huge page registers: a window of MAX_REGISTERED around the viewport,
// found by binary search over ranges in top-to-bottom order, moved only near its ends.
import { describe, expect, it } from 'vitest';
import { firstEndingBelow, MAX_REGISTERED, needsMove, windowAround } from '../../entrypoints/content/highlight-window';

describe('firstEndingBelow', () => {
  const bottoms = (rowHeight: number, scrolled: number) => (i: number) => (Math.floor(i / 4) + 1) * rowHeight - scrolled;
  it.each([
    [80_000, 25, 0, 0],
    [80_000, 25, 25 * 1000, 3996],
    [80_000, 25, 25 * 20_000 + 1, 80_000],
    [0, 25, 0, 0],
  ])('%i ranges, rows of %i px, scrolled %i px → %i', (n, h, scrolled, expected) => {
    expect(firstEndingBelow(n, bottoms(h, scrolled), 0)).toBe(expected);
  });
});

describe('windowAround and needsMove', () => {
  it.each<[number, number, [number, number]]>([
    [1500, 700, [0, 1500]],
    [80_000, 0, [0, MAX_REGISTERED]],
    [80_000, 40_000, [40_000 - MAX_REGISTERED / 4, 40_000 + (3 * MAX_REGISTERED) / 4]],
    [80_000, 80_000, [80_000 - MAX_REGISTERED, 80_000]],
  ])('%i ranges around %i → %o', (n, at, expected) => {
    const w = windowAround(n, at);
    expect(w).toEqual(expected);
    expect(w[1] - w[0]).toBeLessThanOrEqual(MAX_REGISTERED);
    expect(needsMove(w, n, at)).toBe(false);
  });

  it('moves when the viewport nears an end of the window, not before', () => {
    const w = windowAround(80_000, 40_000);
    expect(needsMove(w, 80_000, 40_100)).toBe(false);
    expect(needsMove(w, 80_000, w[1] - 100)).toBe(true);
    expect(needsMove(w, 80_000, w[0] + 10)).toBe(true);
  });
});
