import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { CalendarDateSchema, FIRST_INSTANT, Instant, instantMs, LAST_INSTANT } from '../../src/_lib/time.js';
import { definePolicy } from '../../src/policy/define.js';
import type { Policy } from '../../src/policy/brand.js';
import { POLICY_BOUNDS, type PolicyBound } from '../../src/policy/schema.js';
import { procedures } from '../../src/procedures.js';
import { ConsentRequiredError, InvalidTransitionError } from '../../src/pv-watts-outage/errors.js';
import { PvWattsStateSchema } from '../../src/pv-watts-outage/schema.js';

const DAY = 86_400_000;
const ZONES = ['America/Los_Angeles', 'UTC', 'Pacific/Apia', 'Pacific/Kiritimati', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Adak'];

/** Runs a decision: the decision, or the documented error; anything else fails the test. */
function decideOrDocumentedError(run: () => unknown, label: string): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof SopInputError) {
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.issues.length).toBeLessThanOrEqual(50);
      return undefined;
    }
    if (error instanceof ConsentRequiredError || error instanceof InvalidTransitionError) return undefined;
    throw new Error(`${label} threw ${(error as Error).name}: ${(error as Error).message}`);
  }
}

/** A value for one bounded policy number: at and just inside its bounds, anywhere between, and now and then outside. */
function boundedValue(b: PolicyBound): fc.Arbitrary<number> {
  const low = b.min ?? (b.above as number) + (b.integer ? 1 : 1e-9);
  const inside = fc.oneof(
    fc.constantFrom(low, b.max, b.integer ? b.max - 1 : b.max - 1e-9, b.integer ? low + 1 : low * 2),
    b.integer ? fc.integer({ min: low, max: b.max }) : fc.double({ min: low, max: b.max, noNaN: true }),
  );
  const outside = fc.constantFrom(b.max + (b.integer ? 1 : 1e-6), b.min === undefined ? (b.above as number) : b.min - 1, 1e9, 1e308, Number.NaN, Infinity);
  return fc.oneof({ arbitrary: inside, weight: 30 }, { arbitrary: outside, weight: 1 });
}

/** A date string of the years 0001 to 9999, mostly near the examples' 2026 and the range's ends. */
const dateString = fc
  .oneof(
    fc.integer({ min: Date.UTC(2025, 0, 1) / DAY, max: Date.UTC(2028, 0, 1) / DAY }),
    fc.integer({ min: FIRST_INSTANT / DAY, max: Math.floor(LAST_INSTANT / DAY) }),
  )
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));

/** Overrides of every bounded number, closures and holidays; some break the bounds (definePolicy refuses those). */
const policyOverrides = fc.record(
  {
    numbers: fc.record(Object.fromEntries(Object.entries(POLICY_BOUNDS).map(([path, b]) => [path, fc.option(boundedValue(b), { nil: undefined })]))),
    closures: fc.option(fc.oneof(fc.array(dateString, { maxLength: 30 }), fc.array(dateString, { minLength: 900, maxLength: 1001 })), { nil: undefined }),
    holidays: fc.option(
      fc.oneof(
        fc.constantFrom('us-federal' as const, 'none' as const, () => true, (d: string) => d.endsWith('5')),
        fc.array(dateString, { maxLength: 1001 }).map((dates) => ({ dates })),
      ),
      { nil: undefined },
    ),
    timeZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  },
  { requiredKeys: ['numbers'] },
);

function policyOf(o: typeof policyOverrides extends fc.Arbitrary<infer T> ? T : never): Policy | undefined {
  const overrides: Record<string, Record<string, unknown>> = { calendar: {} };
  for (const [path, value] of Object.entries(o.numbers)) {
    if (value === undefined) continue;
    const [section, key] = path.split('.') as [string, string];
    (overrides[section] ??= {})[key] = value;
  }
  if (o.closures !== undefined) (overrides['calendar'] as Record<string, unknown>)['closures'] = o.closures;
  if (o.holidays !== undefined) (overrides['calendar'] as Record<string, unknown>)['holidays'] = o.holidays;
  if (o.timeZone !== undefined) (overrides['calendar'] as Record<string, unknown>)['timeZone'] = o.timeZone;
  try {
    return definePolicy({ name: 'edges', version: '1', ...overrides });
  } catch (error) {
    expect(error).toBeInstanceOf(SopInputError);
    return undefined;
  }
}

/** Days to move the examples' dates by: to the very ends of the years 0001 to 9999, or anywhere between. */
const toEdge = Date.UTC(9999, 11, 31) / DAY - Date.UTC(2026, 10, 23) / DAY;
const toStart = Date.UTC(1, 0, 1) / DAY - Date.UTC(2026, 10, 23) / DAY;
const shift = fc.oneof(
  fc.integer({ min: toEdge - 3, max: toEdge + 3 }),
  fc.integer({ min: toStart - 3, max: toStart + 3 }),
  fc.integer({ min: toEdge - 400, max: toEdge + 5 }),
  fc.integer({ min: toStart - 5, max: toStart + 400 }),
  fc.integer({ min: toStart, max: toEdge }),
);

describe('accepted input never crashes a decision (fast-check)', () => {
  it('any accepted policy (numbers at and around their bounds, long closure lists) × every example: a decision or a documented error', () => {
    let accepted = 0;
    fc.assert(
      fc.property(policyOverrides, fc.option(shift, { nil: 0 }), (o, days) => {
        const policy = policyOf(o);
        if (policy === undefined) return;
        accepted++;
        for (const p of procedures) {
          for (const example of p.examples) {
            const facts = shifted(structuredClone(example.facts), days);
            decideOrDocumentedError(() => p.decide(facts, { ...example.options, policy }), `${p.id} ${example.name}`);
          }
        }
      }),
      { numRuns: 60 },
    );
    expect(accepted).toBeGreaterThan(5);
  }, 120_000);
});

/** Every string of a decision's output that looks like a date or instant (a `+` or `-` year included). */
function datesIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    for (const m of value.matchAll(/[+-]?\d{4,6}-\d{2}-\d{2}(?:T[\d:.]+Z)?/g)) out.push(m[0]);
  } else if (Array.isArray(value)) for (const v of value) datesIn(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) datesIn(v, out);
  return out;
}

/** The facts with every date and instant moved by `days` days (instants by the same, in ms). */
function shifted(value: unknown, days: number): unknown {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const ms = Date.parse(`${value}T00:00:00Z`) + days * DAY;
      return ms >= FIRST_INSTANT && ms <= LAST_INSTANT ? new Date(ms).toISOString().slice(0, 10) : value;
    }
    const ms = instantMs(value);
    if (!Number.isNaN(ms)) {
      const t = ms + days * DAY;
      return t >= FIRST_INSTANT && t <= LAST_INSTANT ? new Date(t).toISOString() : value;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => shifted(v, days));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shifted(v, days)]));
  return value;
}

describe('dates at the edge (fast-check)', () => {
  it('every date and instant a decision returns is YYYY-MM-DD or ISO with a four-digit year, and is accepted back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...procedures), fc.nat(), shift, fc.constantFrom(...ZONES), (p, pick, days, timeZone) => {
        const example = p.examples[pick % p.examples.length] as (typeof p.examples)[number];
        const facts = shifted(structuredClone(example.facts), days);
        const result = decideOrDocumentedError(() => p.decide(facts, { timeZone }), p.id);
        if (result === undefined) return;
        for (const text of datesIn(JSON.parse(JSON.stringify(result)))) {
          if (text.includes('T')) {
            expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
            expect(Instant.safeParse(text).success).toBe(true);
          } else {
            expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(CalendarDateSchema.safeParse(text).success, text).toBe(true);
          }
        }
        const state = (result as { state?: unknown }).state;
        if (state !== undefined) expect(PvWattsStateSchema.safeParse(JSON.parse(JSON.stringify(state))).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});

/** The SopInputError `run` throws. */
function inputErrorOf(run: () => unknown): SopInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof SopInputError) return error;
    throw error;
  }
  throw new Error('expected a SopInputError, got a decision');
}

describe('the cases that crashed, each at its exact input', () => {
  const fpt = { m2ApprovedOn: '2026-09-25', installer: 'Top Electric', now: '2026-11-23T17:00:00Z' };
  const allDays: string[] = [];
  for (let d = Date.UTC(2026, 0, 1); d <= Date.UTC(2036, 11, 31); d += DAY) allDays.push(new Date(d).toISOString().slice(0, 10));

  it.each([
    ['gracePeriodDays: 1e9', { ptoDelay: { gracePeriodDays: 1e9 } }, ['ptoDelay', 'gracePeriodDays'], 'must be at most 3650 calendar days: a first payment is due at most ten years after installation'],
    ['omnidianEscalationHours: 1e308', { systemSupport: { omnidianEscalationHours: 1e308 } }, ['systemSupport', 'omnidianEscalationHours'], 'must be at most 8760 hours: an unresponsive Omnidian case is escalated within a year'],
    ['closures on every day of 2026 to 2036', { calendar: { closures: allDays } }, ['calendar', 'closures'], 'must have at most 1000 items'],
  ])('definePolicy refuses %s, naming the bound', (_label, overrides, path, message) => {
    const error = inputErrorOf(() => definePolicy({ name: 'x', version: '1', ...overrides }));
    expect(error.issues).toEqual([expect.objectContaining({ path, message })]);
  });

  it.each([
    ['new Date(-8.64e15)', new Date(-8.64e15), 'is outside the years 0001 to 9999 (UTC), the instants this library reads and writes', 'out_of_range'],
    ['Object.create(Date.prototype)', Object.create(Date.prototype) as Date, 'is an invalid Date', 'custom'],
  ])('a decision refuses now: %s as SopInputError', (_label, now, message, code) => {
    const error = inputErrorOf(() => procedures.find((p) => p.id === 'pto-delay/first-payment-timing')?.decide({ ...fpt, now }));
    expect(error.issues).toEqual([{ path: ['now'], message, code }]);
  });

  it('refuses a first payment that would fall due after 9999-12-31', () => {
    const decide = procedures.find((p) => p.id === 'pto-delay/first-payment-timing')?.decide as (f: unknown) => unknown;
    const error = inputErrorOf(() => decide({ m2ApprovedOn: '9999-12-01', installer: 'Top Electric', now: '9999-12-31T12:00:00Z' }));
    expect(error.issues).toEqual([
      {
        path: ['m2ApprovedOn'],
        code: 'out_of_range',
        message: 'the first payment, due 60 days after it, would fall outside the years 0001 to 9999, the dates this library reads and writes',
      },
    ]);
  });

  it('refuses an instant that is in 9999 only by its offset, and a today that is 10000-01-01 in the zone', () => {
    const decide = procedures.find((p) => p.id === 'pto-delay/first-payment-timing')?.decide as (f: unknown, o?: unknown) => unknown;
    expect(inputErrorOf(() => decide({ ...fpt, now: '9999-12-31T23:30:00-01:00' })).issues[0]?.code).toBe('out_of_range');
    const error = inputErrorOf(() => decide({ ...fpt, now: '9999-12-31T23:30:00Z' }, { timeZone: 'Pacific/Kiritimati' }));
    expect(error.issues).toEqual([
      { path: ['now'], code: 'out_of_range', message: 'today in Pacific/Kiritimati would fall outside the years 0001 to 9999, the dates this library reads and writes' },
    ]);
  });

  it('gives back a PV Watts state that is accepted when passed back, at the last millisecond of 9999', () => {
    const step = procedures.find((p) => p.id === 'pv-watts-outage/step')?.decide as (f: unknown, o?: unknown) => { state: unknown };
    const first = step(
      { org: { name: 'Acme' }, event: { type: 'issue-reported', at: '9999-12-31T23:59:59.999+00:00', pvWattsEnabled: true, channel: 'chat', contactName: 'Sam' } },
      { timeZone: 'UTC' },
    );
    expect(first.state).toMatchObject({ reportedAt: '9999-12-31T23:59:59.999Z' });
    const second = step({ state: JSON.parse(JSON.stringify(first.state)), event: { type: 'consent-declined', at: '9999-12-31T23:59:59.999Z' } }, { timeZone: 'UTC' });
    expect(second.state).toMatchObject({ status: 'impacted-not-switched', declinedAt: '9999-12-31T23:59:59.999Z' });
  });

  it('answers a million invalid follow-ups with one short issue', () => {
    const decide = procedures.find((p) => p.id === 'service-desk/close-eligibility')?.decide as (f: unknown) => unknown;
    const facts = {
      now: '2026-11-23T17:00:00Z', customerConfirmedResolved: false, believedResolved: false, confirmationRequests: [],
      blockedOnCustomerInput: true, followUps: Array.from({ length: 1e6 }, () => 'x'), customerReplies: [], devTickets: [],
    };
    const error = inputErrorOf(() => decide(facts));
    expect(error.issues).toEqual([{ path: ['followUps'], code: 'too_big', message: 'must have at most 1000 items' }]);
    expect(error.message.length).toBeLessThan(200);
  });

  it('answers 1,001 bad follow-ups (under the list limit of 1,000 plus one) with 50 issues and a count of the rest', () => {
    const decide = procedures.find((p) => p.id === 'service-desk/close-eligibility')?.decide as (f: unknown) => unknown;
    const facts = {
      now: '2026-11-23T17:00:00Z', customerConfirmedResolved: false, believedResolved: false, confirmationRequests: [],
      blockedOnCustomerInput: true, followUps: Array.from({ length: 1000 }, () => 'x'), customerReplies: Array.from({ length: 1 }, () => 'y'), devTickets: [],
    };
    const error = inputErrorOf(() => decide(facts));
    expect(error.issues).toHaveLength(50);
    expect(error.omitted).toBe(951);
    expect(error.message).toMatch(/\(1001 problems\)[\s\S]*… and 951 more problems not listed$/);
  });

  it('refuses a 25 MB note of a PTO concern quickly, without quoting it', () => {
    const hc = procedures.find((p) => p.id === 'pto-delay/handle-concern');
    const facts = { ...(structuredClone(hc?.examples[0]?.facts) as object), notes: ['x'.repeat(25_000_000)] };
    const error = inputErrorOf(() => hc?.decide(facts));
    expect(error.issues).toEqual([{ path: ['notes', 0], code: 'too_big', message: 'must have at most 10000 characters' }]);
  });

  it('quotes at most 40 characters of a long bad value in a message', () => {
    const decide = procedures.find((p) => p.id === 'pto-delay/first-payment-timing')?.decide as (f: unknown, o?: unknown) => unknown;
    const error = inputErrorOf(() => decide({ ...fpt, now: 'y'.repeat(100_000), m2ApprovedOn: 'z'.repeat(100_000) }, { timeZone: 'w'.repeat(100_000) }));
    expect(error.message.length).toBeLessThan(600);
  });

  it('refuses a holiday rule that leaves no business day, naming the policy', () => {
    const decide = procedures.find((p) => p.id === 'system-support/reactivation-request')?.decide as (f: unknown, o?: unknown) => unknown;
    const policy = definePolicy({ name: 'x', version: '1', calendar: { holidays: () => true } });
    const error = inputErrorOf(() => decide({ now: '2026-11-23T17:00:00Z', paymentMadeOn: '2026-11-20', channel: 'phone', stillDeactivated: true }, { policy }));
    expect(error.issues).toEqual([expect.objectContaining({ path: ['options', 'policy', 'calendar', 'holidays'], code: 'no_business_days' })]);
  });
});

describe('results after 9999-12-31 or before 0001-01-01 are refused, naming the input they come from', () => {
  const run = (id: string, facts: unknown, options?: unknown) => () => procedures.find((p) => p.id === id)?.decide(facts, options as never);
  const last = '9999-12-31T23:59:00Z';
  const caseFacts = { createdAt: last, hasNewUpdate: false };
  it.each([
    ['the first response due time', run('service-desk/first-response-sla', { createdAt: last, now: last }), ['createdAt']],
    ['the time a first response is at risk', run('service-desk/first-response-sla', { createdAt: '0001-01-01T00:00:00Z', now: '0001-01-01T00:00:00Z' }, {
      policy: definePolicy({ name: 'x', version: '1', serviceDesk: { firstResponseMinutes: 1, atRiskMinutes: 30 } }),
    }), ['createdAt']],
    ['the next queue check', run('service-desk/queue-check', { now: last, lastCheckedAt: last, monitorAssigned: false }), ['lastCheckedAt']],
    ['the end of the wait after a confirmation request', run('service-desk/close-eligibility', {
      now: last, customerConfirmedResolved: false, believedResolved: true, confirmationRequests: [last],
      blockedOnCustomerInput: false, followUps: [], customerReplies: [], devTickets: [],
    }), ['confirmationRequests']],
    ['the end of the wait after the follow-ups', run('service-desk/close-eligibility', {
      now: last, customerConfirmedResolved: false, believedResolved: false, confirmationRequests: [],
      blockedOnCustomerInput: true, followUps: [last, last], customerReplies: [], devTickets: [],
    }), ['followUps']],
    ['the Omnidian escalation', run('system-support/omnidian-follow-up', { now: last, openCase: caseFacts }), ['openCase']],
    ['today, read in a zone ahead of UTC', run('system-support/reactivation-request', {
      now: last, paymentMadeOn: '9999-12-30', channel: 'phone', stillDeactivated: true,
    }, { timeZone: 'Asia/Tokyo' }), ['now']],
    ['the end of the reactivation window', run('system-support/reactivation-request', {
      now: last, paymentMadeOn: '9999-12-30', channel: 'phone', stillDeactivated: true,
    }, { timeZone: 'UTC' }), ['paymentMadeOn']],
    ['the date of a PV Watts event in the zone', run('pv-watts-outage/step', {
      org: { name: 'Acme' }, event: { type: 'issue-reported', at: '0001-01-01T01:00:00Z', pvWattsEnabled: false, channel: 'chat', contactName: 'Sam' },
    }, { timeZone: 'America/Los_Angeles' }), ['event', 'at']],
  ])('%s', (_label, decide, path) => {
    const error = inputErrorOf(decide);
    expect(error.issues).toEqual([expect.objectContaining({ path, code: 'out_of_range' })]);
    expect(error.issues[0]?.message).toMatch(/would fall outside the years 0001 to 9999, the dates this library reads and writes$/);
  });

  it('rethrows what a host holiday function throws: a defect of the host, not bad input', () => {
    const policy = definePolicy({ name: 'x', version: '1', calendar: { holidays: (d) => { if (d > '2026-11-23') throw new TypeError('host bug'); return false; } } });
    expect(run('system-support/reactivation-request', { now: '2026-11-23T17:00:00Z', paymentMadeOn: '2026-11-20', channel: 'phone', stillDeactivated: true }, { policy })).toThrow(TypeError);
  });
});
