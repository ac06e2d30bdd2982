import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoUtc } from '../../src/service-desk/internal.js';

describe('isoUtc (the fast instant formatter of closeEligibility)', () => {
  it('formats like Date#toISOString for every whole millisecond of the years 0000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it.each([
    ['the epoch', 0],
    ['a millisecond before the epoch', -1],
    ['the last millisecond of a day', 86_399_999],
    ['29 February of a leap year', Date.parse('2028-02-29T23:59:59.999Z')],
    ['1 March of a century that is not a leap year', Date.parse('2100-03-01T00:00:00.000Z')],
    ['a two-digit year', Date.parse('0099-03-01T00:00:00Z')],
    ['a three-digit year', Date.parse('0999-12-31T12:34:56.789Z')],
    ['the first millisecond of year 0000', -62_167_219_200_000],
    ['the last millisecond of year 9999', 253_402_300_799_999],
  ])('formats %s like Date#toISOString', (_label, ms) => {
    expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
  });

  it.each([
    ['before year 0000', -62_167_219_200_001],
    ['after year 9999', 253_402_300_800_000],
    ['a fraction of a millisecond', 1.5],
  ])('falls back to Date for an instant %s', (_label, ms) => {
    expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
  });
});
