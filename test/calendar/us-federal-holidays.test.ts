import { describe, expect, it } from 'vitest';
import { usFederalHolidays } from '../../src/calendar/index.js';

/**
 * Observed US federal holidays 2021–2030, written out by hand from the OPM holiday tables (and,
 * for years OPM has not published, from 5 U.S.C. 6103 with the Friday/Monday observance rule),
 * independently of the code under test. A Saturday 1 January is observed on 31 December before.
 */
const OBSERVED: Record<number, string[]> = {
  2021: ['2021-01-01', '2021-01-18', '2021-02-15', '2021-05-31', '2021-06-18', '2021-07-05', '2021-09-06', '2021-10-11', '2021-11-11', '2021-11-25', '2021-12-24'],
  2022: ['2021-12-31', '2022-01-17', '2022-02-21', '2022-05-30', '2022-06-20', '2022-07-04', '2022-09-05', '2022-10-10', '2022-11-11', '2022-11-24', '2022-12-26'],
  2023: ['2023-01-02', '2023-01-16', '2023-02-20', '2023-05-29', '2023-06-19', '2023-07-04', '2023-09-04', '2023-10-09', '2023-11-10', '2023-11-23', '2023-12-25'],
  2024: ['2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25'],
  2025: ['2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25'],
  2026: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25'],
  2027: ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24'],
  2028: ['2027-12-31', '2028-01-17', '2028-02-21', '2028-05-29', '2028-06-19', '2028-07-04', '2028-09-04', '2028-10-09', '2028-11-10', '2028-11-23', '2028-12-25'],
  2029: ['2029-01-01', '2029-01-15', '2029-02-19', '2029-05-28', '2029-06-19', '2029-07-04', '2029-09-03', '2029-10-08', '2029-11-12', '2029-11-22', '2029-12-25'],
  2030: ['2030-01-01', '2030-01-21', '2030-02-18', '2030-05-27', '2030-06-19', '2030-07-04', '2030-09-02', '2030-10-14', '2030-11-11', '2030-11-28', '2030-12-25'],
};

describe('usFederalHolidays', () => {
  it.each(Object.entries(OBSERVED))('matches the independent table of observed dates for %s', (year, dates) => {
    expect(usFederalHolidays(Number(year)).map((h) => h.observed)).toEqual(dates);
  });

  it('lists a Saturday New Year’s Day under its own year, observed on the Friday before', () => {
    expect(usFederalHolidays(2022)[0]).toEqual({ name: 'New Year’s Day', date: '2022-01-01', observed: '2021-12-31' });
  });

  it('observes a Sunday holiday on the Monday after', () => {
    expect(usFederalHolidays(2023)[0]).toEqual({ name: 'New Year’s Day', date: '2023-01-01', observed: '2023-01-02' });
  });

  it('has Juneteenth from 2021 only, and MLK Day from 1986 only', () => {
    const names = (y: number) => usFederalHolidays(y).map((h) => h.name);
    expect(names(2020)).not.toContain('Juneteenth National Independence Day');
    expect(names(2021)).toContain('Juneteenth National Independence Day');
    expect(names(1985)).not.toContain('Birthday of Martin Luther King, Jr.');
    expect(names(1986)).toContain('Birthday of Martin Luther King, Jr.');
    expect(usFederalHolidays(2020)).toHaveLength(10);
  });

  it('finds the last Monday of May when May has five Mondays', () => {
    expect(usFederalHolidays(2026).find((h) => h.name === 'Memorial Day')?.date).toBe('2026-05-25');
    expect(usFederalHolidays(2020).find((h) => h.name === 'Memorial Day')?.date).toBe('2020-05-25');
  });

  it('names every holiday as 5 U.S.C. 6103 does, in date order', () => {
    expect(usFederalHolidays(2026).map((h) => h.name)).toEqual([
      'New Year’s Day',
      'Birthday of Martin Luther King, Jr.',
      'Washington’s Birthday',
      'Memorial Day',
      'Juneteenth National Independence Day',
      'Independence Day',
      'Labor Day',
      'Columbus Day',
      'Veterans Day',
      'Thanksgiving Day',
      'Christmas Day',
    ]);
  });

  it('accepts the first and last years of its range, 1971 and 9998', () => {
    expect(usFederalHolidays(1971)).toHaveLength(9);
    expect(usFederalHolidays(9998).map((h) => h.date)).toContain('9998-12-25');
  });

  it.each([1970, 9999, 2026.5, Number.NaN])('rejects the year %s', (year) => {
    expect(() => usFederalHolidays(year)).toThrow(RangeError);
  });

  it('says which years it accepts and which year it got', () => {
    expect(() => usFederalHolidays(9999)).toThrow(new RangeError('usFederalHolidays: year must be a whole number from 1971 to 9998, got 9999'));
  });
});

describe('Veterans Day under the Uniform Monday Holiday Act', () => {
  it.each([
    [1971, '1971-10-25'],
    [1975, '1975-10-27'],
    [1977, '1977-10-24'],
    [1978, '1978-11-11'],
    [2026, '2026-11-11'],
  ])('falls in %i on %s (the fourth Monday in October from 1971 to 1977, 11 November since)', (year, date) => {
    expect(usFederalHolidays(year).find((h) => h.name === 'Veterans Day')?.date).toBe(date);
  });

  it('keeps the holidays of 1971 to 1977 in date order', () => {
    for (let year = 1971; year <= 1977; year++) {
      const dates = usFederalHolidays(year).map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});

