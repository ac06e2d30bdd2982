import { describe, expect, it } from 'vitest';
import { apiKeyChecker, bearerToken } from '../../src/server/auth.js';

describe('apiKeyChecker', () => {
  const a = 'key-a-0123456789abcdef';
  const b = 'key-b-ÿ-0123456789abcd';
  const check = apiKeyChecker([a, b]);
  it('accepts each key exactly, and nothing else', () => {
    expect(check(a)).toBe(true);
    expect(check(b)).toBe(true);
    for (const token of [a.slice(0, -1), `${a}x`, a + a, a.toUpperCase(), `${a.slice(0, -1)}g`, b.replace('ÿ', 'y'), '', 'x']) expect(check(token)).toBe(false);
  });
  it('reads the bearer token of an Authorization header', () => {
    expect(bearerToken(`Bearer ${a}`)).toBe(a);
    expect(bearerToken(`bearer \t${a} `)).toBe(a);
    expect(bearerToken(`Basic ${a}`)).toBeUndefined();
    expect(bearerToken(null)).toBeUndefined();
  });
});
