import { TZDate } from '@date-fns/tz';
import * as z from 'zod';

/** Milliseconds in a minute and an hour. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` (no time, no zone). */
export type CalendarDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `true` when year, month (1–12) and day name a day of the proleptic Gregorian calendar. */
function isRealDay(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (DAYS_IN_MONTH[mo - 1] as number) + (leap ? 1 : 0);
}

/** Epoch milliseconds of a UTC date and time (any year, also 0–99, which `Date.UTC` would shift). */
function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  if (y >= 100) return Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const t = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  t.setUTCFullYear(y);
  return t.getTime();
}

/** Days since 1970-01-01 of a valid calendar date, or `undefined` when it does not exist. */
export function dayNumberOf(date: string): number | undefined {
  const m = CALENDAR_DATE.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
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

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * An ISO 8601 instant string (UTC, milliseconds) for epoch milliseconds: `new Date(ms).toISOString()`
 * without the `Date`, the same string for whole milliseconds in the years 0000 to 9999 (days to
 * civil dates after H. Hinnant), falling back to `Date` otherwise. Decisions format several
 * instants per call, so this is on their hot path.
 */
export function isoInstant(ms: number): string {
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999 || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const yyyy = year < 1000 ? `${'000'.slice(String(year).length - 1)}${year}` : `${year}`;
  return `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${pad3(rest - second * 1000)}Z`;
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
 * An instant: a `Date`, or an ISO 8601 date-time string with a UTC offset (`Z` or `±hh:mm`).
 * Parsed to epoch milliseconds. A date-time without an offset is rejected as ambiguous.
 */
export const Instant = InstantInput
  .transform((value, ctx) => {
    if (value instanceof Date) {
      const ms = value.getTime();
      if (Number.isNaN(ms)) {
        ctx.addIssue({ code: 'custom', message: 'is an invalid Date' });
        return z.NEVER;
      }
      return ms;
    }
    const m = ISO_WITH_OFFSET.exec(value);
    if (!m) {
      const message = ISO_LOCAL.test(value)
        ? `"${value}" has no UTC offset, so the moment it names is ambiguous; add "Z" or an offset such as "-07:00"`
        : CALENDAR_DATE.test(value)
          ? `"${value}" is a calendar date, but a moment in time is needed; give a date-time with an offset, such as "${value}T09:00:00Z"`
          : `"${value}" is not an ISO 8601 date-time with an offset, such as "2026-11-23T09:30:00-07:00"`;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const h = Number(m[4]);
    const mi = Number(m[5]);
    const sec = m[6] === undefined ? 0 : Number(m[6]);
    const fraction = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
    const offset = m[8] as string;
    const zulu = offset.length === 1;
    const oh = zulu ? 0 : Number(offset.slice(1, 3));
    const om = zulu ? 0 : Number(offset.slice(4, 6));
    if (!isRealDay(y, mo, d) || h > 23 || mi > 59 || sec > 59 || oh > 23 || om > 59) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a real date and time` });
      return z.NEVER;
    }
    const sign = offset[0] === '-' ? -1 : 1;
    const ms = utcMs(y, mo, d, h, mi, sec, fraction) - sign * (oh * 60 + om) * MINUTE;
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
