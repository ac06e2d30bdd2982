import { dayNumber, formatDay, weekdayOf } from '../_lib/time.js';

/** One US federal holiday of a year, with the date it is observed on. */
export interface FederalHoliday {
  /** Its name as in 5 U.S.C. 6103. */
  readonly name: string;
  /** The holiday's own date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The weekday it is observed on: a Saturday holiday the Friday before, a Sunday one the Monday after. */
  readonly observed: string;
}

/** The `n`th (1-based) given weekday of a month, or the last one when `n` is -1. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n === -1) {
    const last = dayNumber(year, month + 1, 0);
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayNumber(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
}

function observedDay(day: number): number {
  const w = weekdayOf(day);
  if (w === 6) return day - 1;
  if (w === 0) return day + 1;
  return day;
}

/** Day numbers of one year's holidays, as `[name, actual day]`. */
function holidayDays(year: number): [string, number][] {
  const list: [string, number][] = [['New Year’s Day', dayNumber(year, 1, 1)]];
  if (year >= 1986) list.push(['Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, 1, 3)]);
  list.push(
    ['Washington’s Birthday', nthWeekday(year, 2, 1, 3)],
    ['Memorial Day', nthWeekday(year, 5, 1, -1)],
  );
  if (year >= 2021) list.push(['Juneteenth National Independence Day', dayNumber(year, 6, 19)]);
  list.push(
    ['Independence Day', dayNumber(year, 7, 4)],
    ['Labor Day', nthWeekday(year, 9, 1, 1)],
    ['Columbus Day', nthWeekday(year, 10, 1, 2)],
    // The Uniform Monday Holiday Act moved Veterans Day to the fourth Monday in October from 1971;
    // it returned to 11 November in 1978.
    ['Veterans Day', year <= 1977 ? nthWeekday(year, 10, 1, 4) : dayNumber(year, 11, 11)],
    ['Thanksgiving Day', nthWeekday(year, 11, 4, 4)],
    ['Christmas Day', dayNumber(year, 12, 25)],
  );
  return list;
}

/** Observed day numbers of the holidays of `year` (a Saturday 1 January is observed on 31 December before). */
export function observedFederalDays(year: number): number[] {
  return holidayDays(year).map(([, day]) => observedDay(day));
}

/**
 * The US federal holidays of a year with their observed dates (SOPS.md item 3): a Saturday holiday
 * is observed on the Friday before, a Sunday one on the Monday after, so a Saturday New Year's Day
 * is observed on 31 December of the year before (it is listed under its own year). Rules in force
 * since 1971; Veterans Day on the fourth Monday in October from 1971 to 1977; Birthday of Martin
 * Luther King, Jr. from 1986; Juneteenth from 2021.
 *
 * @param year - a whole year from 1971 to 9998
 * @returns the year's holidays in date order
 * @throws RangeError when `year` is not a whole number in that range
 *
 * @example
 * ```ts
 * import { usFederalHolidays } from 'solar-sop/calendar';
 * usFederalHolidays(2022)[0];
 * //=> { name: 'New Year’s Day', date: '2022-01-01', observed: '2021-12-31' }
 * ```
 */
export function usFederalHolidays(year: number): FederalHoliday[] {
  if (!Number.isInteger(year) || year < 1971 || year > 9998) {
    throw new RangeError(`usFederalHolidays: year must be a whole number from 1971 to 9998, got ${String(year)}`);
  }
  return holidayDays(year).map(([name, day]) => ({ name, date: formatDay(day), observed: formatDay(observedDay(day)) }));
}
