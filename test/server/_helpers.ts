import { createHmac } from 'node:crypto';
import { expect } from 'vitest';
import closeEligibilityExamples from '../../src/service-desk/examples/close-eligibility.json' with { type: 'json' };

export const KEY = 'test-key-0123456789abcdef';
export const OTHER_KEY = 'rotated-key-0123456789abcdef';
export const SECRET = 'hmac-secret-0123456789';
export const CLOSE = 'service-desk/close-eligibility';
export const FIXED_NOW = '2026-11-24T10:00:00.000Z';

/** Facts of the first close-eligibility example (eligible: the customer confirmed), with `now`. */
export function closeFacts(): Record<string, unknown> {
  return structuredClone(closeEligibilityExamples.examples[0]!.facts) as Record<string, unknown>;
}

/** The same facts without `now`, so the server's clock fills it in. */
export function closeFactsWithoutNow(): Record<string, unknown> {
  const { now: _now, ...rest } = closeFacts();
  return rest;
}

/** `sha256=<hex>` of the body, computed with node:crypto (independent of the Web Crypto code under test). */
export function sign(body: string | Uint8Array, secret = SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Splits an NDJSON response into its records. */
export function records(text: string): Record<string, unknown>[] {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
