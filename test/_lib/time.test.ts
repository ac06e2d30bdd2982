import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarDateSchema,
  dayInZone,
  dayNumber,
  dayNumberOf,
  FIRST_DAY,
  FIRST_INSTANT,
  formatDay,
  Instant,
  InstantMs,
  instantMs,
  isoInstant,
  isTimeZone,
  LAST_DAY,
  LAST_INSTANT,
  offsetAt,
  partsOf,
  quoted,
  startOfDayInZone,
  TimeZoneSchema,
  weekdayOf,
} from '../../src/_lib/time.js';

const parse = (v: unknown) => InstantMs.safeParse(v);

describe('Instant (public: validated, kept as given)', () => {
  it('keeps a valid string or Date as given, with the issues of InstantMs for anything else', () => {
    const date = new Date('2026-11-23T09:30:00Z');
    expect(Instant.safeParse(date).data).toBe(date);
    const inputs: unknown[] = ['2026-11-23T09:30:00+05:30', date, '2026-11-23T09:30', '2026-11-23', '2026-02-30T10:00:00Z', 'soon', new Date(Number.NaN), 42, null];
    for (const value of inputs) {
      const kept = Instant.safeParse(value, { reportInput: true });
      const ms = InstantMs.safeParse(value, { reportInput: true });
      expect(kept.success, String(value)).toBe(ms.success);
      if (kept.success) expect(kept.data).toBe(value);
      else expect(kept.error.issues).toStrictEqual(ms.error?.issues);
    }
  });
});

describe('InstantMs (what decision functions read)', () => {
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
          const inRange = ms >= FIRST_INSTANT;
          const off = offsetMin === 0 ? 'Z' : `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
          const text = `${pad(y, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${fraction}${off}`;
          if (inRange) expect(parse(text)).toEqual({ success: true, data: Date.parse(text) });
          else expect((parse(text).error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({ code: 'out_of_range' });
        },
      ),
    );
  });

  it('numbers every calendar day of the years 0001 to 9999 as Date does (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (day) => {
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumberOf(date)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['a letter in the month', '2026-1a-01'],
    ['a letter in the year', 'x026-01-01'],
    ['a letter in the day', '2026-01-0x'],
    ['slashes', '2026/01/01'],
    ['a one-digit day', '2026-01-1'],
    ['a time', '2026-01-01T00:00Z'],
    ['a trailing newline', '2026-01-01\n'],
    ['a slash after the year only', '2026/01-01'],
    ['a slash after the month only', '2026-01/01'],
  ])('is no calendar date with %s', (_label, text) => {
    expect(dayNumberOf(text)).toBeUndefined();
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

  it('reports a text that is no instant as a custom issue with no path', () => {
    const issues = parse('yesterday').error?.issues;
    expect(issues).toHaveLength(1);
    expect(issues?.[0]?.code).toBe('custom');
    expect(issues?.[0]?.path).toEqual([]);
    expect(parse(new Date(Number.NaN)).error?.issues[0]?.code).toBe('custom');
  });

  it('rejects an invalid Date and other types', () => {
    expect(parse(new Date(Number.NaN)).error?.issues[0]?.message).toBe('is an invalid Date');
    expect(parse(42).error?.issues[0]?.message).toMatch(/expected a Date or an ISO 8601/);
  });
});

/**
 * The reference reading of an instant: the regular expression of the ISO 8601 form and `Date.UTC`,
 * as the library read instants before the one-pass reader. Kept here as the oracle.
 */
function referenceInstantMs(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (!m) return Number.NaN;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const off = m[8] as string;
  const oh = off.length === 1 ? 0 : Number(off.slice(1, 3));
  const om = off.length === 1 ? 0 : Number(off.slice(4, 6));
  const date = new Date(0);
  date.setUTCFullYear(y as number, (mo as number) - 1, d as number);
  date.setUTCHours(h as number, mi as number, sec, ms);
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === (mo as number) - 1 && date.getUTCDate() === d &&
    (h as number) <= 23 && (mi as number) <= 59 && sec <= 59 && oh <= 23 && om <= 59;
  return real ? date.getTime() - (off[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000 : Number.NaN;
}

describe('instantMs (the one-pass instant reader)', () => {
  /** Strings near the ISO form: valid pieces, out-of-range numbers, and one character changed, cut or added. */
  const nearIso = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.option(fc.integer({ min: 0, max: 61 })),
      fc.option(fc.stringMatching(/^\d{0,11}$/)),
      fc.constantFrom('Z', 'z', '+00:00', '-07:00', '+05:30', '+23:59', '+24:00', '-05:60', '', '+0700', 'UTC'),
      fc.constantFrom('T', 't', ' '),
    )
    .map(([y, mo, d, h, mi, s, f, off, t]) => {
      const p = (n: number, w = 2) => String(n).padStart(w, '0');
      const seconds = s === null ? '' : `:${p(s)}${f === null ? '' : `.${f}`}`;
      return `${p(y, 4)}-${p(mo)}-${p(d)}${t}${p(h)}:${p(mi)}${seconds}${off}`;
    });
  const mutated = fc
    .tuple(nearIso, fc.nat(), fc.constantFrom('cut', 'drop', 'change', 'add'), fc.constantFrom('0', '9', '-', ':', '.', 'T', 'Z', '+', ' ', 'x', '٣'))
    .map(([text, at, how, ch]) => {
      const i = at % (text.length + 1);
      if (how === 'cut') return text.slice(0, i);
      if (how === 'drop') return text.slice(0, i) + text.slice(i + 1);
      if (how === 'change') return text.slice(0, i) + ch + text.slice(i + 1);
      return text.slice(0, i) + ch + text.slice(i);
    });

  it('reads exactly what the reference regular expression reads, to the millisecond (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(nearIso, mutated, fc.string()), (text) => {
        expect(instantMs(text)).toBe(referenceInstantMs(text));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['no seconds', '2026-11-23T09:30Z', Date.UTC(2026, 10, 23, 9, 30)],
    ['one fraction digit', '2026-11-23T09:30:00.5Z', Date.UTC(2026, 10, 23, 9, 30, 0, 500)],
    ['two fraction digits', '2026-11-23T09:30:00.05Z', Date.UTC(2026, 10, 23, 9, 30, 0, 50)],
    ['nine fraction digits, cut to milliseconds', '2026-11-23T09:30:00.999999999Z', Date.UTC(2026, 10, 23, 9, 30, 0, 999)],
    ['a negative offset', '2026-11-23T23:30:00-07:00', Date.UTC(2026, 10, 24, 6, 30)],
    ['the largest offset', '2026-11-23T23:59:00+23:59', Date.UTC(2026, 10, 23, 0, 0)],
    ['29 February of a leap year', '2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
    ['year 0000', '0000-01-01T00:00:00Z', Date.parse('0000-01-01T00:00:00Z')],
  ])('reads an instant with %s', (_label, text, ms) => {
    expect(instantMs(text)).toBe(ms);
  });

  it.each([
    ['ten fraction digits', '2026-11-23T09:30:00.1234567890Z'],
    ['a fraction without seconds', '2026-11-23T09:30.5Z'],
    ['a period and no digits', '2026-11-23T09:30:00.Z'],
    ['text after the offset', '2026-11-23T09:30:00Zx'],
    ['an offset without a colon', '2026-11-23T09:30:00+0700'],
    ['a space for the T', '2026-11-23 09:30:00Z'],
    ['29 February of a common year', '2027-02-29T00:00:00Z'],
    ['an offset of 24 hours', '2026-11-23T09:30:00+24:00'],
    ['an offset of 60 minutes', '2026-11-23T09:30:00+05:60'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['day 0', '2026-12-00T00:00:00Z'],
    ['hour 24', '2026-12-01T24:00:00Z'],
    ['second 60', '2026-12-01T10:00:60Z'],
    ['non-ASCII digits', '٢٠٢٦-11-23T09:30:00Z'],
    ['nothing', ''],
    ['a colon (the character after 9) for the second digit of the month', '2026-0:-01T00:00Z'],
    ['a slash (the character before 0) for the second digit of the month', '2026-1/-01T00:00Z'],
    ['a colon for the second digit of the day', '2026-01-0:T00:00Z'],
    ['a slash for the second digit of the day', '2026-01-1/T00:00Z'],
    ['a slash for the first digit of the hour', '2026-01-01T/9:00Z'],
    ['a slash for the second digit of the hour', '2026-01-01T0/:00Z'],
    ['a slash for the first digit of the seconds', '2026-01-01T00:00:/5Z'],
    ['a slash for the second digit of the seconds', '2026-01-01T00:00:0/Z'],
    ['a slash for the first digit of the minutes', '2026-01-01T00:/5Z'],
  ])('rejects an instant with %s', (_label, text) => {
    expect(instantMs(text)).toBeNaN();
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

describe('isoInstant and formatDay (arithmetic, checked against Date)', () => {
  it('formats like Date#toISOString for every millisecond of the years 0001 to 9999 (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_INSTANT, max: LAST_INSTANT }), fc.constantFrom(0, 0.25, 0.5, 0.999), (ms, fraction) => {
        const t = ms === LAST_INSTANT ? ms : ms + fraction;
        expect(isoInstant(t)).toBe(new Date(t).toISOString());
      }),
      { numRuns: 5000 },
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
    ['the first millisecond of year 0001', FIRST_INSTANT],
    ['the last millisecond of year 9999', LAST_INSTANT],
    ['1.5 ms before the epoch', -1.5],
    ['0.25 ms before 29 February 2000', Date.UTC(2000, 1, 29) - 0.25],
  ])('formats %s like Date#toISOString', (_label, ms) => {
    expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
  });

  it.each([
    ['before year 0001', FIRST_INSTANT - 1],
    ['after year 9999', LAST_INSTANT + 1],
    ['NaN', Number.NaN],
  ])('refuses to format an instant %s (a defect guard: decisions check first)', (_label, ms) => {
    expect(() => isoInstant(ms)).toThrow(RangeError);
  });

  it('formats, splits and numbers every day of the years 0001 to 9999 as Date does (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(formatDay(day)).toBe(date.toISOString().slice(0, 10));
        expect(partsOf(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(weekdayOf(day)).toBe(date.getUTCDay());
      }),
      { numRuns: 5000 },
    );
  });

  it('rolls months and days over as Date.UTC does (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), fc.integer({ min: -13, max: 26 }), fc.integer({ min: -40, max: 70 }), (y, m, d) => {
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, d);
        expect(dayNumber(y, m, d)).toBe(date.getTime() / 86_400_000);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses to format a day outside the years 0001 to 9999', () => {
    expect(formatDay(FIRST_DAY)).toBe('0001-01-01');
    expect(formatDay(LAST_DAY)).toBe('9999-12-31');
    expect(() => formatDay(FIRST_DAY - 1)).toThrow(RangeError);
    expect(() => formatDay(LAST_DAY + 1)).toThrow(RangeError);
  });
});

describe('the years 0001 to 9999', () => {
  it('refuses instants outside them as out_of_range, strings and Dates alike', () => {
    for (const value of ['0000-12-31T23:59:59.999Z', '0001-01-01T00:30:00+01:00', '9999-12-31T23:00:00-01:00', new Date(-8.64e15), new Date(8.64e15)]) {
      const issue = parse(value).error?.issues[0];
      expect(issue?.message).toBe('is outside the years 0001 to 9999 (UTC), the instants this library reads and writes');
      expect(issue?.code === 'custom' && issue.params).toEqual({ code: 'out_of_range' });
    }
    expect(parse('0001-01-01T00:00:00Z')).toEqual({ success: true, data: FIRST_INSTANT });
    expect(parse('9999-12-31T23:59:59.999Z')).toEqual({ success: true, data: LAST_INSTANT });
  });

  it('refuses a calendar date in the year 0000', () => {
    expect(dayNumberOf('0000-03-01')).toBeUndefined();
    expect(dayNumberOf('0001-01-01')).toBe(FIRST_DAY);
    expect(CalendarDateSchema.safeParse('0000-03-01').error?.issues[0]?.message).toBe(
      '"0000-03-01" is in the year 0000; dates from 0001-01-01 to 9999-12-31 are read',
    );
  });

  it('reads an object that only pretends to be a Date as an invalid Date, never a crash', () => {
    const fake = Object.create(Date.prototype) as Date;
    expect(parse(fake).error?.issues[0]?.message).toBe('is an invalid Date');
    const sneaky = new Date(0);
    sneaky.getTime = () => 42;
    expect(parse(sneaky)).toEqual({ success: true, data: 0 });
  });
});

/** Zones with every kind of change: DST both sides of the equator, 30- and 45-minute offsets, a skipped day. */
const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/Havana',
  'Europe/London',
  'Europe/Dublin',
  'Africa/Casablanca',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Tehran',
  'Australia/Lord_Howe',
  'Australia/Adelaide',
  'Pacific/Apia',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
] as const;

/** The offset changes of each zone from 1900 to 2040 as `tzScan` of @date-fns/tz finds them, to test at and around. */
const CHANGES: [string, number][] = ZONES.flatMap((zone) =>
  tzScan(zone, { start: new Date(Date.UTC(1900, 0, 1)), end: new Date(Date.UTC(2040, 0, 1)) }).map((c): [string, number] => [zone, c.date.getTime()]),
);

/** An instant anywhere in the years 0001 to 9999, or within a day of an offset change. */
const zonedInstant = fc.oneof(
  fc.tuple(fc.constantFrom(...ZONES), fc.integer({ min: FIRST_INSTANT + 86_400_000, max: LAST_INSTANT - 86_400_000 })),
  fc.tuple(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) })),
  fc.tuple(
    fc.constantFrom(...CHANGES),
    fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -7_200_000, max: 7_200_000 }), fc.integer({ min: -86_400_000, max: 86_400_000 })),
  ).map(([[zone, at], delta]): [string, number] => [zone, at + delta]),
);

describe('the per-zone table of offset changes (reference: tzOffset and TZDate of @date-fns/tz)', () => {
  it('gives the offset tzOffset gives, at and around every change (fast-check)', () => {
    fc.assert(
      fc.property(zonedInstant, ([zone, ms]) => {
        expect(offsetAt(ms, zone)).toBe(Math.round(tzOffset(zone, new Date(ms)) * 60) * 1000);
      }),
      { numRuns: 5000 },
    );
  }, 60_000);

  it('puts an instant on the calendar day TZDate puts it on (fast-check)', () => {
    fc.assert(
      fc.property(zonedInstant, ([zone, ms]) => {
        const d = new TZDate(ms, zone);
        expect(dayInZone(ms, zone)).toBe(dayNumber(d.getFullYear(), d.getMonth() + 1, d.getDate()));
      }),
      { numRuns: 5000 },
    );
  }, 60_000);

  it('finds the first instant of every calendar day, as TZDate does where midnight happens once (fast-check)', () => {
    fc.assert(
      fc.property(zonedInstant, ([zone, ms]) => {
        const day = dayInZone(ms, zone);
        const start = startOfDayInZone(day, zone);
        // The defining property: the day has begun at `start`, and a millisecond before it had not.
        expect(dayInZone(start, zone)).toBe(day);
        expect(dayInZone(start - 1, zone)).toBeLessThan(day);
        const { year, month, day: dom } = partsOf(day);
        const local = (t: number) => t + offsetAt(t, zone);
        const midnightOnce = local(start) === day * 86_400_000 && offsetAt(start - 86_400_000, zone) === offsetAt(start + 86_400_000, zone);
        if (midnightOnce && year >= 1900 && year <= 2100) expect(start).toBe(new TZDate(year, month - 1, dom, zone).getTime());
      }),
      { numRuns: 5000 },
    );
  }, 60_000);

  it('answers right after more than 1,000 spellings of zone names have emptied its cache', () => {
    const name = 'america/los_angeles';
    const ms = Date.UTC(2026, 6, 1);
    for (let i = 0; i < 1100; i++) {
      // A different mix of capitals for each i (Intl accepts any): 1,100 distinct names of one zone.
      const spelling = [...name].map((c, j) => ((i >> (j % 11)) & 1 ? c.toUpperCase() : c)).join('');
      expect(offsetAt(ms + i, spelling)).toBe(-7 * 3_600_000);
    }
  }, 60_000);

  it.each([
    ['Pacific/Apia skips 30 December 2011: 31 December starts at the change', 'Pacific/Apia', '2011-12-31', '2011-12-30T10:00:00.000Z'],
    ['Australia/Lord_Howe moves by 30 minutes at 02:00', 'Australia/Lord_Howe', '2026-10-04', '2026-10-03T13:30:00.000Z'],
    ['America/Havana skips midnight in spring', 'America/Havana', '2026-03-08', '2026-03-08T05:00:00.000Z'],
    ['America/Havana has midnight twice in autumn: the earlier', 'America/Havana', '2026-11-01', '2026-11-01T04:00:00.000Z'],
    ['America/Toronto skips midnight by moving from 23:30 to 00:30 in 1919', 'America/Toronto', '1919-03-31', '1919-03-31T04:30:00.000Z'],
    ['America/Los_Angeles, the day DST begins', 'America/Los_Angeles', '2026-03-08', '2026-03-08T08:00:00.000Z'],
    ['Asia/Kathmandu (+05:45)', 'Asia/Kathmandu', '2026-01-01', '2025-12-31T18:15:00.000Z'],
  ])('%s', (_label, zone, date, start) => {
    expect(new Date(startOfDayInZone(dayNumberOf(date) as number, zone)).toISOString()).toBe(start);
  });
});

describe('range guards and quoting', () => {
  it('refuses to format a day or an instant outside the years 0001 to 9999, saying which', () => {
    expect(() => formatDay(LAST_DAY + 1)).toThrow(new RangeError(`day ${LAST_DAY + 1} is outside the years 0001 to 9999`));
    expect(() => isoInstant(LAST_INSTANT + 1)).toThrow(new RangeError(`instant ${LAST_INSTANT + 1} is outside the years 0001 to 9999`));
    expect(() => isoInstant(FIRST_INSTANT - 1)).toThrow(RangeError);
  });
  it('quotes a text of 40 characters whole and cuts a longer one to 40', () => {
    expect(quoted('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(quoted('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
  });
});
