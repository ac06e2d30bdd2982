import { dayNumber, weekdayOf } from '../_lib/time.js';
import { observedFederalDays } from './holidays.js';

/**
 * Which days are holidays: US federal (observed dates), none, a list of `YYYY-MM-DD` dates, or a
 * function answering for one date (a function is asked day by day, so long spans cost more).
 */
export type HolidayRule = 'us-federal' | 'none' | { readonly dates: readonly string[] } | ((date: string) => boolean);

/** A calendar resolved for counting: all arithmetic on day numbers (days since 1970-01-01). */
export interface BusinessCalendar {
  /** `true` for a weekday that is a holiday or closure. */
  isHoliday(day: number): boolean;
  /** How many weekday holidays or closures fall in `(from, to]` (`from <= to`). */
  holidaysIn(from: number, to: number): number;
}

/** Weekday holiday days of the precomputed range, sorted; the range covers every realistic date. */
const TABLE_FIRST_YEAR = 1971;
const TABLE_LAST_YEAR = 2200;
const TABLE_START = dayNumber(TABLE_FIRST_YEAR, 1, 1);
const TABLE_END = dayNumber(TABLE_LAST_YEAR, 12, 31);

function buildFederalTable(): Int32Array {
  const days: number[] = [];
  for (let y = TABLE_FIRST_YEAR; y <= TABLE_LAST_YEAR + 1; y++) days.push(...observedFederalDays(y));
  return Int32Array.from(days.filter((d) => d >= TABLE_START && d <= TABLE_END).sort((a, b) => a - b));
}

const FEDERAL_TABLE: Int32Array = /* @__PURE__ */ buildFederalTable();

/** Number of entries of the sorted array `days` that are `<= day`. */
function rank(days: ArrayLike<number>, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sortedSet(days: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(days)).sort();
}

/** Weekday holidays of years outside the table, for spans that leave it. */
function federalOutside(from: number, to: number): number {
  let count = 0;
  // Stryker disable next-line ArithmeticOperator: earlier years are skipped or dropped
  const firstYear = new Date(from * 86_400_000).getUTCFullYear();
  const lastYear = new Date(to * 86_400_000).getUTCFullYear() + 1;
  for (let y = Math.max(firstYear, TABLE_FIRST_YEAR); y <= lastYear; y++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: table years dropped below
    if (y >= TABLE_FIRST_YEAR && y <= TABLE_LAST_YEAR) continue;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: every day here is past 2200
    for (const d of observedFederalDays(y)) if (d > from && d <= to && (d < TABLE_START || d > TABLE_END)) count++;
  }
  return count;
}

function federalIn(from: number, to: number): number {
  const inTable = rank(FEDERAL_TABLE, Math.min(to, TABLE_END)) - rank(FEDERAL_TABLE, Math.max(from, TABLE_START - 1));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: outside count 0 in the table
  const outside = from < TABLE_START || to > TABLE_END ? federalOutside(from, to) : 0;
  return Math.max(inTable, 0) + outside;
}

function isFederal(day: number): boolean {
  return federalIn(day - 1, day) === 1;
}

function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/** Builds the counting calendar for a holiday rule plus one-off closures (`YYYY-MM-DD` day numbers). */
export function resolveCalendar(rule: HolidayRule, closureDays: readonly number[]): BusinessCalendar {
  if (typeof rule === 'function') {
    const closures = new Set(closureDays);
    const isHoliday = (day: number): boolean =>
      !isWeekend(day) && (closures.has(day) || rule(new Date(day * 86_400_000).toISOString().slice(0, 10)) === true);
    return {
      isHoliday,
      holidaysIn(from, to) {
        let count = 0;
        for (let d = from + 1; d <= to; d++) if (isHoliday(d)) count++;
        return count;
      },
    };
  }
  const listed = rule === 'us-federal' || rule === 'none' ? [] : rule.dates.map((date) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return dayNumber(y, m, d);
  });
  const federal = rule === 'us-federal';
  const extra = sortedSet([...listed, ...closureDays].filter((d) => !isWeekend(d) && !(federal && isFederal(d))));
  return {
    isHoliday: (day) => !isWeekend(day) && ((federal && isFederal(day)) || rank(extra, day) - rank(extra, day - 1) === 1),
    holidaysIn: (from, to) => (federal ? federalIn(from, to) : 0) + rank(extra, to) - rank(extra, from),
  };
}

/** Weekdays (Monday–Friday) in `(from, to]`, `from <= to`, in constant time. */
export function weekdaysIn(from: number, to: number): number {
  const span = to - from;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  for (let d = from + weeks * 7 + 1; d <= to; d++) if (!isWeekend(d)) count++;
  return count;
}

/** Business days `d` with `from < d <= to`; negative (`-count(to, from)`) when `to < from`. */
export function countBusinessDays(cal: BusinessCalendar, from: number, to: number): number {
  if (to < from) return -countBusinessDays(cal, to, from);
  return weekdaysIn(from, to) - cal.holidaysIn(from, to);
}

/** `true` when `day` is a weekday that is not a holiday or closure. */
export function isBusinessDayNumber(cal: BusinessCalendar, day: number): boolean {
  return !isWeekend(day) && !cal.isHoliday(day);
}

/** A calendar whose holidays leave no business day for ten years is a mistake, not a calendar. */
const MAX_IDLE_DAYS = 3660;

/** Thrown when a holiday rule leaves no business day in ten years. @internal */
export class NoBusinessDayError extends RangeError {
  constructor() {
    super('the holiday calendar leaves no business day in ten years; check the holiday rule');
  }
}

function noBusinessDays(): RangeError {
  return new NoBusinessDayError();
}

/** The day `amount` business days after `day` (before it when negative); `day` itself for 0. */
export function addBusinessDayNumbers(cal: BusinessCalendar, day: number, amount: number): number {
  // Stryker disable next-line EqualityOperator: the sign is unused for amount 0
  const sign = amount < 0 ? -1 : 1;
  let remaining = Math.abs(amount);
  let t = day;
  let idle = 0;
  // Jump whole weeks while at least one business day is left for the day-by-day finish, which
  // is what makes the result a business day.
  while (remaining > 5) {
    const next = t + sign * Math.floor((remaining - 1) / 5) * 7;
    // The days passed are (t, next] going forward and [next, t) going backward.
    // Stryker disable next-line EqualityOperator: sign is never 0
    const got = sign > 0 ? countBusinessDays(cal, t, next) : countBusinessDays(cal, next - 1, t - 1);
    // Stryker disable next-line ArithmeticOperator: x / ±1 === x * ±1
    idle = got === 0 ? idle + (next - t) * sign : 0;
    // Stryker disable next-line EqualityOperator: idle is a multiple of 7; 3660 is not
    if (idle > MAX_IDLE_DAYS) throw noBusinessDays();
    remaining -= got;
    t = next;
  }
  while (remaining > 0) {
    t += sign;
    if (isBusinessDayNumber(cal, t)) {
      remaining--;
      idle = 0;
    } else if (++idle > MAX_IDLE_DAYS) throw noBusinessDays();
  }
  return t;
}
