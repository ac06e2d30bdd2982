import * as z from 'zod/mini';
import { TimeZoneSchema } from '../_lib/time.js';

/** The days of a week as {@link BusinessHours} names them, Sunday first (as `Date#getDay` counts). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** A day of the week, in lower case. */
export type Weekday = (typeof WEEKDAYS)[number];

const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Minutes after midnight of a valid `HH:MM` (`24:00` is 1440). @internal */
export function minuteOfDay(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

const TimeOfDay = z
  .string({ error: 'expected a wall-clock time "HH:MM"' })
  .check(z.regex(HH_MM, { error: (issue) => `"${String(issue.input)}" is not a wall-clock time "HH:MM" from "00:00" to "24:00"` }));

/** One weekday's working intervals, each `[opens, closes]`, in order and not overlapping. */
const DaySchema = z.array(z.tuple([TimeOfDay, TimeOfDay], { error: 'expected an interval ["HH:MM", "HH:MM"]' })).check(
  z.superRefine((intervals, ctx) => {
    let previousEnd = -1;
    intervals.forEach(([opens, closes], i) => {
      const a = minuteOfDay(opens);
      const b = minuteOfDay(closes);
      if (a === 1440) ctx.addIssue({ code: 'custom', path: [i, 0], message: '"24:00" may only end an interval' });
      else if (b <= a) ctx.addIssue({ code: 'custom', path: [i], message: `closes at ${closes}, not after it opens at ${opens}` });
      else if (a < previousEnd) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `opens at ${opens}, before the interval before it closes; list intervals in order, without overlaps`,
        });
      }
      previousEnd = Math.max(previousEnd, b);
    });
  }),
);

/**
 * A service desk's working hours (SOPS.md item 18): a time zone and, per weekday, the intervals in
 * which it works, as wall-clock times there. A weekday that is absent (or empty) is closed;
 * `'24:00'` may end an interval. Holidays and closures come from the policy's `calendar`.
 */
export const BusinessHoursSchema = z.strictObject({
  timeZone: TimeZoneSchema,
  weekly: z.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, z.optional(DaySchema)])) as Record<Weekday, z.ZodMiniOptional<typeof DaySchema>>).check(
    z.refine((weekly) => Object.values(weekly).some((day) => day !== undefined && day.length > 0), {
      error: 'has no working interval on any weekday; give at least one, such as monday: [["08:00", "17:00"]]',
    }),
  ),
});

/** Working hours as a policy holds them (see {@link BusinessHoursSchema}). */
export type BusinessHours = z.output<typeof BusinessHoursSchema>;
