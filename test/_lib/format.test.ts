import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinText, longDate, monthYear, numberInWords, shortUsDate } from '../../src/_lib/format.js';
import { dayNumber } from '../../src/_lib/time.js';

describe('human dates and numbers', () => {
  it('formats dates in US English without a time zone', () => {
    const day = dayNumber(2026, 9, 4);
    expect(longDate(day)).toBe('September 4, 2026');
    expect(monthYear(day)).toBe('September 2026');
    expect(shortUsDate(day)).toBe('9/4/26');
    expect(shortUsDate(dayNumber(2005, 1, 31))).toBe('1/31/05');
  });

  it.each([
    [0, 'zero'], [7, 'seven'], [19, 'nineteen'], [20, 'twenty'], [60, 'sixty'], [45, 'forty-five'],
    [100, 'one hundred'], [120, 'one hundred twenty'], [999, 'nine hundred ninety-nine'],
  ])('writes %i as "%s"', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it('falls back to digits outside 0–999 or for fractions', () => {
    expect(numberInWords(1000)).toBe('1000');
    expect(numberInWords(-1)).toBe('-1');
    expect(numberInWords(1.5)).toBe('1.5');
  });
});

describe('joinText (Array#join for the short texts of a decision)', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a; b'],
    [['a', '', 'c'], 'a; ; c'],
  ])('joins %j as %j', (items, text) => {
    expect(joinText(items, '; ')).toBe(text);
  });

  it('joins any strings as Array#join does (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), (items, separator) => {
        expect(joinText(items, separator)).toBe(items.join(separator));
      }),
    );
  });
});
