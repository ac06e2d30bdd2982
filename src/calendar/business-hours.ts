import { TZDate } from '@date-fns/tz';
import * as z from 'zod/mini';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { dayNumber, dayNumberOf, formatDay, InstantMs, isoInstant, MINUTE, startOfDayInZone, weekdayOf } from '../_lib/time.js';
import { safeParseInput, toSopIssues } from '../_lib/validate.js';
import { isPolicy, type Policy } from '../policy/brand.js';
import { defaultPolicy } from '../policy/default.js';
import { minuteOfDay, WEEKDAYS, type BusinessHours } from './business-hours-schema.js';
import type { HolidayRule } from './engine.js';
import { observedFederalDays } from './holidays.js';

const DAY = 1440 * MINUTE;

/** The years whose US federal holidays a business-hours calendar knows (as the business-day table). */
const FIRST_YEAR = 1971;
const LAST_YEAR = 2200;
const FIRST_DAY = dayNumber(FIRST_YEAR, 1, 1);
const LAST_DAY = dayNumber(LAST_YEAR, 12, 31);

/** A holiday function that leaves no working time for ten years is a mistake, not a calendar. */
const MAX_IDLE_DAYS = 3660;

/**
 * A business-hours calendar compiled for arithmetic (SOPS.md item 18). Closed days (holidays and
 * closures) are kept as sorted runs of day numbers, each run stretched over the closed weekdays
 * after it, so a closure of any length is crossed with one binary search. @internal
 */
export interface WorkingCalendar {
  readonly timeZone: string;
  /** Working intervals per weekday (0 = Sunday), in minutes after midnight. */
  readonly intervals: readonly (readonly (readonly [number, number])[])[];
  /** Working milliseconds per weekday on a day of 24 hours. */
  readonly dayMs: readonly number[];
  /** Working milliseconds of a week without closures or clock change. */
  readonly weekMs: number;
  /** Closed runs `[runStart[i], runEnd[i])` of day numbers: sorted, disjoint, not adjacent. */
  readonly runStart: Int32Array;
  readonly runEnd: Int32Array;
  /** A holiday function, asked day by day for the days outside the runs. */
  readonly ask: ((date: string) => boolean) | null;
  /** The calendar in words, for traces. */
  readonly label: string;
  /** Clock changes found so far, by day number (a memo: the same answers, only faster). */
  readonly changes: Map<number, readonly [number, number, number]>;
  /** Instants at which days start in the zone, by day number (a memo, emptied when it grows large). */
  readonly starts: Map<number, number>;
}

/** Closed days of a holiday rule and closures, as sorted unique day numbers. */
function closedDays(rule: HolidayRule, closures: readonly string[]): number[] {
  const days = closures.map((d) => dayNumberOf(d) as number);
  if (rule === 'us-federal') for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) days.push(...observedFederalDays(y));
  else if (typeof rule === 'object') for (const d of rule.dates) days.push(dayNumberOf(d) as number);
  return [...new Set(days)].sort((a, b) => a - b);
}

function describe(hours: BusinessHours, rule: HolidayRule, closures: number): string {
  const days = WEEKDAYS.flatMap((name) => {
    const list = hours.weekly[name] ?? [];
    return list.length > 0 ? [`${name} ${list.map(([a, b]) => `${a}–${b}`).join(', ')}`] : [];
  });
  const holidays = rule === 'us-federal' ? 'US federal holidays (observed dates)' : rule === 'none' ? 'no holidays' : 'the policy’s holidays';
  return `${hours.timeZone}: ${days.join('; ')}; closed on ${holidays}${closures > 0 ? ` and ${closures} closure${closures === 1 ? '' : 's'}` : ''}`;
}

/** Compiles working hours with a holiday rule and closures (`YYYY-MM-DD`). @internal */
export function compileWorkingCalendar(hours: BusinessHours, rule: HolidayRule, closures: readonly string[]): WorkingCalendar {
  const intervals = WEEKDAYS.map((name) => (hours.weekly[name] ?? []).map(([a, b]) => [minuteOfDay(a), minuteOfDay(b)] as const));
  const dayMs = intervals.map((list) => list.reduce((sum, [a, b]) => sum + (b - a) * MINUTE, 0));
  const starts: number[] = [];
  const ends: number[] = [];
  // A run also covers the closed weekdays right after it, so runs that only weekends part merge.
  const stretch = (end: number): number => {
    let e = end;
    while (dayMs[weekdayOf(e)] === 0) e++;
    return e;
  };
  for (const d of closedDays(rule, closures)) {
    const last = ends.length - 1;
    if (last >= 0 && d <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, stretch(d + 1));
    else {
      starts.push(d);
      ends.push(stretch(d + 1));
    }
  }
  return {
    timeZone: hours.timeZone,
    intervals,
    dayMs,
    weekMs: dayMs.reduce((a, b) => a + b, 0),
    runStart: Int32Array.from(starts),
    runEnd: Int32Array.from(ends),
    ask: typeof rule === 'function' ? rule : null,
    label: describe(hours, rule, closures.length),
    changes: new Map(),
    starts: new Map(),
  };
}

const compiled = new WeakMap<Policy, WorkingCalendar>();

/**
 * The working calendar of a policy, or `null` when it sets no `serviceDesk.businessHours`. A policy
 * is frozen, so its calendar is compiled once and remembered. @internal
 */
export function workingCalendarOf(policy: Policy): WorkingCalendar | null {
  const hours = policy.serviceDesk.businessHours;
  if (hours === null) return null;
  let c = compiled.get(policy);
  if (c === undefined) {
    c = compileWorkingCalendar(hours as BusinessHours, policy.calendar.holidays as HolidayRule, policy.calendar.closures);
    compiled.set(policy, c);
  }
  return c;
}

/** Most day starts a calendar remembers: some 27 years of days, well under a megabyte. */
const MAX_REMEMBERED_DAYS = 10_000;

/** The instant at which `day` starts in the calendar's zone (`startOfDayInZone`, remembered). */
function dayStart(c: WorkingCalendar, day: number): number {
  let ms = c.starts.get(day);
  if (ms === undefined) {
    if (c.starts.size >= MAX_REMEMBERED_DAYS) c.starts.clear();
    ms = startOfDayInZone(day, c.timeZone);
    c.starts.set(day, ms);
  }
  return ms;
}

/** The calendar day in the zone on which `ms` falls: the day whose start is at or before it and the next day's after. */
function dayOf(c: WorkingCalendar, ms: number): number {
  let day = Math.floor(ms / DAY);
  while (dayStart(c, day) > ms) day--;
  while (dayStart(c, day + 1) <= ms) day++;
  return day;
}

/** The end of the closed run holding `day`, or `day` itself when no run holds it. */
function runEndAt(c: WorkingCalendar, day: number): number {
  let lo = 0;
  let hi = c.runEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((c.runEnd[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo < c.runEnd.length && (c.runStart[lo] as number) <= day ? (c.runEnd[lo] as number) : day;
}

/** `true` when the holiday function closes `day`, a working weekday outside the runs. */
function askedClosed(c: WorkingCalendar, day: number): boolean {
  return c.ask !== null && c.ask(formatDay(day)) === true;
}

function outOfRange(day: number): RangeError {
  return new RangeError(`business hours are known for the years ${FIRST_YEAR} to ${LAST_YEAR}; ${formatDay(day)} is outside them`);
}

/** The zone's offset (local minus UTC) at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  return -new TZDate(ms, timeZone).getTimezoneOffset() * MINUTE;
}

/**
 * The clock change of a day that is not 24 hours long: the offset before, the offset after and the
 * instant it changes, found by bisection and remembered per calendar (there are a few a year).
 */
function clockChange(c: WorkingCalendar, day: number, start: number, next: number): readonly [number, number, number] {
  let change = c.changes.get(day);
  if (change === undefined) {
    const before = offsetAt(start, c.timeZone);
    let lo = start;
    let hi = next;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid, c.timeZone) === before) lo = mid;
      else hi = mid;
    }
    change = [before, offsetAt(next, c.timeZone), hi] as const;
    c.changes.set(day, change);
  }
  return change;
}

/**
 * Instant of wall-clock `minute` on `day`, given the instants at which that day and the next start:
 * the first moment the clock shows that time or later. On a day the clocks go back, a repeated time
 * is its first occurrence; on a day they go forward, a skipped time is the moment of the change.
 */
function wallClock(c: WorkingCalendar, day: number, minute: number, start: number, next: number): number {
  // A day of 24 hours has no clock change, so its wall-clock times are its start plus minutes.
  if (next - start === DAY) return start + minute * MINUTE;
  const [before, after, at] = clockChange(c, day, start, next);
  const local = day * DAY + minute * MINUTE;
  const t = local - before < at ? local - before : local - after >= at ? local - after : at;
  return Math.min(Math.max(t, start), next);
}

/** Working milliseconds of the 24-hour-days week from `day`: its weekly hours less its closed days. */
function weekWork(c: WorkingCalendar, day: number): number {
  let ms = c.weekMs;
  for (let d = day; d < day + 7; d++) {
    const w = c.dayMs[weekdayOf(d)] as number;
    if (w > 0 && (runEndAt(c, d) !== d || askedClosed(c, d))) ms -= w;
  }
  return ms;
}

/**
 * The instant `amount` working milliseconds after `from`; with `amount` 0, `from` itself when the
 * desk is open then, else the next opening. Landing on a closing time gives that closing time.
 * Whole weeks are skipped by arithmetic and closed runs by a binary search. @internal
 * @throws RangeError outside the years 1971 to 2200, or when a holiday function leaves no working time for ten years
 */
export function addWorkingMs(c: WorkingCalendar, from: number, amount: number): number {
  let day = dayOf(c, from);
  let start = dayStart(c, day);
  let t = from;
  let remaining = amount;
  let idle = 0;
  for (;;) {
    if (day < FIRST_DAY || day > LAST_DAY) throw outOfRange(day);
    const end = runEndAt(c, day);
    if (end !== day) {
      day = end;
      t = start = dayStart(c, day);
      continue;
    }
    if (t === start && remaining > c.weekMs) {
      const weekEnd = dayStart(c, day + 7);
      if (weekEnd - start === 7 * DAY) {
        const got = weekWork(c, day);
        idle = got === 0 ? idle + 7 : 0;
        if (idle > MAX_IDLE_DAYS) throw noWorkingTime();
        remaining -= got;
        day += 7;
        t = start = weekEnd;
        continue;
      }
    }
    const next = dayStart(c, day + 1);
    let worked = false;
    if (!askedClosed(c, day)) {
      for (const [a, b] of c.intervals[weekdayOf(day)] as readonly (readonly [number, number])[]) {
        const s = Math.max(wallClock(c, day, a, start, next), t);
        const e = wallClock(c, day, b, start, next);
        if (e > s) {
          if (remaining <= e - s) return s + remaining;
          remaining -= e - s;
          worked = true;
        }
      }
    }
    idle = worked ? 0 : idle + 1;
    if (idle > MAX_IDLE_DAYS) throw noWorkingTime();
    day++;
    t = start = next;
  }
}

function noWorkingTime(): RangeError {
  return new RangeError('the business hours and holidays leave no working time in ten years; check the holiday rule');
}

/**
 * Working milliseconds between two instants: positive when `to` is after `from`, negative when
 * before. Whole weeks are counted by arithmetic and closed runs skipped by a binary search. @internal
 * @throws RangeError outside the years 1971 to 2200
 */
export function workingMsBetween(c: WorkingCalendar, from: number, to: number): number {
  if (to < from) return -workingMsBetween(c, to, from);
  let day = dayOf(c, from);
  const lastDay = dayOf(c, to);
  if (day < FIRST_DAY) throw outOfRange(day);
  if (lastDay > LAST_DAY) throw outOfRange(lastDay);
  let start = dayStart(c, day);
  let sum = 0;
  while (day <= lastDay) {
    const end = runEndAt(c, day);
    if (end !== day) {
      day = end;
      start = dayStart(c, day);
      continue;
    }
    if (day + 7 <= lastDay && start >= from) {
      const weekEnd = dayStart(c, day + 7);
      if (weekEnd - start === 7 * DAY) {
        sum += weekWork(c, day);
        day += 7;
        start = weekEnd;
        continue;
      }
    }
    const next = dayStart(c, day + 1);
    if (!askedClosed(c, day)) {
      for (const [a, b] of c.intervals[weekdayOf(day)] as readonly (readonly [number, number])[]) {
        const s = Math.max(wallClock(c, day, a, start, next), from);
        const e = Math.min(wallClock(c, day, b, start, next), to);
        if (e > s) sum += e - s;
      }
    }
    day++;
    start = next;
  }
  return sum;
}

/** `true` when the desk works at the instant `ms` (an interval includes its opening, not its closing). @internal */
export function isOpen(c: WorkingCalendar, ms: number): boolean {
  const day = dayOf(c, ms);
  if (runEndAt(c, day) !== day || askedClosed(c, day)) return false;
  const start = dayStart(c, day);
  const next = dayStart(c, day + 1);
  return (c.intervals[weekdayOf(day)] as readonly (readonly [number, number])[]).some(
    ([a, b]) => wallClock(c, day, a, start, next) <= ms && ms < wallClock(c, day, b, start, next),
  );
}

/** Options of the business-hours functions. */
export interface BusinessHoursOptions {
  /** The policy whose `serviceDesk.businessHours` and calendar holidays and closures to use; it must set business hours. */
  readonly policy?: Policy;
}

const OptionsSchema = z.optional(z.strictObject({ policy: z.optional(z.custom<Policy>(isPolicy, 'was not made by definePolicy()')) }));

function resolve(fn: string, instants: [string, unknown][], options: unknown, issues: SopIssue[] = []): { c: WorkingCalendar; ms: number[] } {
  const parsed = safeParseInput(OptionsSchema, options);
  if (!parsed.success) issues.push(...toSopIssues(parsed.error, ['options']));
  const policy = parsed.data?.policy ?? defaultPolicy;
  const c = workingCalendarOf(policy);
  if (parsed.success && c === null) {
    issues.push({
      path: ['options', 'policy'],
      code: 'no_business_hours',
      message: 'sets no serviceDesk.businessHours; pass a policy made by definePolicy({ …, serviceDesk: { businessHours: { timeZone, weekly } } })',
    });
  }
  const ms: number[] = [];
  for (const [name, value] of instants) {
    const r = safeParseInput(InstantMs, value);
    if (r.success) ms.push(r.data);
    else issues.push(...toSopIssues(r.error, [name]));
  }
  if (issues.length > 0) throw new SopInputError(`calendar/${fn}`, issues);
  return { c: c as WorkingCalendar, ms };
}

/**
 * Whether the service desk works at an instant, by the policy's `serviceDesk.businessHours`
 * (SOPS.md item 18): inside a working interval of that weekday (opening included, closing not),
 * on a day that is neither a holiday (US federal on observed dates by default) nor a closure.
 *
 * @param instant - a `Date` or an ISO 8601 date-time with offset
 * @param options - `policy`: a policy that sets business hours
 * @returns `true` when the desk is open
 * @throws SopInputError for an instant that is not valid, or a policy without business hours
 * @throws RangeError outside the years 1971 to 2200
 *
 * @example
 * ```ts
 * import { definePolicy } from 'solar-sop';
 * import { isOpenAt } from 'solar-sop/calendar';
 * const policy = definePolicy({ name: 'desk', version: '1', serviceDesk: { businessHours: {
 *   timeZone: 'America/Denver', weekly: { monday: [['08:00', '17:00']], friday: [['08:00', '17:00']] } } } });
 * isOpenAt('2026-11-23T08:00:00-07:00', { policy }); //=> true
 * isOpenAt('2026-11-23T17:00:00-07:00', { policy }); //=> false
 * ```
 */
export function isOpenAt(instant: string | Date, options?: BusinessHoursOptions): boolean {
  const { c, ms } = resolve('is-open-at', [['instant', instant]], options);
  return isOpen(c, ms[0] as number);
}

/**
 * The instant a number of working minutes after another, by the policy's
 * `serviceDesk.businessHours` (SOPS.md item 18). Time outside working hours, on holidays and on
 * closures does not count; a start outside hours counts from the next opening, and 0 minutes gives
 * that opening (or the start itself when the desk is open). Landing exactly on a closing time gives
 * that closing time. A closure costs the same whatever its length; wall-clock hours hold on the
 * days the clocks change.
 *
 * @param start - a `Date` or an ISO 8601 date-time with offset
 * @param minutes - working minutes to add, 0 or more
 * @param options - `policy`: a policy that sets business hours
 * @returns the ISO instant (UTC)
 * @throws SopInputError for an instant or amount that is not valid, or a policy without business hours
 * @throws RangeError outside the years 1971 to 2200, or when a holiday function leaves no working time for ten years
 *
 * @example
 * ```ts
 * import { definePolicy } from 'solar-sop';
 * import { addWorkingMinutes } from 'solar-sop/calendar';
 * const policy = definePolicy({ name: 'desk', version: '1', serviceDesk: { businessHours: {
 *   timeZone: 'America/Denver', weekly: { monday: [['08:00', '17:00']], friday: [['08:00', '17:00']] } } } });
 * // Friday 16:30 Mountain + 2 working hours: 30 minutes on Friday, 90 on Monday.
 * addWorkingMinutes('2026-11-20T16:30:00-07:00', 120, { policy }); //=> '2026-11-23T16:30:00.000Z'
 * ```
 */
export function addWorkingMinutes(start: string | Date, minutes: number, options?: BusinessHoursOptions): string {
  const issues: SopIssue[] = [];
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    issues.push({ path: ['minutes'], code: 'invalid_minutes', message: `expected a number of minutes, 0 or more, got ${String(minutes)}` });
  }
  const { c, ms } = resolve('add-working-minutes', [['start', start]], options, issues);
  return isoInstant(addWorkingMs(c, ms[0] as number, Math.round(minutes * MINUTE)));
}

/**
 * Working minutes between two instants, by the policy's `serviceDesk.businessHours` (SOPS.md
 * item 18): negative when `to` is before `from`. Fractions of a minute are kept.
 *
 * @param from - a `Date` or an ISO 8601 date-time with offset
 * @param to - a `Date` or an ISO 8601 date-time with offset
 * @param options - `policy`: a policy that sets business hours
 * @returns the working minutes
 * @throws SopInputError for an instant that is not valid, or a policy without business hours
 * @throws RangeError outside the years 1971 to 2200
 *
 * @example
 * ```ts
 * import { definePolicy } from 'solar-sop';
 * import { workingMinutesBetween } from 'solar-sop/calendar';
 * const policy = definePolicy({ name: 'desk', version: '1', serviceDesk: { businessHours: {
 *   timeZone: 'America/Denver', weekly: { monday: [['08:00', '17:00']], friday: [['08:00', '17:00']] } } } });
 * workingMinutesBetween('2026-11-20T16:30:00-07:00', '2026-11-23T09:30:00-07:00', { policy }); //=> 120
 * ```
 */
export function workingMinutesBetween(from: string | Date, to: string | Date, options?: BusinessHoursOptions): number {
  const { c, ms } = resolve('working-minutes-between', [['from', from], ['to', to]], options);
  return workingMsBetween(c, ms[0] as number, ms[1] as number) / MINUTE;
}
