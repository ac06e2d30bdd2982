import * as z from 'zod/mini';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { dayInZone, dayNumberOf, FIRST_DAY, formatDay, InstantMs, LAST_DAY, TimeZoneSchema } from '../_lib/time.js';
import { safeParseInput, toSopIssues } from '../_lib/validate.js';
import { isPolicy, type Policy } from '../policy/brand.js';
import { defaultPolicy } from '../policy/default.js';
import {
  addBusinessDayNumbers,
  countBusinessDays,
  isBusinessDayNumber,
  resolveCalendar,
  type BusinessCalendar,
  type HolidayRule,
} from './engine.js';

/** A calendar date `YYYY-MM-DD`, or an instant (a `Date`, or an ISO date-time with offset) read in the time zone. */
export type DateInput = string | Date;

/** Options of the calendar functions; each falls back to the policy's `calendar` values. */
export interface CalendarOptions {
  /** IANA zone in which instants are read as calendar dates. */
  readonly timeZone?: string;
  /** Which weekdays are holidays (default: the policy's, US federal). */
  readonly holidays?: HolidayRule;
  /** One-off closures, `YYYY-MM-DD`, added to the holidays. */
  readonly closures?: readonly string[];
  /** The policy whose calendar to use (default `defaultPolicy`). */
  readonly policy?: Policy;
}

const calendarDay = z.string().check(z.refine((d) => dayNumberOf(d) !== undefined, 'is not a calendar date "YYYY-MM-DD" that exists'));

const OptionsSchema = z.optional(
  z.strictObject({
    timeZone: z.optional(TimeZoneSchema),
    holidays: z.optional(
      z.union(
        [
          z.literal('us-federal'),
          z.literal('none'),
          z.strictObject({ dates: z.array(calendarDay) }),
          z.custom<(date: string) => boolean>((v) => typeof v === 'function'),
        ],
        { error: 'expected "us-federal", "none", { dates: [...] } or a function (date) => boolean' },
      ),
    ),
    closures: z.optional(z.array(calendarDay)),
    policy: z.optional(z.custom<Policy>(isPolicy, 'was not made by definePolicy()')),
  }),
);

/** The arguments resolved: day numbers and a counting calendar. */
interface Resolved {
  readonly cal: BusinessCalendar;
  readonly days: number[];
}

function resolveArgs(fn: string, dates: [string, unknown][], options: unknown): Resolved {
  const issues: SopIssue[] = [];
  const parsedOptions = safeParseInput(OptionsSchema, options);
  if (!parsedOptions.success) issues.push(...toSopIssues(parsedOptions.error, ['options']));
  const opts = parsedOptions.success ? (parsedOptions.data ?? {}) : {};
  const policy = opts.policy ?? defaultPolicy;
  const timeZone = opts.timeZone ?? policy.calendar.timeZone;
  const days: number[] = [];
  for (const [name, value] of dates) {
    if (typeof value === 'string') {
      const day = dayNumberOf(value);
      if (day !== undefined) {
        days.push(day);
        continue;
      }
    }
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: Instant issues never read the input
    const instant = safeParseInput(InstantMs, value);
    if (instant.success) days.push(dayInZone(instant.data, timeZone));
    else
      issues.push(
        ...toSopIssues(instant.error, [name]).map((i) => ({
          ...i,
          message: `${i.message} (or a calendar date "YYYY-MM-DD")`,
        })),
      );
  }
  if (issues.length > 0) throw new SopInputError(`calendar/${fn}`, issues);
  const closures = (opts.closures ?? policy.calendar.closures).map((d) => dayNumberOf(d) as number);
  return { cal: resolveCalendar(opts.holidays ?? policy.calendar.holidays, closures), days };
}

/**
 * Whether a date is a business day: Monday to Friday, not a holiday (US federal on observed dates
 * by default) and not a one-off closure.
 *
 * @param date - `YYYY-MM-DD`, or an instant read in the time zone
 * @param options - time zone, holidays, closures or policy
 * @returns `true` for a business day
 * @throws SopInputError for a date or option that is not valid
 *
 * @example
 * ```ts
 * import { isBusinessDay } from 'solar-sop/calendar';
 * isBusinessDay('2026-11-26'); //=> false (Thanksgiving Day)
 * isBusinessDay('2026-11-27'); //=> true
 * ```
 */
export function isBusinessDay(date: DateInput, options?: CalendarOptions): boolean {
  const { cal, days } = resolveArgs('is-business-day', [['date', date]], options);
  return isBusinessDayNumber(cal, days[0] as number);
}

/**
 * The date a number of business days after (or, when negative, before) a date. Adding 0 returns
 * the date itself, business day or not.
 *
 * @param date - `YYYY-MM-DD`, or an instant read in the time zone
 * @param amount - whole number of business days
 * @param options - time zone, holidays, closures or policy
 * @returns the date, `YYYY-MM-DD`
 * @throws SopInputError for a date, amount or option that is not valid, or a result outside the
 *   years 0001 to 9999
 * @throws RangeError when the holiday rule leaves no business day in ten years
 *
 * @example
 * ```ts
 * import { addBusinessDays } from 'solar-sop/calendar';
 * addBusinessDays('2026-11-25', 1); //=> '2026-11-27' (skips Thanksgiving Day)
 * ```
 */
export function addBusinessDays(date: DateInput, amount: number, options?: CalendarOptions): string {
  if (!Number.isSafeInteger(amount)) {
    throw new SopInputError('calendar/add-business-days', [
      { path: ['amount'], code: 'invalid_type', message: `expected a whole number of business days, got ${String(amount)}` },
    ]);
  }
  const { cal, days } = resolveArgs('add-business-days', [['date', date]], options);
  const start = days[0] as number;
  const end = addBusinessDayNumbers(cal, start, amount);
  // Dates are written YYYY-MM-DD, so the result must fall in the years 0001 to 9999.
  if (end < FIRST_DAY || end > LAST_DAY) {
    throw new SopInputError('calendar/add-business-days', [
      {
        path: ['amount'],
        code: 'out_of_range',
        message: `${amount} business days from the date lands outside the years 0001 to 9999, the dates this library reads and writes`,
      },
    ]);
  }
  return formatDay(end);
}

/**
 * Business days since a date: how many business days `d` have `from < d <= to` (SOPS.md item 3).
 * Negative when `to` is before `from`. Costs the same for a 50-year span as for a 5-day one with
 * the US federal, list or no holiday rule (a holiday function is asked day by day).
 *
 * @param from - `YYYY-MM-DD`, or an instant read in the time zone
 * @param to - `YYYY-MM-DD`, or an instant read in the time zone
 * @param options - time zone, holidays, closures or policy
 * @returns the count
 * @throws SopInputError for a date or option that is not valid
 *
 * @example
 * ```ts
 * import { businessDaysBetween } from 'solar-sop/calendar';
 * businessDaysBetween('2026-11-20', '2026-11-30'); //=> 5 (a weekend and Thanksgiving Day skipped)
 * ```
 */
export function businessDaysBetween(from: DateInput, to: DateInput, options?: CalendarOptions): number {
  const { cal, days } = resolveArgs('business-days-between', [['from', from], ['to', to]], options);
  return countBusinessDays(cal, days[0] as number, days[1] as number);
}

/**
 * Calendar days from one date to another (`to − from`), with instants read in the time zone.
 *
 * @param from - `YYYY-MM-DD`, or an instant read in the time zone
 * @param to - `YYYY-MM-DD`, or an instant read in the time zone
 * @param options - time zone or policy
 * @returns the count; negative when `to` is before `from`
 * @throws SopInputError for a date or option that is not valid
 *
 * @example
 * ```ts
 * import { calendarDaysBetween } from 'solar-sop/calendar';
 * calendarDaysBetween('2028-02-28', '2028-03-01'); //=> 2 (2028 is a leap year)
 * ```
 */
export function calendarDaysBetween(from: DateInput, to: DateInput, options?: CalendarOptions): number {
  const { days } = resolveArgs('calendar-days-between', [['from', from], ['to', to]], options);
  return (days[1] as number) - (days[0] as number);
}

/** The counting calendar of a policy, for decision functions. @internal */
export function policyCalendar(policy: Policy): BusinessCalendar {
  return resolveCalendar(
    policy.calendar.holidays,
    policy.calendar.closures.map((d) => dayNumberOf(d) as number),
  );
}
