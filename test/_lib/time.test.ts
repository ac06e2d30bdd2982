import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarDateSchema,
  dayInZone,
  dayNumberOf,
  Instant,
  isoInstant,
  isTimeZone,
  startOfDayInZone,
  TimeZoneSchema,
} from '../../src/_lib/time.js';

const parse = (v: unknown) => Instant.safeParse(v);

describe('Instant', () => {
  it.each([
    ['2026-11-23T09:30:00Z', Date.UTC(2026, 10, 23, 9, 30)],
    ['2026-11-23T09:30:00.250z', Date.UTC(2026, 10, 23, 9, 30, 0, 250)],
    ['2026-11-23T09:30-07:00', Date.UTC(2026, 10, 23, 16, 30)],
    ['2026-11-23T09:30:15+05:30', Date.UTC(2026, 10, 23, 4, 0, 15)],
  ])('reads %s', (text, ms) => {
    expect(parse(text)).toEqual({ success: true, data: ms });
  });

  it('agrees with Date.parse on any valid ISO 8601 instant with an offset (fast-check)', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(-200, 0, 1), max: Date.UTC(9999, 11, 31) }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        fc.constantFrom('', '.5', '.25', '.123', '.123456789'),
        (ms, offsetMin, fraction) => {
          const local = new Date(ms + offsetMin * 60_000);
          const y = local.getUTCFullYear();
          if (y < 0) return;
          const off = offsetMin === 0 ? 'Z' : `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
          const text = `${pad(y, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${fraction}${off}`;
          expect(parse(text)).toEqual({ success: true, data: Date.parse(text) });
        },
      ),
    );
  });

  it('reads years before 100 without shifting them to the 1900s', () => {
    expect(parse('0050-03-01T00:00:00Z')).toEqual({ success: true, data: Date.parse('0050-03-01T00:00:00Z') });
    expect(dayNumberOf('0050-03-01')).toBe(Date.parse('0050-03-01T00:00:00Z') / 86_400_000);
    expect(dayNumberOf('0100-02-29')).toBeUndefined();
    expect(dayNumberOf('2000-02-29')).toBeDefined();
    expect(dayNumberOf('2026-00-10')).toBeUndefined();
    expect(dayNumberOf('2026-04-31')).toBeUndefined();
    expect(dayNumberOf('2026-04-00')).toBeUndefined();
  });

  it('accepts a Date', () => {
    expect(parse(new Date(Date.UTC(2026, 0, 1)))).toEqual({ success: true, data: Date.UTC(2026, 0, 1) });
  });

  it.each([
    ['2026-11-23T09:30:00', /no UTC offset/],
    ['2026-11-23', /calendar date, but a moment in time is needed/],
    ['yesterday', /not an ISO 8601 date-time/],
    ['2026-02-30T10:00:00Z', /not a real date and time/],
    ['2026-11-23T24:00:00Z', /not a real date and time/],
    ['2026-11-23T10:60:00Z', /not a real date and time/],
    ['2026-11-23T10:00:60Z', /not a real date and time/],
    ['2026-11-23T10:00:00+24:00', /not a real date and time/],
    ['2026-11-23T10:00:00+05:60', /not a real date and time/],
  ])('rejects %s', (text, message) => {
    const r = parse(text);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });

  it('rejects an invalid Date and other types', () => {
    expect(parse(new Date(Number.NaN)).error?.issues[0]?.message).toBe('is an invalid Date');
    expect(parse(42).error?.issues[0]?.message).toMatch(/expected a Date or an ISO 8601/);
  });
});

describe('day numbers in a zone', () => {
  it('finds the start of a calendar day in a zone, across DST', () => {
    const day = dayNumberOf('2026-03-08') as number;
    expect(new Date(startOfDayInZone(day, 'America/Los_Angeles')).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(new Date(startOfDayInZone(day + 1, 'America/Los_Angeles')).toISOString()).toBe('2026-03-09T07:00:00.000Z');
    expect(dayInZone(Date.UTC(2026, 2, 9, 6, 59), 'America/Los_Angeles')).toBe(day);
    expect(isoInstant(Date.UTC(2026, 0, 1))).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('calendar dates and zones', () => {
  it('knows which calendar dates exist', () => {
    expect(dayNumberOf('1970-01-02')).toBe(1);
    expect(dayNumberOf('2028-02-29')).toBeDefined();
    expect(dayNumberOf('2027-02-29')).toBeUndefined();
    expect(dayNumberOf('2027-2-28')).toBeUndefined();
    expect(CalendarDateSchema.safeParse('2027-02-29').error?.issues[0]?.message).toBe('"2027-02-29" is not a calendar date "YYYY-MM-DD" that exists');
    expect(CalendarDateSchema.safeParse(5).error?.issues[0]?.message).toBe('expected a calendar date "YYYY-MM-DD"');
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('America/Denver')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(TimeZoneSchema.safeParse('Mars/Olympus').error?.issues[0]?.message).toMatch(/not a time zone this runtime knows/);
    expect(TimeZoneSchema.safeParse(3).error?.issues[0]?.message).toMatch(/expected an IANA time-zone name/);
  });
});

describe('isoInstant (the fast instant formatter decisions use)', () => {
  it('formats like Date#toISOString for every whole millisecond of the years 0000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
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
    expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });

  it.each([
    ['before year 0000', -62_167_219_200_001],
    ['after year 9999', 253_402_300_800_000],
    ['a fraction of a millisecond', 1.5],
  ])('falls back to Date for an instant %s', (_label, ms) => {
    expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });
});
