export { addBusinessDays, businessDaysBetween, calendarDaysBetween, isBusinessDay } from './api.js';
export type { CalendarOptions, DateInput } from './api.js';
export type { HolidayRule } from './engine.js';
export { usFederalHolidays } from './holidays.js';
export type { FederalHoliday } from './holidays.js';
