import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingMs, compileWorkingCalendar, isOpen, workingMsBetween } from '../../src/calendar/business-hours.js';
import { WEEKDAYS, type BusinessHours } from '../../src/calendar/business-hours-schema.js';
import { usFederalHolidays } from '../../src/calendar/index.js';

const MINUTE = 60_000;
const ZONES = ['America/Denver', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Apia', 'UTC'] as const;
const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Up to three ordered intervals of a day, on quarter hours so some fall in the changed hours. */
const dayIntervals = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .map((qs) => {
    const sorted = [...qs].sort((a, b) => a - b);
    const out: [string, string][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) out.push([hhmm((sorted[i] as number) * 15), hhmm((sorted[i + 1] as number) * 15)]);
    return out;
  });
const weekly = fc
  .tuple(...WEEKDAYS.map(() => dayIntervals))
  .map((days) => Object.fromEntries(WEEKDAYS.map((name, i) => [name, days[i]])) as BusinessHours['weekly'])
  // At least 5 working hours a week, so the reference walks a few weeks at most.
  .filter((w) => Object.values(w).reduce((sum, d) => sum + (d ?? []).reduce((s, [a, b]) => s + toMinutes(b) - toMinutes(a), 0), 0) >= 300);

/** Starts near the clock changes of 2027 (March, April, September to November) and elsewhere. */
const startMs = fc.oneof(
  fc.integer({ min: Date.UTC(2027, 2, 1), max: Date.UTC(2027, 3, 15) }),
  fc.integer({ min: Date.UTC(2027, 8, 20), max: Date.UTC(2027, 10, 15) }),
  fc.integer({ min: Date.UTC(2026, 10, 15), max: Date.UTC(2027, 0, 10) }),
).map((ms) => Math.floor(ms / MINUTE) * MINUTE);

interface Ref {
  readonly zone: string;
  readonly intervals: (readonly [number, number])[][];
  readonly closed: Set<string>;
}

function reference(hours: BusinessHours, closures: string[]): Ref {
  const closed = new Set(closures);
  for (const y of [2026, 2027, 2028]) for (const h of usFederalHolidays(y)) closed.add(h.observed);
  return {
    zone: hours.timeZone,
    intervals: WEEKDAYS.map((d) => (hours.weekly[d] ?? []).map(([a, b]) => [Number(a.slice(0, 2)) * 60 + Number(a.slice(3)), Number(b.slice(0, 2)) * 60 + Number(b.slice(3))] as const)),
    closed,
  };
}

/**
 * A minute-stepping reference, walked day by day: at each minute, the local date, weekday and the
 * latest wall-clock minute shown so far that day (the clock shows each interval's opening and
 * closing "from the first moment it reads that time or later").
 */
function openMinutes(ref: Ref, from: number, count: number, stop: (t: number, open: boolean, n: number) => boolean): number {
  let day = '';
  let shown = -1;
  let n = 0;
  for (let t = from, i = 0; i < count; t += MINUTE, i++) {
    const d = new TZDate(t, ref.zone);
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const m = d.getHours() * 60 + d.getMinutes();
    if (date !== day) {
      day = date;
      shown = m;
      // The clock may open a day later than midnight (a change at 00:00): the times before count as shown.
    }
    shown = Math.max(shown, m);
    const open = !ref.closed.has(date) && (ref.intervals[d.getDay()] as (readonly [number, number])[]).some(([a, b]) => a <= shown && shown < b);
    if (stop(t, open, n)) return t;
    if (open) n++;
  }
  return n;
}

/** The first minute t >= from at which `minutes` open minutes have passed since from (and, for 0, the desk is open). */
function refAdd(ref: Ref, from: number, minutes: number): number {
  return openMinutes(ref, from, 60 * 24 * 60, (_t, open, n) => (minutes === 0 ? open : n === minutes));
}

const closureList = (base: number) =>
  fc.uniqueArray(fc.integer({ min: -3, max: 20 }), { maxLength: 4 }).map((ds) => ds.map((d) => new Date(base + d * 86_400_000).toISOString().slice(0, 10)));

describe('business hours agree with a minute-stepping reference (fast-check)', () => {
  const cases = fc.record({ zone: fc.constantFrom(...ZONES), weekly, start: startMs, minutes: fc.integer({ min: 0, max: 300 }) }).chain((c) =>
    closureList(c.start).map((closures) => ({ ...c, closures })),
  );

  it('addWorkingMs, workingMsBetween and isOpen', () => {
    fc.assert(
      fc.property(cases, ({ zone, weekly, start, minutes, closures }) => {
        const hours = { timeZone: zone, weekly } as BusinessHours;
        const c = compileWorkingCalendar(hours, 'us-federal', closures);
        const ref = reference(hours, closures);
        const due = addWorkingMs(c, start, minutes * MINUTE);
        expect(due).toBe(refAdd(ref, start, minutes));
        expect(workingMsBetween(c, start, due)).toBe(minutes * MINUTE);
        const span = Math.floor((due - start) / MINUTE) + 90;
        expect(workingMsBetween(c, start, start + span * MINUTE)).toBe(openMinutes(ref, start, span, () => false) * MINUTE);
        expect(isOpen(c, start)).toBe(openMinutes(ref, start, 1, () => false) === 1);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
