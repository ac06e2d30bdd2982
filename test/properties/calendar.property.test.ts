import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, isBusinessDay, usFederalHolidays } from '../../src/calendar/index.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A naive reference: walk day by day, weekends and observed federal holidays excluded. */
function naiveBetween(from: string, to: string, closures: readonly string[] = []): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const [lo, hi, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  const holidays = new Set<string>(closures);
  // Federal holiday rules are encoded from 1971 on; earlier days count weekends only.
  for (let y = Math.max(1971, new Date(lo).getUTCFullYear()); y <= new Date(hi).getUTCFullYear() + 1; y++) {
    for (const h of usFederalHolidays(y)) holidays.add(h.observed);
  }
  let n = 0;
  for (let t = lo + DAY; t <= hi; t += DAY) {
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6 && !holidays.has(iso(t))) n++;
  }
  return sign * n;
}

const day = fc.integer({ min: Date.UTC(1972, 0, 1), max: Date.UTC(2240, 11, 31) }).map((ms) => iso(Math.floor(ms / DAY) * DAY));
const span = fc.tuple(day, fc.integer({ min: -800, max: 800 })).map(([d, n]) => [d, iso(Date.parse(`${d}T00:00:00Z`) + n * DAY)] as const);

describe('business days agree with a naive day-by-day reference (fast-check)', () => {
  it('businessDaysBetween over random spans, either direction', () => {
    fc.assert(
      fc.property(span, ([from, to]) => {
        expect(businessDaysBetween(from, to)).toBe(naiveBetween(from, to));
      }),
    );
  });

  it('businessDaysBetween with random closures', () => {
    fc.assert(
      fc.property(span, fc.array(day, { maxLength: 5 }), ([from, to], closures) => {
        expect(businessDaysBetween(from, to, { closures })).toBe(naiveBetween(from, to, closures));
      }),
    );
  });

  it('addBusinessDays lands on a business day exactly n business days away', () => {
    const before = (d: string) => iso(Date.parse(`${d}T00:00:00Z`) - DAY);
    fc.assert(
      fc.property(day, fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0), (from, n) => {
        const to = addBusinessDays(from, n);
        expect(isBusinessDay(to)).toBe(true);
        // Forward: n business days in (from, to]. Backward: to is the |n|th business day before
        // from, so |n| business days in [to, from).
        if (n > 0) expect(businessDaysBetween(from, to)).toBe(n);
        else expect(businessDaysBetween(before(to), before(from))).toBe(-n);
      }),
    );
  });

  it('businessDaysBetween is additive: (a, b] + (b, c] = (a, c]', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(businessDaysBetween(a, b) + businessDaysBetween(b, c)).toBe(businessDaysBetween(a, c));
      }),
    );
  });
});
