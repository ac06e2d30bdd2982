export { addBusinessDays, businessDaysBetween, calendarDaysBetween, isBusinessDay } from './api.js';
// The error this module throws, so a host importing only this subpath can catch and recognize it.
export { SopInputError, isSopInputError } from '../_lib/errors.js';
export type { CalendarOptions, DateInput } from './api.js';
export type { HolidayRule } from './engine.js';
export { usFederalHolidays } from './holidays.js';
export type { FederalHoliday } from './holidays.js';
export { addWorkingMinutes, isOpenAt, workingMinutesBetween } from './business-hours.js';
export type { BusinessHoursOptions } from './business-hours.js';
export { BusinessHoursSchema } from './business-hours-schema.js';
export type { BusinessHours, Weekday } from './business-hours-schema.js';
