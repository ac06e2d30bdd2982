import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/_lib/suggest.js';

const ids = ['pto-delay/first-payment-timing', 'pto-delay/partner-ticket', 'service-desk/close-eligibility', 'service-desk/queue-check'];

describe('nearest (did you mean)', () => {
  it('finds an id given without its module, ignoring case', () => {
    expect(nearest('Close-Eligibility', ids)).toBe('service-desk/close-eligibility');
  });

  it('finds a misspelt id or field name', () => {
    expect(nearest('service-desk/close-eligibilty', ids)).toBe('service-desk/close-eligibility');
    expect(nearest('pto-delay/first-payment', ids)).toBe('pto-delay/first-payment-timing');
    expect(nearest('m2ApprovedOnn', ['m2ApprovedOn', 'installer', 'now'])).toBe('m2ApprovedOn');
    expect(nearest('NOW', ['m2ApprovedOn', 'installer', 'now'])).toBe('now');
  });

  it('counts a swap of neighbours as one edit', () => {
    // Two swaps are 2 edits, within the limit of 3 for 9 letters; as substitutions they would be 4.
    expect(nearest('isntlaler', ['installer', 'now'])).toBe('installer');
    expect(nearest('nwo', ['now'])).toBe('now');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(nearest('billing', ids)).toBeUndefined();
    expect(nearest('xyz', ['now'])).toBeUndefined();
    expect(nearest('anything', [])).toBeUndefined();
  });

  it('allows a third of the word’s length in edits (at least 2), and prefers the earlier candidate on a tie', () => {
    expect(nearest('abcdef', ['abcxyz'])).toBeUndefined(); // 3 edits > 2
    expect(nearest('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz'); // 3 edits = 9 / 3
    expect(nearest('abcdefghi', ['abcdwxyzi'])).toBeUndefined(); // 4 edits
    expect(nearest('ab', ['xy', 'ax'])).toBe('ax');
    expect(nearest('cat', ['bat', 'cab'])).toBe('bat');
  });
});
