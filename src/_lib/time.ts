import { TZDate } from '@date-fns/tz';
import * as z from 'zod';

/** Milliseconds in a minute and an hour. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The shape {@link instantMs} reads; used only to word an error. */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` (no time, no zone). */
export type CalendarDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `true` when year, month (1–12) and day name a day of the proleptic Gregorian calendar. */
function isRealDay(y: number, mo: number, d: number): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the month test is a guard only: callers pass months 0-99, and for any month outside 1-12 DAYS_IN_MONTH[mo - 1] is undefined, so `d <= NaN` below rejects the day anyway; so `mo < 1 || mo > 12`, `mo < 1` and `mo > 12` → false and `&&` between them are equivalent (tests 'month 13', '2026-00-10', 'day 0' pass either way); the whole test → true or false, `d < 1` → false and `&&` for the last `||` are killed ('reads years before 100 without shifting them to the 1900s')
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (DAYS_IN_MONTH[mo - 1] as number) + (leap ? 1 : 0);
}

/**
 * Epoch milliseconds of a UTC date and time that exists (years 0 to 9999), by arithmetic: days from
 * the civil date after H. Hinnant, as `Date.UTC` would give without shifting years 0–99 to the 1900s.
 */
function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  // Counted from 1 March of year -400, so every quotient is of non-negative numbers and 32-bit
  // integer division (`| 0`) is exact; 146,097 days (400 years) are taken off at the end.
  const year = (mo <= 2 ? y - 1 : y) + 400;
  const era = (year / 400) | 0;
  const yoe = year - era * 400;
  const doy = (((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) | 0) + d - 1;
  const days = era * 146_097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719_468 - 146_097;
  return days * DAY + h * HOUR + mi * MINUTE + s * 1000 + ms;
}

/** The digit at `i` of `s` as a number, or -1 (also past the end). */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  // Stryker disable next-line ConditionalExpression: `c >= 0` → true returns the negative c of a character below '0' instead of -1, and every caller only asks whether the digit is negative (twoDigitsAt: `< 0`; dayNumberOf: the OR of negative numbers is negative); the other variants (the test → true or false, `c <= 9` → true) are killed ('is no calendar date with a letter in the year', 'numbers every calendar day …')
  return c >= 0 && c <= 9 ? c : -1;
}

/** The two digits at `i` and `i + 1` of `s` as a number, or -1. */
function twoDigitsAt(s: string, i: number): number {
  const a = digitAt(s, i);
  const b = digitAt(s, i + 1);
  // Stryker disable next-line ConditionalExpression: `a < 0` → false gives a * 10 + b = -10 + b, at most -1, for a non-digit first (digitAt gives -1) and a digit second, still negative, and callers only ask whether it is negative; the test → true or false and `b < 0` → false are killed ('numbers every calendar day …', 'is no calendar date with a letter in the month')
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** Days since 1970-01-01 of a valid calendar date `YYYY-MM-DD`, or `undefined` when it does not exist. */
export function dayNumberOf(date: string): number | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  const y0 = digitAt(date, 0);
  const y1 = digitAt(date, 1);
  const y2 = digitAt(date, 2);
  const y3 = digitAt(date, 3);
  const mo = twoDigitsAt(date, 5);
  const d = twoDigitsAt(date, 8);
  if (
    (y0 | y1 | y2 | y3) < 0 ||
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a guard only: twoDigitsAt gives -1 for a non-digit, and isRealDay rejects month -1 or 0 and day -1 or 0 anyway, so `mo < 0`/`d < 0` → false and `mo <= 0`/`d <= 0` give undefined just the same; `mo >= 0` and `d >= 0` (every date rejected) are killed by 'knows which calendar dates exist'
    mo < 0 || d < 0
  ) return undefined;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return isRealDay(y, mo, d) ? utcMs(y, mo, d) / DAY : undefined;
}

/** Days since 1970-01-01 for a year, month (1–12) and day that are known to exist. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

/** The `YYYY-MM-DD` form of a day number. */
export function formatDay(day: number): CalendarDate {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of month of a day number. */
export function partsOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The calendar day, in `timeZone`, on which the instant `ms` falls. */
export function dayInZone(ms: number, timeZone: string): number {
  const d = new TZDate(ms, timeZone);
  return dayNumber(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** The instant at which the calendar day `day` starts in `timeZone`. */
export function startOfDayInZone(day: number, timeZone: string): number {
  const { year, month, day: dom } = partsOf(day);
  return new TZDate(year, month - 1, dom, timeZone).getTime();
}

/** 1000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the span {@link isoInstant} formats by arithmetic. */
const FAST_FIRST = -30_610_224_000_000;
const FAST_LAST = 253_402_300_799_999;

/**
 * An ISO 8601 instant string (UTC, milliseconds) for epoch milliseconds: `new Date(ms).toISOString()`
 * without the `Date`, the same string for whole milliseconds in the years 1000 to 9999 (days to
 * civil dates after H. Hinnant, in 32-bit integer arithmetic), falling back to `Date` otherwise.
 * Decisions format several instants per call, so this is on their hot path.
 */
export function isoInstant(ms: number): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent are the variants that only send more instants to Date#toISOString, the general path whose result the fast path copies (property test 'formats like Date#toISOString for every whole millisecond of the years 0000 to 9999'): the whole test → true, the range test → false, `ms > FAST_FIRST`, `ms < FAST_LAST`; the variants that format out-of-range instants by arithmetic are killed: the whole test → false, the range test or either bound → true, `ms < FAST_FIRST`, `ms > FAST_LAST` (that property test and 'falls back to Date for an instant after year 9999')
  if (!(ms >= FAST_FIRST && ms <= FAST_LAST) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const z = days + 719_468;
  const era = (z / 146_097) | 0;
  const doe = z - era * 146_097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = (rest / 3_600_000) | 0;
  rest -= hour * 3_600_000;
  const minute = (rest / 60_000) | 0;
  rest -= minute * 60_000;
  const second = (rest / 1000) | 0;
  rest -= second * 1000;
  // One string of 24 character codes: a single allocation, where concatenation makes a dozen.
  return String.fromCharCode(
    48 + ((year / 1000) | 0), 48 + (((year / 100) | 0) % 10), 48 + (((year / 10) | 0) % 10), 48 + (year % 10), 45,
    48 + ((month / 10) | 0), 48 + (month % 10), 45, 48 + ((day / 10) | 0), 48 + (day % 10), 84,
    48 + ((hour / 10) | 0), 48 + (hour % 10), 58, 48 + ((minute / 10) | 0), 48 + (minute % 10), 58,
    48 + ((second / 10) | 0), 48 + (second % 10), 46, 48 + ((rest / 100) | 0), 48 + (((rest / 10) | 0) % 10), 48 + (rest % 10), 90,
  );
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

/** What an instant may be before it is parsed: a string or a `Date`. */
export const InstantInput = /* @__PURE__ */ z.union([z.string(), z.instanceof(Date)], {
  error: 'expected a Date or an ISO 8601 date-time string with an offset, such as "2026-11-23T09:30:00-07:00"',
});

/**
 * Epoch milliseconds of an ISO 8601 date-time with a UTC offset, `YYYY-MM-DDThh:mm[:ss[.f…]](Z|±hh:mm)`
 * (`T` and `Z` in either case, 1 to 9 fraction digits, cut to milliseconds), or `NaN` when `text`
 * does not have that form or names no real date and time. One pass over the characters: every
 * decision reads its instants through this.
 */
export function instantMs(text: string): number {
  // Written out position by position (no helpers): this runs for every instant of every decision.
  // `(code - 48) >>> 0 > 9` is "not a digit"; lengths are checked before each position is read.
  const n = text.length;
  // Stryker disable next-line ConditionalExpression: `false` only skips an early exit: a shorter text has no character at 16 or after, where the seconds or the offset must start, so the offset test below rejects it (a position past the end reads NaN, and `NaN >>> 0` is 0, a "digit", but then no offset follows); `true` is killed by 'reads 2026-11-23T09:30:00Z'
  if (n < 17) return Number.NaN;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const mo0 = text.charCodeAt(5) - 48;
  const mo1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  const h0 = text.charCodeAt(11) - 48;
  const h1 = text.charCodeAt(12) - 48;
  const mi0 = text.charCodeAt(14) - 48;
  const mi1 = text.charCodeAt(15) - 48;
  if (
    y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 ||
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent are the first-digit variants: with a non-digit first, month and day are below 0 or at least 100 (code - 48 is at most -1 or at least 10), which isRealDay rejects, so `mo0 …`/`d0 … > 9` → false change nothing, nor do `mo0 …`/`d0 … >= 9` (months and days 90-99 do not exist); the other variants are killed: `mo1 …`/`d1 … > 9` → false ('rejects an instant with a colon … month', '… day'), `mo1`/`d1` `>= 9` (the Date.parse property test), and `<= 9` for any of the four ('reads 2026-11-23T09:30:00Z')
    mo0 >>> 0 > 9 || mo1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9 ||
    // Stryker disable next-line EqualityOperator: `h0 >>> 0 >= 9` and `mi0 >>> 0 >= 9` only also reject hours and minutes 90-99, which `h > 23` and `mi > 59` reject anyway; `h1 >= 9` and `<= 9` for any of the four ('reads 2026-11-23T09:30:00Z') and `mi1 >= 9` (the Date.parse property test) are killed
    h0 >>> 0 > 9 || h1 >>> 0 > 9 || mi0 >>> 0 > 9 || mi1 >>> 0 > 9 ||
    text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || (text.charCodeAt(10) | 32) !== 116 || text.charCodeAt(13) !== 58
  ) {
    return Number.NaN;
  }
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (text.charCodeAt(16) === 58) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `false` and `n <= 19` only skip or add an early exit: with fewer than 20 characters nothing follows the seconds, so `sign` below is 0 and the text is rejected anyway (positions past the end read NaN, a "digit" to `NaN >>> 0`, but no offset follows); `true` and `n >= 19` are killed by 'reads 2026-11-23T09:30:00Z'
    if (n < 19) return Number.NaN;
    const s0 = text.charCodeAt(17) - 48;
    const s1 = text.charCodeAt(18) - 48;
    // Stryker disable next-line EqualityOperator: `s0 >>> 0 >= 9` only also rejects seconds 90-99, which `sec > 59` rejects anyway; `s1 >>> 0 >= 9` (the Date.parse property test) and `<= 9` for either ('reads 2026-11-23T09:30:00Z') are killed
    if (s0 >>> 0 > 9 || s1 >>> 0 > 9) return Number.NaN;
    sec = s0 * 10 + s1;
    i = 19;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: `i < n` is a bounds check only: at i = n charCodeAt gives NaN, never 46, so `i < n` → true and `i <= n` are equivalent; the whole test → true or false, the period test → true, `i >= n` and `!== 46` are killed ('reads 2026-11-23T09:30:00Z': the whole test or the period test → true, `!== 46`; 'reads 2026-11-23T09:30:00.250z': the whole test → false, `i >= n`)
    if (i < n && text.charCodeAt(i) === 46) {
      // 1 to 9 digits; the first three are the milliseconds, the rest are cut.
      const first = ++i;
      // Stryker disable next-line EqualityOperator: `i <= n` runs once more at the end of the text (NaN, a "digit" to `NaN >>> 0`), but a fraction that reaches the end has no offset after it, so the text is rejected either way; `i >= n` is killed by 'reads an instant with one fraction digit'
      for (; i < n; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit >>> 0 > 9) break;
        const count = i - first;
        if (count < 3) ms += digit * (count === 0 ? 100 : count === 1 ? 10 : 1);
      }
      if (i === first || i - first > 9) return Number.NaN;
    }
  }
  let offset = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at i = n charCodeAt gives NaN, which like 0 is neither Z, z, + nor -, so `true` and `i <= n` reject the text just the same; `false` and `i >= n` are killed by 'reads 2026-11-23T09:30:00Z'
  const sign = i < n ? text.charCodeAt(i) : 0;
  if ((sign | 32) === 122) {
    if (i + 1 !== n) return Number.NaN;
  } else if (sign === 43 || sign === 45) {
    if (i + 6 !== n || text.charCodeAt(i + 3) !== 58) return Number.NaN;
    const oh0 = text.charCodeAt(i + 1) - 48;
    const oh1 = text.charCodeAt(i + 2) - 48;
    const om0 = text.charCodeAt(i + 4) - 48;
    const om1 = text.charCodeAt(i + 5) - 48;
    // Stryker disable next-line EqualityOperator: `oh0 >>> 0 >= 9` and `om0 >>> 0 >= 9` only also reject offsets of 90-99 hours or minutes, which `oh > 23` and `om > 59` reject anyway; `oh1`/`om1` `>= 9` (the Date.parse property test) and `<= 9` for any of the four ('reads 2026-11-23T09:30-07:00') are killed
    if (oh0 >>> 0 > 9 || oh1 >>> 0 > 9 || om0 >>> 0 > 9 || om1 >>> 0 > 9) return Number.NaN;
    const oh = oh0 * 10 + oh1;
    const om = om0 * 10 + om1;
    if (oh > 23 || om > 59) return Number.NaN;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * MINUTE;
  } else {
    return Number.NaN;
  }
  const mo = mo0 * 10 + mo1;
  const d = d0 * 10 + d1;
  const h = h0 * 10 + h1;
  const mi = mi0 * 10 + mi1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (!isRealDay(year, mo, d) || h > 23 || mi > 59 || sec > 59) return Number.NaN;
  return utcMs(year, mo, d, h, mi, sec, ms) - offset;
}

/** Why `text` is not an instant {@link instantMs} reads, in words. */
function instantProblem(text: string): string {
  if (ISO_WITH_OFFSET.test(text)) return `"${text}" is not a real date and time`;
  if (ISO_LOCAL.test(text)) {
    return `"${text}" has no UTC offset, so the moment it names is ambiguous; add "Z" or an offset such as "-07:00"`;
  }
  if (CALENDAR_DATE.test(text)) {
    return `"${text}" is a calendar date, but a moment in time is needed; give a date-time with an offset, such as "${text}T09:00:00Z"`;
  }
  return `"${text}" is not an ISO 8601 date-time with an offset, such as "2026-11-23T09:30:00-07:00"`;
}

/** Epoch milliseconds of an instant's input, or `NaN` when it names no moment. */
function msOf(value: string | Date): number {
  return typeof value === 'string' ? instantMs(value) : value.getTime();
}

/** Why an instant's input names no moment, in words. */
function invalidInstant(value: string | Date): string {
  return typeof value === 'string' ? instantProblem(value) : 'is an invalid Date';
}

/**
 * An instant: a `Date`, or an ISO 8601 date-time string with a UTC offset (`Z` or `±hh:mm`). A
 * date-time without an offset is rejected as ambiguous. Validated and kept as given, so what a
 * schema (or Standard Schema) consumer gets back is the documented facts type; decision
 * functions read it as epoch milliseconds through {@link InstantMs}.
 */
export const Instant = InstantInput.superRefine((value, ctx) => {
  if (Number.isNaN(msOf(value))) ctx.addIssue({ code: 'custom', message: invalidInstant(value) });
});

/**
 * {@link Instant} parsed to epoch milliseconds, with the same issues: what decision functions
 * read (`parseInput` puts it in place of every {@link Instant} of a facts schema). @internal
 */
export const InstantMs = InstantInput.transform((value, ctx) => {
  const ms = msOf(value);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: invalidInstant(value) });
    return z.NEVER;
  }
  return ms;
});

/** A calendar date `YYYY-MM-DD` that exists, kept as the string. */
export const CalendarDateSchema = z.string({ error: 'expected a calendar date "YYYY-MM-DD"' }).refine(
  (value) => dayNumberOf(value) !== undefined,
  { error: (issue) => `"${String(issue.input)}" is not a calendar date "YYYY-MM-DD" that exists` },
);

/** An IANA time-zone name such as `America/Los_Angeles`. */
export const TimeZoneSchema = z
  .string({ error: 'expected an IANA time-zone name such as "America/Los_Angeles"' })
  .refine(isTimeZone, {
    error: (issue) => `"${String(issue.input)}" is not a time zone this runtime knows (use an IANA name such as "America/Los_Angeles")`,
  });
