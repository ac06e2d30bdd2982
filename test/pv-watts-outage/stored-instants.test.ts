import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InstantMs, isoInstant } from '../../src/_lib/time.js';
import { PvWattsConsent } from '../../src/pv-watts-outage/schema.js';

/** The reference: a stored instant read by a nested InstantMs parse, as before the direct reading. */
function reference(value: string): { ok: true; at: string } | { ok: false; messages: string[] } {
  const parsed = InstantMs.safeParse(value);
  return parsed.success ? { ok: true, at: isoInstant(parsed.data) } : { ok: false, messages: parsed.error.issues.map((i) => i.message) };
}

/** Instants of every year around 0001 to 9999, written with an offset, in either case, with or without seconds. */
const written = fc
  .tuple(
    fc.date({ min: new Date(Date.UTC(-5, 0, 1)), max: new Date(Date.UTC(10_005, 0, 1)), noInvalidDate: true }),
    fc.constantFrom('Z', 'z', '+05:30', '-07:00', '+24:00', ''),
    fc.constantFrom('full', 'minutes', 'lower'),
  )
  .map(([date, offset, form]) => {
    const iso = date.toISOString();
    const body = form === 'minutes' ? iso.slice(0, -8) : iso.slice(0, -1);
    return (form === 'lower' ? body.toLowerCase() : body) + offset;
  });

describe('stored instants (states keep instants as UTC ISO strings)', () => {
  it('read and refuse exactly as a nested InstantMs parse did (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(written, fc.string(), fc.constantFrom('2026-02-30T00:00:00Z', '2026-11-23', '2026-11-23T09:30')), (value) => {
        const got = PvWattsConsent.safeParse({ at: value, channel: 'chat', givenBy: 'Dana Reyes' });
        const want = reference(value);
        if (want.ok) {
          expect(got.success).toBe(true);
          expect(got.data?.at).toBe(want.at);
        } else {
          expect(got.error?.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }))).toEqual(
            want.messages.map((message) => ({ code: 'custom', path: ['at'], message })),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});
