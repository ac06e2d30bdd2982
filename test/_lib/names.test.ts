import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOrganization, normalizeName, sameOrganization } from '../../src/_lib/names.js';

describe('installer name matching (SOPS.md item 7)', () => {
  it.each([
    ['Top Electric', 'top electric'],
    ['  TOP   electric, LLC. ', 'top electric'],
    ['Top-Electric Inc', 'top electric'],
    ['Blue Hammer Co.', 'blue hammer'],
    ['Stronger Corp Ltd', 'stronger'],
    ['Shield Energy Company', 'shield energy'],
    ['L.A. Solar', 'la solar'],
    ['O’Brien’s Solar', 'obriens solar'],
    ['Top.Electric', 'topelectric'],
    ['Énergie Solaire', 'energie solaire'],
    ['Sun & Co', 'sun and'],
    ['Inc', 'inc'],
  ])('normalizes %j to %j', (raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });

  it('matches case, punctuation, spacing and suffixes, but not look-alikes', () => {
    expect(sameOrganization('top electric llc', 'Top Electric')).toBe(true);
    expect(sameOrganization('Top Electrical', 'Top Electric')).toBe(false);
    expect(sameOrganization('Stronger Solar Inc.', 'Stronger')).toBe(false);
    expect(sameOrganization('', 'Stronger')).toBe(false);
    expect(sameOrganization('...', '...')).toBe(false);
  });

  it('matches aliases from the policy, keyed by the canonical name in any spelling', () => {
    const aliases = { 'STRONGER, Inc.': ['Stronger Solar'], Other: ['Top Electrical'] };
    expect(sameOrganization('Stronger Solar Inc.', 'Stronger', aliases)).toBe(true);
    expect(sameOrganization('Top Electrical', 'Top Electric', aliases)).toBe(false);
    expect(sameOrganization('Blue Hammer', 'Stronger', aliases)).toBe(false);
    expect(findOrganization('stronger solar', ['Blue Hammer', 'Stronger'], aliases)).toBe('Stronger');
    expect(findOrganization('Acme', ['Blue Hammer', 'Stronger'])).toBeUndefined();
  });
});

/** The definition of SOPS.md item 7 written plainly with regular expressions, as a reference. */
function reference(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  while (words.length > 1 && ['llc', 'inc', 'co', 'corp', 'ltd', 'company'].includes(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

describe('normalizeName agrees with the plain regular-expression definition (fast-check)', () => {
  it('on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (name) => {
        expect(normalizeName(name)).toBe(reference(name));
      }),
    );
  });

  it('on names built from installer-like parts', () => {
    const part = fc.constantFrom('Top', 'Electric', 'L.A.', 'Solar', 'LLC', 'Inc.', 'Co', '&', ',', '-', '  ', 'Énergie', 'O’Brien', '𝐀𝐁', '日本');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }).map((p) => p.join(' ')), (name) => {
        expect(normalizeName(name)).toBe(reference(name));
      }),
    );
  });
});
