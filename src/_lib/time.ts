import { tzOffset } from '@date-fns/tz';
import * as z from 'zod/mini';
import type { SopIssue } from './errors.js';

/** Milliseconds in a minute and an hour. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A calendar date `YYYY-MM-DD` (no time, no zone). */
export type CalendarDate = string;

// ---- Civil dates: days since 1970-01-01, after H. Hinnant's "chrono-compatible low-level date
// algorithms" (days_from_civil and civil_from_days), in the proleptic Gregorian calendar. ------

/** Days since 1970-01-01 of year `y`, month `m` (1–12) and day `d` (days past the month's end roll over). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y; // years start on 1 March, so the leap day ends a year
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // [0, 399]
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1; // day of the March-based year
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1–12) and day of month of a day number. */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const z0 = day + 719_468;
  const era = Math.floor(z0 / 146_097);
  const doe = z0 - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Days since 1970-01-01 for a year, month and day; months past 12 and days past the month's end roll over. */
export function dayNumber(year: number, month: number, day: number): number {
  const m0 = month - 1;
  return daysFromCivil(year + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1, day);
}

// ---- The years this library reads and writes ----------------------------------------------------

/** 0001-01-01 and 9999-12-31 as day numbers: every date in or out is written `YYYY-MM-DD`. */
export const FIRST_DAY = daysFromCivil(1, 1, 1);
export const LAST_DAY = daysFromCivil(9999, 12, 31);
/** 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the instants this library reads and writes. */
export const FIRST_INSTANT = FIRST_DAY * DAY;
export const LAST_INSTANT = (LAST_DAY + 1) * DAY - 1;

/** `true` when `day` is a date of the years 0001 to 9999. */
export function isDayInRange(day: number): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}

/** `true` when `ms` is an instant of the years 0001 to 9999 (UTC). */
export function isInstantInRange(ms: number): boolean {
  return ms >= FIRST_INSTANT && ms <= LAST_INSTANT;
}

/** The issue for input whose result (`what`) would fall outside the years 0001 to 9999. */
export function outOfRangeIssue(path: readonly (string | number)[], what: string): SopIssue {
  return {
    path,
    code: 'out_of_range',
    message: `${what} would fall outside the years 0001 to 9999, the dates this library reads and writes`,
  };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
const pad4 = (n: number): string => (n < 1000 ? `0${pad3(n)}` : `${n}`);

/** The `YYYY-MM-DD` form of a day number of the years 0001 to 9999. */
export function formatDay(day: number): CalendarDate {
  // A defect guard: decisions check their dates before formatting them.
  if (!isDayInRange(day)) throw new RangeError(`day ${day} is outside the years 0001 to 9999`);
  const p = partsOf(day);
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** The ISO 8601 instant string (UTC, milliseconds) of epoch milliseconds of the years 0001 to 9999, as `Date#toISOString` writes it. */
export function isoInstant(ms: number): string {
  if (!isInstantInRange(ms)) throw new RangeError(`instant ${ms} is outside the years 0001 to 9999`);
  const whole = Math.trunc(ms); // Date drops a fraction of a millisecond toward zero
  const day = Math.floor(whole / DAY);
  const t = whole - day * DAY;
  const h = Math.floor(t / HOUR);
  const mi = Math.floor((t % HOUR) / MINUTE);
  const s = Math.floor((t % MINUTE) / 1000);
  return `${formatDay(day)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}.${pad3(t % 1000)}Z`;
}

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

// ---- Reading dates and instants -----------------------------------------------------------------

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The form of an instant; its fields sit at fixed places, so {@link instantMs} reads them by position. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/i;

/** The number of days of `month` (1–12) in `year`, in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `true` when year, month and day name a day of the proleptic Gregorian calendar. */
function isRealDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 of a calendar date `YYYY-MM-DD` that exists, or `undefined` (year 0000 included). */
export function dayNumberOf(date: string): number | undefined {
  const m = CALENDAR_DATE.exec(date);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && isRealDay(y, mo, d) ? daysFromCivil(y, mo, d) : undefined;
}

/** The number the ASCII digits of `text` from `start` to `end` write (the caller checked they are digits). */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * Epoch milliseconds of an ISO 8601 date-time with a UTC offset, `YYYY-MM-DDThh:mm[:ss[.f…]](Z|±hh:mm)`
 * (`T` and `Z` in either case, 1 to 9 fraction digits, cut to milliseconds), or `NaN` when `text`
 * does not have that form or names no real date and time. Years 0000 to 9999 are read; the range
 * check is the caller's.
 */
export function instantMs(text: string): number {
  // The form is checked first, without captures (capturing and converting the groups cost several
  // times the check, for every instant of every decision); then each field is read where the form
  // puts it: YYYY-MM-DDThh:mm at 0–15, then `:ss` and `.f…`, and the offset at the end.
  if (!INSTANT.test(text)) return Number.NaN;
  const y = digitsAt(text, 0, 4);
  const mo = digitsAt(text, 5, 7);
  const d = digitsAt(text, 8, 10);
  const h = digitsAt(text, 11, 13);
  const mi = digitsAt(text, 14, 16);
  const last = text.charCodeAt(text.length - 1);
  const offsetAt = last === 0x5a || last === 0x7a ? text.length - 1 : text.length - 6; // `Z`/`z`, or `±hh:mm`
  const hasSeconds = offsetAt > 16;
  const s = hasSeconds ? digitsAt(text, 17, 19) : 0;
  // Fraction digits after the period at 19: the first three are milliseconds, the rest are cut.
  const fractionDigits = hasSeconds && offsetAt > 20 ? Math.min(offsetAt - 20, 3) : 0;
  const ms = fractionDigits === 0 ? 0 : digitsAt(text, 20, 20 + fractionDigits) * 10 ** (3 - fractionDigits);
  const oh = offsetAt === text.length - 1 ? 0 : digitsAt(text, offsetAt + 1, offsetAt + 3);
  const om = offsetAt === text.length - 1 ? 0 : digitsAt(text, offsetAt + 4, offsetAt + 6);
  if (!isRealDay(y, mo, d) || h > 23 || mi > 59 || s > 59 || oh > 23 || om > 59) return Number.NaN;
  const offset = (text.charCodeAt(offsetAt) === 0x2d ? -1 : 1) * (oh * HOUR + om * MINUTE); // `-` is west of UTC
  return daysFromCivil(y, mo, d) * DAY + h * HOUR + mi * MINUTE + s * 1000 + ms - offset;
}

/** `text` in quotes for a message, cut to its first 40 characters (a message never grows with the input). */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Why `text` is not an instant {@link instantMs} reads, in words. */
function instantProblem(text: string): string {
  if (INSTANT.test(text)) return `"${text}" is not a real date and time`;
  if (ISO_LOCAL.test(text)) {
    return `"${text}" has no UTC offset, so the moment it names is ambiguous; add "Z" or an offset such as "-07:00"`;
  }
  if (CALENDAR_DATE.test(text)) {
    return `"${text}" is a calendar date, but a moment in time is needed; give a date-time with an offset, such as "${text}T09:00:00Z"`;
  }
  return `${quoted(text)} is not an ISO 8601 date-time with an offset, such as "2026-11-23T09:30:00-07:00"`;
}

/** The time of a `Date`, read from its internal slot (so an object that only looks like a Date gives `NaN`). */
function timeOfDate(value: Date): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}

// ---- Time zones: a table of UTC-offset changes per zone -----------------------------------------
// The temporal-polyfill model: the offset is sampled with `tzOffset` (Intl) once a week through a
// year-long period, each change found by binary search between the two samples around it; the
// period's table is cached per zone, and an instant is answered by a binary search in it.

/** Length of a period of the table, and the sampling step (offsets change far less often). */
const STEP = 7 * DAY;
const PERIOD = 52 * STEP;

/** The offset changes of one period: `offsets[0]` from its start, `offsets[i + 1]` from `changes[i]`. */
interface OffsetPeriod {
  readonly changes: readonly number[];
  readonly offsets: readonly number[];
}

/** Per zone, the periods built so far (a cache of a pure derivation of the runtime's zone data). */
const zoneTables = new Map<string, Map<number, OffsetPeriod>>();
/** More zone names than this (the IANA list has about 600) empties the cache, so it stays bounded. */
const MAX_ZONES = 1000;

/** The offset of `timeZone` at `ms`, in milliseconds, as `TZDate` applies it (rounded to the second). */
function sampleOffset(timeZone: string, ms: number): number {
  return Math.round(tzOffset(timeZone, new Date(ms)) * 60) * 1000;
}

function buildPeriod(timeZone: string, start: number): OffsetPeriod {
  const end = start + PERIOD;
  const changes: number[] = [];
  const offsets = [sampleOffset(timeZone, start)];
  let t = start;
  while (t < end) {
    const next = t + STEP;
    const current = offsets[offsets.length - 1] as number;
    if (sampleOffset(timeZone, next) === current) {
      t = next;
      continue;
    }
    // Binary search for the first millisecond in (t, next] whose offset is not `current`.
    let lo = t;
    let hi = next;
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (sampleOffset(timeZone, mid) === current) lo = mid;
      else hi = mid;
    }
    changes.push(hi);
    offsets.push(sampleOffset(timeZone, hi));
    t = hi; // sampling resumes at the change, so a second change within the week is found too
  }
  return { changes, offsets };
}

/** The UTC offset of `timeZone` at the instant `ms`, in milliseconds (east of UTC positive). */
export function offsetAt(ms: number, timeZone: string): number {
  let table = zoneTables.get(timeZone);
  if (table === undefined) {
    if (zoneTables.size >= MAX_ZONES) zoneTables.clear();
    table = new Map();
    zoneTables.set(timeZone, table);
  }
  const index = Math.floor(ms / PERIOD);
  let period = table.get(index);
  if (period === undefined) {
    period = buildPeriod(timeZone, index * PERIOD);
    table.set(index, period);
  }
  // Binary search: how many changes are at or before `ms`.
  let lo = 0;
  let hi = period.changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((period.changes[mid] as number) <= ms) lo = mid + 1;
    else hi = mid;
  }
  return period.offsets[lo] as number;
}

/** The calendar day, in `timeZone`, on which the instant `ms` falls. */
export function dayInZone(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetAt(ms, timeZone)) / DAY);
}

/**
 * The instant at which the calendar day `day` starts in `timeZone`: its local midnight, the earlier
 * one when midnight happens twice, and the end of the gap when a change skips it.
 */
export function startOfDayInZone(day: number, timeZone: string): number {
  const midnight = day * DAY; // local midnight read as if it were UTC
  const before = offsetAt(midnight - DAY, timeZone);
  const after = offsetAt(midnight + DAY, timeZone);
  const early = midnight - before;
  const late = midnight - after;
  const earlyFits = early + offsetAt(early, timeZone) === midnight;
  const lateFits = late + offsetAt(late, timeZone) === midnight;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  // Midnight is skipped: the day starts at the change, the first instant after the gap.
  return changeBetween(late, early, timeZone);
}

/** The first instant in `(from, to]` whose offset differs from the offset at `from`. */
function changeBetween(from: number, to: number, timeZone: string): number {
  const start = offsetAt(from, timeZone);
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetAt(mid, timeZone) === start) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** `true` when `name` is an IANA time-zone name this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// ---- Schemas -------------------------------------------------------------------------------------

/** What an instant may be before it is parsed: a string or a `Date`. */
export const InstantInput = /* @__PURE__ */ z.union([z.string(), z.instanceof(Date)], {
  error: 'expected a Date or an ISO 8601 date-time string with an offset, such as "2026-11-23T09:30:00-07:00"',
});

/** An issue about an instant's input: always a custom one with a message. */
type InstantIssue = { code: 'custom'; message: string; params?: { code: string } };

/**
 * What is wrong with an instant's input (`ms` its {@link instantMs} or Date time), as an issue to
 * add; `undefined` when it names a moment this library reads. @internal
 */
export function instantIssue(value: string | Date, ms: number): InstantIssue | undefined {
  if (Number.isNaN(ms)) {
    return { code: 'custom', message: typeof value === 'string' ? instantProblem(value) : 'is an invalid Date' };
  }
  if (!isInstantInRange(ms)) {
    return {
      code: 'custom',
      params: { code: 'out_of_range' },
      message: 'is outside the years 0001 to 9999 (UTC), the instants this library reads and writes',
    };
  }
  return undefined;
}

/** Epoch milliseconds of an instant's input, or `NaN` when it names no moment. */
function msOf(value: string | Date): number {
  return typeof value === 'string' ? instantMs(value) : timeOfDate(value);
}

/**
 * An instant: a `Date`, or an ISO 8601 date-time string with a UTC offset (`Z` or `±hh:mm`), of
 * the years 0001 to 9999 in UTC. A date-time without an offset is rejected as ambiguous.
 * Validated and kept as given, so what a schema (or Standard Schema) consumer gets back is the
 * documented facts type; decision functions read it as epoch milliseconds through
 * {@link InstantMs}.
 */
export const Instant = InstantInput.check(
  z.superRefine((value, ctx) => {
    const issue = instantIssue(value, msOf(value));
    if (issue !== undefined) ctx.addIssue(issue);
  }),
);

/**
 * {@link Instant} parsed to epoch milliseconds, with the same issues: what decision functions
 * read (`parseInput` puts it in place of every {@link Instant} of a facts schema). @internal
 */
export const InstantMs = z.pipe(
  InstantInput,
  z.transform((value: string | Date, payload) => {
    const ms = msOf(value);
    const issue = instantIssue(value, ms);
    if (issue === undefined) return ms;
    payload.issues.push({ ...issue, input: value });
    return z.NEVER;
  }),
);

/** A calendar date `YYYY-MM-DD` that exists, of the years 0001 to 9999, kept as the string. */
export const CalendarDateSchema = /* @__PURE__ */ (() => z.string({ error: 'expected a calendar date "YYYY-MM-DD"' }).check(
  z.refine((value) => dayNumberOf(value) !== undefined, {
    error: (issue) =>
      String(issue.input).startsWith('0000-')
        ? `"${String(issue.input)}" is in the year 0000; dates from 0001-01-01 to 9999-12-31 are read`
        : `${quoted(String(issue.input))} is not a calendar date "YYYY-MM-DD" that exists`,
  }),
))();

/** An IANA time-zone name such as `America/Los_Angeles`. */
export const TimeZoneSchema = /* @__PURE__ */ (() => z.string({ error: 'expected an IANA time-zone name such as "America/Los_Angeles"' }).check(
  z.refine(isTimeZone, {
    error: (issue) => `${quoted(String(issue.input))} is not a time zone this runtime knows (use an IANA name such as "America/Los_Angeles")`,
  }),
))();
