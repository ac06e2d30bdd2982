import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  calendarDaysBetween,
  isBusinessDay,
  usFederalHolidays,
} from '../../src/calendar/index.js';
import { definePolicy } from '../../src/policy/define.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { policyCalendar } from '../../src/calendar/api.js';
import { countBusinessDays } from '../../src/calendar/engine.js';
import { dayNumberOf } from '../../src/_lib/time.js';
import { inputError, issuePaths } from '../_helpers/contract.js';

describe('isBusinessDay', () => {
  it.each([
    ['2026-11-23', true, 'a Monday'],
    ['2026-11-26', false, 'Thanksgiving Day'],
    ['2026-11-27', true, 'the Friday after Thanksgiving'],
    ['2026-11-28', false, 'a Saturday'],
    ['2026-11-29', false, 'a Sunday'],
    ['2026-07-03', false, 'Independence Day observed on Friday'],
    ['2026-07-06', true, 'the Monday after a Saturday Independence Day'],
    ['2021-12-31', false, 'New Year’s Day 2022 observed on 31 December 2021'],
    ['2023-01-02', false, 'a Sunday New Year’s Day observed on Monday'],
    ['2028-02-29', true, 'leap day 2028, a Tuesday'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });

  it('reads an instant in the policy time zone, not the host’s', () => {
    // 07:30 UTC on Friday 27 November is still Thursday, Thanksgiving, in Los Angeles.
    expect(isBusinessDay('2026-11-27T07:30:00Z')).toBe(false);
    expect(isBusinessDay('2026-11-27T07:30:00Z', { timeZone: 'UTC' })).toBe(true);
    expect(isBusinessDay(new Date('2026-11-27T08:30:00Z'))).toBe(true);
  });

  it('uses the holiday rule given: none, a list, a function', () => {
    expect(isBusinessDay('2026-11-26', { holidays: 'none' })).toBe(true);
    expect(isBusinessDay('2026-11-23', { holidays: { dates: ['2026-11-23'] } })).toBe(false);
    expect(isBusinessDay('2026-11-26', { holidays: { dates: ['2026-11-23'] } })).toBe(true);
    expect(isBusinessDay('2026-11-24', { holidays: (d) => d.endsWith('-24') })).toBe(false);
    expect(isBusinessDay('2026-11-28', { holidays: () => false })).toBe(false);
  });

  it('adds one-off closures to the policy’s holidays', () => {
    const policy = definePolicy({ name: 'closed-friday', version: '1', calendar: { closures: ['2026-11-27'] } });
    expect(isBusinessDay('2026-11-27', { policy })).toBe(false);
    expect(isBusinessDay('2026-11-26', { policy })).toBe(false);
    expect(isBusinessDay('2026-11-27', { closures: ['2026-11-27'], holidays: (d) => d === 'never' })).toBe(false);
  });

  it('treats every one of several closures as a holiday, in whatever order they are listed', () => {
    for (const closures of [['2026-11-24', '2026-11-27'], ['2026-11-27', '2026-11-24']]) {
      expect(isBusinessDay('2026-11-24', { closures })).toBe(false);
      expect(isBusinessDay('2026-11-25', { closures })).toBe(true);
      expect(isBusinessDay('2026-11-27', { closures })).toBe(false);
      expect(businessDaysBetween('2026-11-24', '2026-11-30', { closures })).toBe(2);
    }
  });

  it('rejects a date that is neither a calendar date nor an instant, naming the function and the path', () => {
    for (const bad of [undefined, null, 20261123]) {
      const error = inputError(() => isBusinessDay(bad as never));
      expect(error.subject).toBe('calendar/is-business-day');
      expect(error.issues).toEqual([
        {
          path: ['date'],
          code: 'invalid_union',
          message: 'expected a Date or an ISO 8601 date-time string with an offset, such as "2026-11-23T09:30:00-07:00" (or a calendar date "YYYY-MM-DD")',
        },
      ]);
    }
  });

  it('says which type an option should have and which it got', () => {
    const error = inputError(() => isBusinessDay('2026-11-23', { closures: '2026-11-27' as never }));
    expect(error.issues).toEqual([{ path: ['options', 'closures'], code: 'invalid_type', message: 'expected array, got string' }]);
  });
});

describe('businessDaysBetween', () => {
  it('counts d with from < d <= to (the start day does not count, the end day does)', () => {
    expect(businessDaysBetween('2026-11-23', '2026-11-24')).toBe(1);
    expect(businessDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
  });

  it('skips a weekend and Thanksgiving Day', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-30')).toBe(5);
  });

  it('is 10 then 11 across the Thanksgiving week', () => {
    expect(businessDaysBetween('2026-11-13', '2026-11-30')).toBe(10);
    expect(businessDaysBetween('2026-11-13', '2026-12-01')).toBe(11);
  });

  it('is negative when to is before from', () => {
    expect(businessDaysBetween('2026-11-30', '2026-11-20')).toBe(-5);
  });

  it('counts across a year end with a Saturday New Year’s Day (observed 31 December)', () => {
    // 2027-12-30 Thu → 2028-01-03 Mon: Fri 31 Dec is the observed holiday, so only Monday counts.
    expect(businessDaysBetween('2027-12-30', '2028-01-03')).toBe(1);
  });

  it('counts 29 February 2028', () => {
    expect(businessDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('counts whole years: 2026 has 261 weekdays and 11 weekday holidays', () => {
    expect(businessDaysBetween('2025-12-31', '2026-12-31')).toBe(250);
    expect(businessDaysBetween('2025-12-31', '2026-12-31', { holidays: 'none' })).toBe(261);
  });

  it('agrees with a day-by-day count over 50 years and outside the precomputed range', () => {
    const naive = (from: string, to: string) => {
      const holidays = new Set<string>();
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)) + 1; y++) {
        if (y >= 1971) for (const h of usFederalHolidays(y)) holidays.add(h.observed);
      }
      let n = 0;
      for (let t = Date.parse(`${from}T00:00:00Z`) + 86_400_000; t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
        const d = new Date(t);
        const iso = d.toISOString().slice(0, 10);
        if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !holidays.has(iso)) n++;
      }
      return n;
    };
    for (const [from, to] of [
      ['2000-01-01', '2050-01-01'],
      ['1960-06-01', '1975-06-01'],
      ['2195-01-01', '2230-12-31'],
      ['2200-12-30', '2201-01-05'],
    ] as const) {
      expect(businessDaysBetween(from, to)).toBe(naive(from, to));
    }
  });

  it('counts closures once even when they fall on a holiday or weekend', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-30', { closures: ['2026-11-26', '2026-11-28', '2026-11-27'] })).toBe(4);
  });

  it('asks a holiday function day by day', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-30', { holidays: (d) => d === '2026-11-24' })).toBe(5);
  });

  it('asks a holiday function about the end day, which counts, and not the start day', () => {
    const holidays = (d: string) => d === '2026-11-24';
    expect(businessDaysBetween('2026-11-20', '2026-11-24', { holidays })).toBe(1);
    expect(businessDaysBetween('2026-11-24', '2026-11-27', { holidays })).toBe(3);
  });

  it('counts holidays after the precomputed years (to 2200) from the day after the start', () => {
    // Observed in 2201: Independence Day on Friday 3 July, Labor Day on Monday 7 September.
    expect(businessDaysBetween('2201-07-02', '2201-07-06')).toBe(1);
    expect(businessDaysBetween('2201-07-03', '2201-07-06')).toBe(1);
    expect(businessDaysBetween('2201-07-03', '2201-07-03')).toBe(0);
    expect(businessDaysBetween('2201-09-04', '2201-09-07')).toBe(0);
    expect(businessDaysBetween('2201-09-07', '2201-09-08')).toBe(1);
    expect(isBusinessDay('2201-07-03')).toBe(false);
    expect(isBusinessDay('2201-07-02')).toBe(true);
  });

  it('reads instants in the time zone given', () => {
    // In Pacific/Kiritimati (UTC+14) 2026-11-20T11:00Z is already Saturday 21 November.
    expect(businessDaysBetween('2026-11-20T11:00:00Z', '2026-11-23T11:00:00Z', { timeZone: 'UTC' })).toBe(1);
    expect(businessDaysBetween('2026-11-20T11:00:00Z', '2026-11-23T11:00:00Z', { timeZone: 'Pacific/Kiritimati' })).toBe(2);
  });

  it('rejects bad dates and options, naming each path', () => {
    const error = inputError(() =>
      businessDaysBetween('2026-02-30', '2026-11-23T10:00', { timeZone: 'Nowhere/City', bogus: 1 } as never),
    );
    expect(issuePaths(error).sort()).toEqual(['from', 'options', 'options.timeZone', 'to'].sort());
    expect(error.message).toMatch(/no UTC offset/);
    expect(error.subject).toBe('calendar/business-days-between');
  });

  it('names each bad date by its parameter, from and to', () => {
    expect(issuePaths(inputError(() => businessDaysBetween('2026-02-30', '2026-11-23')))).toEqual(['from']);
    expect(issuePaths(inputError(() => businessDaysBetween('2026-11-23', '2026-02-30')))).toEqual(['to']);
  });

  it('rejects a policy not made by definePolicy and bad holiday rules', () => {
    expect(issuePaths(inputError(() => businessDaysBetween('2026-01-01', '2026-02-01', { policy: {} as never })))).toEqual(['options.policy']);
    expect(issuePaths(inputError(() => businessDaysBetween('2026-01-01', '2026-02-01', { holidays: 'uk' as never })))).toEqual(['options.holidays']);
    expect(issuePaths(inputError(() => businessDaysBetween('2026-01-01', '2026-02-01', { closures: ['tomorrow'] })))).toEqual(['options.closures.0']);
    expect(issuePaths(inputError(() => businessDaysBetween('2026-01-01', '2026-02-01', { holidays: { dates: ['2026-13-01'] } })))).toEqual(['options.holidays.dates.0']);
  });
});

describe('addBusinessDays', () => {
  it('skips Thanksgiving Day and the weekend', () => {
    expect(addBusinessDays('2026-11-25', 1)).toBe('2026-11-27');
    expect(addBusinessDays('2026-11-25', 2)).toBe('2026-11-30');
  });

  it('returns the date itself for 0, business day or not', () => {
    expect(addBusinessDays('2026-11-28', 0)).toBe('2026-11-28');
  });

  it('starts from a weekend day without landing on a weekend (found by a property test)', () => {
    expect(addBusinessDays('1972-01-01', -295)).toBe('1970-11-02');
    expect(addBusinessDays('2026-11-28', -5)).toBe('2026-11-20');
    expect(addBusinessDays('2026-11-29', -10)).toBe('2026-11-13');
    expect(addBusinessDays('2026-11-28', 5)).toBe('2026-12-04');
    expect(addBusinessDays('2026-11-28', 10)).toBe('2026-12-11');
  });

  it('goes backwards for a negative amount', () => {
    expect(addBusinessDays('2026-11-30', -2)).toBe('2026-11-25');
    expect(addBusinessDays('2026-11-30', -10)).toBe('2026-11-13');
  });

  it('is the inverse of businessDaysBetween: the window of 10 business days', () => {
    expect(addBusinessDays('2026-11-13', 10)).toBe('2026-11-30');
    for (const n of [1, 4, 5, 6, 10, 37, 261, 2600]) {
      const end = addBusinessDays('2026-11-13', n);
      expect(businessDaysBetween('2026-11-13', end)).toBe(n);
      expect(isBusinessDay(end)).toBe(true);
    }
  });

  it('rejects an amount that is not a whole number', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '3']) {
      expect(issuePaths(inputError(() => addBusinessDays('2026-11-13', bad as never)))).toEqual(['amount']);
    }
  });

  it('says what the amount should be and what it got, naming the function', () => {
    const error = inputError(() => addBusinessDays('2026-11-13', 1.5));
    expect(error.subject).toBe('calendar/add-business-days');
    expect(error.issues).toEqual([{ path: ['amount'], code: 'invalid_type', message: 'expected a whole number of business days, got 1.5' }]);
  });

  it('rejects a bad date, naming the function and the path', () => {
    const error = inputError(() => addBusinessDays('2026-02-30', 1));
    expect(error.subject).toBe('calendar/add-business-days');
    expect(issuePaths(error)).toEqual(['date']);
  });

  it('refuses a result outside the years 0001 to 9999, the dates the library reads and writes', () => {
    expect(addBusinessDays('9999-12-30', 1, { holidays: 'none' })).toBe('9999-12-31');
    expect(addBusinessDays('0001-01-02', -1, { holidays: 'none' })).toBe('0001-01-01');
    expect(addBusinessDays('0001-01-01', 0)).toBe('0001-01-01');
    expect(addBusinessDays('9999-12-31', 0)).toBe('9999-12-31');
    for (const [date, amount] of [['9999-12-31', 1], ['0001-01-01', -1]] as const) {
      const error = inputError(() => addBusinessDays(date, amount, { holidays: 'none' }));
      expect(error.subject).toBe('calendar/add-business-days');
      expect(error.issues).toEqual([
        {
          path: ['amount'],
          code: 'out_of_range',
          message: `${amount} business days from the date lands outside the years 0001 to 9999, the dates this library reads and writes`,
        },
      ]);
    }
  });

  it('fails clearly when a holiday rule leaves no business days', () => {
    expect(() => addBusinessDays('2026-11-13', 1, { holidays: () => true })).toThrow(/no business day in ten years/);
    expect(() => addBusinessDays('2026-11-13', 20, { holidays: () => true })).toThrow(/no business day in ten years/);
  });

  it('throws a RangeError that says what is wrong with the holiday rule', () => {
    expect(() => addBusinessDays('2026-11-13', 1, { holidays: () => true })).toThrow(
      new RangeError('the holiday calendar leaves no business day in ten years; check the holiday rule'),
    );
    expect(() => addBusinessDays('2026-11-13', -20, { holidays: () => true })).toThrow(RangeError);
  });

  it('walks up to 3660 days without a business day, and fails on the 3661st', () => {
    // 2026-11-13 + 3660 days is Thursday 2036-11-20; + 3661 days is Friday 2036-11-21.
    const closedUntil = (last: string) => (d: string) => d <= last;
    expect(addBusinessDays('2026-11-13', 1, { holidays: closedUntil('2036-11-20') })).toBe('2036-11-21');
    expect(() => addBusinessDays('2026-11-13', 1, { holidays: closedUntil('2036-11-21') })).toThrow(RangeError);
  });

  it('goes on past a whole-week jump that finds no business day', () => {
    // All of 2027 closed: the first jumps (5 weeks each) find nothing, well under ten idle years.
    expect(addBusinessDays('2026-12-31', 30, { holidays: (d) => d.startsWith('2027-') })).toBe('2028-02-11');
  });

  it('jumps whole weeks over a closed stretch longer than ten years when the jump finds business days', () => {
    // 2027–2037 closed (11 years). The first whole-week jump (1999 weeks) spans the closed stretch
    // and finds business days after it, so the ten-year check, which watches only jumps and days
    // with no business day at all, never fires. (From 2026-12-31, 1 business day throws instead.)
    const holidays = (d: string) => d >= '2027-01-01' && d < '2038-01-01';
    expect(addBusinessDays('2026-11-13', 10_000, { holidays })).toBe('2076-03-13');
    expect(businessDaysBetween('2026-11-13', '2076-03-13', { holidays })).toBe(10_000);
  });
});

describe('policyCalendar', () => {
  it('counts with the policy’s holidays and closures', () => {
    const policy = definePolicy({ name: 'closed', version: '1', calendar: { closures: ['2026-11-27'] } });
    const cal = policyCalendar(policy);
    const day = (d: string) => dayNumberOf(d) as number;
    expect(countBusinessDays(cal, day('2026-11-20'), day('2026-11-30'))).toBe(4);
    expect(countBusinessDays(policyCalendar(defaultPolicy), day('2026-11-20'), day('2026-11-30'))).toBe(5);
  });
});

describe('calendarDaysBetween', () => {
  it('counts calendar days, across 29 February', () => {
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2027-02-28', '2027-03-01')).toBe(1);
  });

  it('reads instants on both DST changes as calendar dates in the zone', () => {
    // Spring forward (8 March 2026) and fall back (1 November 2026) in Los Angeles.
    expect(calendarDaysBetween('2026-03-07T23:30:00-08:00', '2026-03-08T23:30:00-07:00')).toBe(1);
    expect(calendarDaysBetween('2026-10-31T23:30:00-07:00', '2026-11-01T23:30:00-08:00')).toBe(1);
    expect(calendarDaysBetween('2026-11-01T00:30:00-07:00', '2026-11-01T23:59:00-08:00')).toBe(0);
  });

  it('is negative backwards', () => {
    expect(calendarDaysBetween('2026-11-23', '2026-11-20')).toBe(-3);
  });

  it('rejects bad dates, naming the function and each parameter', () => {
    const error = inputError(() => calendarDaysBetween('2026-02-30', '2026-11-23T10:00'));
    expect(error.subject).toBe('calendar/calendar-days-between');
    expect(issuePaths(error)).toEqual(['from', 'to']);
    expect(issuePaths(inputError(() => calendarDaysBetween('2026-11-23', 'soon')))).toEqual(['to']);
  });
});
