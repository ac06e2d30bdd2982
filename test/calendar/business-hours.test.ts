import { describe, expect, it } from 'vitest';
import { issueCodes as issues, issueMessages } from '../_helpers/contract.js';
import { addWorkingMinutes, isOpenAt, workingMinutesBetween } from '../../src/calendar/index.js';
import { addWorkingMs, compileWorkingCalendar, isOpen, workingCalendarOf, workingMsBetween } from '../../src/calendar/business-hours.js';
import type { BusinessHours } from '../../src/calendar/business-hours-schema.js';
import { definePolicy } from '../../src/policy/define.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { dayNumberOf } from '../../src/_lib/time.js';

const MINUTE = 60_000;
const WEEKDAYS_8_TO_5 = {
  monday: [['08:00', '17:00']],
  tuesday: [['08:00', '17:00']],
  wednesday: [['08:00', '17:00']],
  thursday: [['08:00', '17:00']],
  friday: [['08:00', '17:00']],
} as const;
const desk = (weekly: unknown = WEEKDAYS_8_TO_5, extra: Record<string, unknown> = {}) =>
  definePolicy({ name: 'desk', version: '1', serviceDesk: { businessHours: { timeZone: 'America/Denver', weekly } }, ...extra } as never);
const policy = desk();
const add = (start: string, minutes: number, p = policy) => addWorkingMinutes(start, minutes, { policy: p });
const between = (from: string, to: string, p = policy) => workingMinutesBetween(from, to, { policy: p });

describe('addWorkingMinutes', () => {
  it('gives the worked example: Friday 16:30 Mountain + 2 hours is Monday 9:30', () => {
    expect(add('2026-11-20T16:30:00-07:00', 120)).toBe('2026-11-23T16:30:00.000Z');
  });
  it('counts 1 minute on the day when started at closing minus 1 minute', () => {
    expect(add('2026-11-23T16:59:00-07:00', 120)).toBe(new Date('2026-11-24T09:59:00-07:00').toISOString());
  });
  it('starts at the next opening when started at closing', () => {
    expect(add('2026-11-23T17:00:00-07:00', 120)).toBe(new Date('2026-11-24T10:00:00-07:00').toISOString());
    expect(add('2026-11-23T17:00:00-07:00', 0)).toBe(new Date('2026-11-24T08:00:00-07:00').toISOString());
  });
  it('counts from the opening itself when started at opening', () => {
    expect(add('2026-11-23T08:00:00-07:00', 120)).toBe(new Date('2026-11-23T10:00:00-07:00').toISOString());
    expect(add('2026-11-23T08:00:00-07:00', 0)).toBe(new Date('2026-11-23T08:00:00-07:00').toISOString());
  });
  it('gives the closing time when the minutes end exactly at it', () => {
    expect(add('2026-11-23T15:00:00-07:00', 120)).toBe(new Date('2026-11-23T17:00:00-07:00').toISOString());
  });
  it('skips a weekend', () => {
    expect(add('2026-11-21T12:00:00-07:00', 30)).toBe(new Date('2026-11-23T08:30:00-07:00').toISOString());
  });
  it('skips a federal holiday (Thanksgiving Day 2026)', () => {
    expect(add('2026-11-25T16:30:00-07:00', 120)).toBe(new Date('2026-11-27T09:30:00-07:00').toISOString());
  });
  it('keeps wall-clock hours across a change of the clocks (Friday 12 March 2027 to Monday 15 March)', () => {
    expect(add('2027-03-12T16:30:00-07:00', 120)).toBe(new Date('2027-03-15T09:30:00-06:00').toISOString());
    expect(add('2027-11-05T16:30:00-06:00', 120)).toBe(new Date('2027-11-08T09:30:00-07:00').toISOString());
  });
  it('works a calendar whose only working day is Wednesday', () => {
    const wed = desk({ wednesday: [['08:00', '17:00']] });
    expect(add('2026-11-26T09:00:00-07:00', 120, wed)).toBe(new Date('2026-12-02T10:00:00-07:00').toISOString());
    expect(add('2026-11-25T16:00:00-07:00', 120, wed)).toBe(new Date('2026-12-02T09:00:00-07:00').toISOString());
  });
  it('moves the due time past a closure that swallows it', () => {
    const closed = desk(undefined, { calendar: { closures: ['2026-12-01'] } });
    expect(add('2026-11-30T16:00:00-07:00', 120, closed)).toBe(new Date('2026-12-02T09:00:00-07:00').toISOString());
    expect(add('2026-12-01T10:00:00-07:00', 0, closed)).toBe(new Date('2026-12-02T08:00:00-07:00').toISOString());
  });
  it('crosses the longest closure a policy holds (1,000 days) and lands on the first working day after it', () => {
    const closures = Array.from({ length: 1000 }, (_, i) => new Date(Date.UTC(2027, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const long = desk(undefined, { calendar: { closures } });
    const after = new Date(Date.UTC(2027, 0, 1) + 1000 * 86_400_000).toISOString().slice(0, 10);
    const due = add('2026-12-31T16:00:00-07:00', 120, long);
    expect(due.slice(0, 10) > after || due.slice(0, 10) === after).toBe(true);
    expect(between('2026-12-31T16:00:00-07:00', due, long)).toBe(120);
  });
  it('keeps lunch breaks out and jumps whole weeks for long amounts', () => {
    const lunch = desk({ ...WEEKDAYS_8_TO_5, tuesday: [['08:00', '12:00'], ['13:00', '17:00']] });
    expect(add('2026-11-24T11:30:00-07:00', 60, lunch)).toBe(new Date('2026-11-24T13:30:00-07:00').toISOString());
    // 10 working weeks of 44 hours from a Monday opening: a Monday opening 10 weeks on, minus holidays.
    const start = '2027-01-04T08:00:00-07:00';
    const end = add(start, 10 * 44 * 60, lunch);
    expect(between(start, end, lunch)).toBe(10 * 44 * 60);
  });
  it('counts a day of 23 and of 25 hours as the hours it has, on a desk open around the clock', () => {
    const allDay = desk({ sunday: [['00:00', '24:00']] });
    expect(between('2027-03-14T00:00:00-07:00', '2027-03-15T00:00:00-06:00', allDay)).toBe(23 * 60);
    expect(between('2027-11-07T00:00:00-06:00', '2027-11-08T00:00:00-07:00', allDay)).toBe(25 * 60);
    expect(add('2027-03-14T00:00:00-07:00', 23 * 60, allDay)).toBe(new Date('2027-03-15T00:00:00-06:00').toISOString());
    // 03:00 MDT is the third wall-clock hour but the second real hour of the day.
    const night = desk({ sunday: [['01:00', '03:00']] });
    expect(between('2027-03-14T00:00:00-07:00', '2027-03-15T00:00:00-06:00', night)).toBe(60);
    expect(isOpenAt('2027-03-14T01:30:00-07:00', { policy: night })).toBe(true);
    expect(isOpenAt('2027-03-14T03:00:00-06:00', { policy: night })).toBe(false);
  });
  it('opens at the change of the clocks when the opening time is skipped', () => {
    const gap = desk({ sunday: [['02:30', '05:00']] });
    expect(between('2027-03-14T00:00:00-07:00', '2027-03-15T00:00:00-06:00', gap)).toBe(2 * 60);
    expect(add('2027-03-14T00:00:00-07:00', 0, gap)).toBe(new Date('2027-03-14T03:00:00-06:00').toISOString());
  });
  it('adds fractions of a minute', () => {
    expect(add('2026-11-23T08:00:00-07:00', 0.5)).toBe('2026-11-23T15:00:30.000Z');
  });
});

describe('workingMinutesBetween', () => {
  it('is negative when to is before from', () => {
    expect(between('2026-11-23T09:30:00-07:00', '2026-11-20T16:30:00-07:00')).toBe(-120);
  });
  it('counts nothing over a weekend and whole weeks in one go', () => {
    expect(between('2026-11-21T00:00:00-07:00', '2026-11-23T00:00:00-07:00')).toBe(0);
    // 2027-01-04 to 2027-03-01: 8 weeks, minus MLK Day and Washington's Birthday.
    expect(between('2027-01-04T00:00:00-07:00', '2027-03-01T00:00:00-07:00')).toBe((8 * 5 - 2) * 9 * 60);
  });
});

describe('isOpenAt', () => {
  it.each([
    ['2026-11-23T07:59:59-07:00', false],
    ['2026-11-23T08:00:00-07:00', true],
    ['2026-11-23T16:59:59-07:00', true],
    ['2026-11-23T17:00:00-07:00', false],
    ['2026-11-21T12:00:00-07:00', false],
    ['2026-11-26T12:00:00-07:00', false],
  ])('%s: %s', (instant, open) => {
    expect(isOpenAt(instant, { policy })).toBe(open);
  });
});

describe('the calendar engine', () => {
  const hours = { timeZone: 'America/Denver', weekly: WEEKDAYS_8_TO_5 } as unknown as BusinessHours;
  it('asks a holiday function day by day, and fails clearly when it closes every day', () => {
    const c = compileWorkingCalendar(hours, (d) => d === '2026-11-24', []);
    expect(isOpen(c, Date.parse('2026-11-24T12:00:00-07:00'))).toBe(false);
    expect(addWorkingMs(c, Date.parse('2026-11-23T16:00:00-07:00'), 120 * MINUTE)).toBe(Date.parse('2026-11-25T09:00:00-07:00'));
    expect(workingMsBetween(c, Date.parse('2026-11-23T00:00:00-07:00'), Date.parse('2026-12-07T00:00:00-07:00'))).toBe(9 * 9 * 60 * MINUTE);
    expect(workingMsBetween(c, Date.parse('2026-11-23T00:00:00-07:00'), Date.parse('2026-11-26T00:00:00-07:00'))).toBe(2 * 9 * 60 * MINUTE);
    expect(addWorkingMs(c, Date.parse('2026-11-23T00:00:00-07:00'), 100 * 60 * MINUTE)).toBe(Date.parse('2026-12-09T09:00:00-07:00'));
    const never = compileWorkingCalendar(hours, () => true, []);
    expect(() => addWorkingMs(never, Date.parse('2026-11-23T00:00:00-07:00'), 60 * MINUTE)).toThrow(/no working time in ten years/);
    expect(() => addWorkingMs(never, Date.parse('2026-11-23T00:00:00-07:00'), 100 * 60 * MINUTE)).toThrow(/no working time in ten years/);
  });
  it('reads listed holiday dates and no holidays', () => {
    const listed = compileWorkingCalendar(hours, { dates: ['2026-11-24'] }, []);
    expect(isOpen(listed, Date.parse('2026-11-24T12:00:00-07:00'))).toBe(false);
    expect(isOpen(listed, Date.parse('2026-11-26T12:00:00-07:00'))).toBe(true);
    expect(compileWorkingCalendar(hours, 'none', []).label).toContain('no holidays');
    expect(listed.label).toContain('the policy’s holidays');
    expect(compileWorkingCalendar(hours, 'us-federal', ['2026-12-01', '2026-12-02']).label).toBe(
      'America/Denver: monday 08:00–17:00; tuesday 08:00–17:00; wednesday 08:00–17:00; thursday 08:00–17:00; friday 08:00–17:00; closed on US federal holidays (observed dates) and 2 closures',
    );
    expect(compileWorkingCalendar(hours, 'none', ['2026-12-01']).label).toMatch(/and 1 closure$/);
  });
  it('merges closures that only closed days part into one run', () => {
    const c = compileWorkingCalendar(hours, 'none', ['2026-11-27', '2026-11-30', '2026-11-25', '2026-11-26']);
    expect([...c.runStart]).toEqual([dayNumberOf('2026-11-25')]);
    // Through the weekend and Monday 30 November, to Tuesday 1 December.
    expect([...c.runEnd]).toEqual([dayNumberOf('2026-12-01')]);
  });
  it('refuses instants outside the years 1971 to 2200', () => {
    const c = workingCalendarOf(policy)!;
    expect(() => addWorkingMs(c, Date.parse('1970-06-01T00:00:00Z'), 60)).toThrow(/1971 to 2200; 1970-05-31 is outside them/);
    expect(() => addWorkingMs(c, Date.parse('2200-12-31T18:00:00Z'), 10 * 60 * MINUTE)).toThrow(/1971 to 2200; 2201-01-0/);
    expect(() => workingMsBetween(c, Date.parse('1970-06-01T00:00:00Z'), 0)).toThrow(RangeError);
    expect(() => workingMsBetween(c, Date.parse('2200-06-01T00:00:00Z'), Date.parse('2201-06-01T00:00:00Z'))).toThrow(RangeError);
  });
  it('remembers at most 10,000 day starts, with the same answers', () => {
    const c = compileWorkingCalendar({ timeZone: 'America/Denver', weekly: WEEKDAYS_8_TO_5 } as unknown as BusinessHours, 'us-federal', []);
    const [a, m, b] = [Date.parse('1971-01-04T00:00:00Z'), Date.parse('2090-06-01T00:00:00Z'), Date.parse('2200-12-01T00:00:00Z')];
    const whole = workingMsBetween(c, a, b);
    expect(c.starts.size).toBeLessThanOrEqual(10_000);
    expect(workingMsBetween(c, a, m) + workingMsBetween(c, m, b)).toBe(whole);
  });
  it('compiles a policy once, and none without business hours', () => {
    expect(workingCalendarOf(policy)).toBe(workingCalendarOf(policy));
    expect(workingCalendarOf(defaultPolicy)).toBeNull();
  });
});

describe('input checks', () => {
  it('names a policy without business hours', () => {
    expect(issues(() => addWorkingMinutes('2026-11-23T08:00:00Z', 1))).toEqual(['options.policy: no_business_hours']);
  });
  it('names bad instants, amounts and options', () => {
    expect(issues(() => addWorkingMinutes('2026-11-23T08:00:00', -1, { policy }))).toEqual(['minutes: invalid_minutes', 'start: custom']);
    expect(issues(() => addWorkingMinutes('2026-11-23T08:00:00Z', Number.NaN, { policy }))).toEqual(['minutes: invalid_minutes']);
    expect(issues(() => addWorkingMinutes('2026-11-23T08:00:00Z', '5' as never, { policy }))).toEqual(['minutes: invalid_minutes']);
    expect(issues(() => isOpenAt(new Date(Number.NaN), { policy }))).toEqual(['instant: custom']);
    expect(issues(() => workingMinutesBetween(1 as never, '2026-11-23T08:00:00Z', { policy: {} as never }))).toEqual([
      'options.policy: custom',
      'from: invalid_union',
    ]);
    expect(() => isOpenAt('2026-11-23T08:00:00Z', { policy })).not.toThrow();
  });
  it('says what options of the wrong type are, rather than calling them missing', () => {
    expect(issueMessages(() => isOpenAt('2026-11-23T08:00:00Z', 5 as never))).toContain('options: expected object, got number');
  });
  it('is refused by definePolicy when the hours are not valid', () => {
    const bad = (weekly: unknown, timeZone = 'America/Denver') =>
      issues(() => definePolicy({ name: 'x', version: '1', serviceDesk: { businessHours: { timeZone, weekly } } } as never));
    expect(bad({ monday: [['17:00', '08:00']] })).toEqual(['serviceDesk.businessHours.weekly.monday.0: custom']);
    expect(bad({ monday: [['08:00', '12:00'], ['11:00', '17:00']] })).toEqual(['serviceDesk.businessHours.weekly.monday.1: custom']);
    expect(bad({ monday: [['13:00', '17:00'], ['08:00', '12:00']] })).toEqual(['serviceDesk.businessHours.weekly.monday.1: custom']);
    expect(bad({ monday: [['24:00', '24:00']] })).toEqual(['serviceDesk.businessHours.weekly.monday.0.0: custom']);
    expect(bad({ monday: [['8:00', '25:00']] })).toEqual([
      'serviceDesk.businessHours.weekly.monday.0.0: invalid_format',
      'serviceDesk.businessHours.weekly.monday.0.1: invalid_format',
    ]);
    expect(bad({})).toEqual(['serviceDesk.businessHours.weekly: custom']);
    expect(bad({ monday: [] })).toEqual(['serviceDesk.businessHours.weekly: custom']);
    expect(bad({ mon: [['08:00', '17:00']] })[0]).toBe('serviceDesk.businessHours.weekly: unrecognized_keys');
    expect(bad({ monday: [['08:00', '17:00']] }, 'Mars/Olympus')).toEqual(['serviceDesk.businessHours.timeZone: custom']);
    expect(bad({ monday: [['08:00', '12:00'], ['12:00', '24:00']] }).length).toBe(0);
  });
});
