import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENDERED, GENDERED_WORDS, MONEY_TALK, MONEY_WORDS, STAND_INS, prohibitedWord, INSTALLER_MUST_NOT_SAY } from '../../src/_lib/wording.js';

/** The same words as a flat list, each letter with its stand-ins: the plain definition. */
const flat = (list: readonly string[]) => new RegExp(`\\b(?:${list.map((w) => w.replace(/[aeilos]/g, (l) => STAND_INS[l] as string)).join('|')})\\b`, 'u');
const FLAT_MONEY = flat(MONEY_WORDS);
const FLAT_GENDERED = flat(GENDERED_WORDS);
/** The word part of the factored patterns (amounts, currency symbols and "past due" aside). */
const wordsOf = (pattern: RegExp) => new RegExp(pattern.source.split('|\\b')[0] as string, 'u');

describe('the forbidden words of installer messages', () => {
  it('finds each word, and each word written with stand-ins, and nothing inside other words', () => {
    for (const word of [...MONEY_WORDS, ...GENDERED_WORDS]) {
      expect(prohibitedWord(INSTALLER_MUST_NOT_SAY, `x ${word} y`), word).toBe(word);
      expect(prohibitedWord(INSTALLER_MUST_NOT_SAY, `x ${word.toUpperCase()}.`), word).toBe(word);
      expect(prohibitedWord(INSTALLER_MUST_NOT_SAY, `x${word}x`), word).toBeUndefined();
    }
    expect(prohibitedWord(INSTALLER_MUST_NOT_SAY, 'p4ym3nt')).toBe('p4ym3nt');
    expect(prohibitedWord(INSTALLER_MUST_NOT_SAY, 'M0N3Y')).toBe('m0n3y');
    expect(prohibitedWord(INSTALLER_MUST_NOT_SAY, 'Sam Payne, Ana Shelby, the theme, a hero')).toBeUndefined();
  });

  it('factors the word lists without changing what they find (fast-check against the flat lists)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...MONEY_WORDS, ...GENDERED_WORDS),
      fc.constantFrom(' ', '.', '1', '0', '3', '4', '5', '@', '|', '!', 's', 'ed', 'ing', 'x', 're', 'un'),
    );
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    const money = wordsOf(MONEY_TALK);
    const gendered = wordsOf(GENDERED);
    expect(money.source.length).toBeLessThan(FLAT_MONEY.source.length);
    fc.assert(
      fc.property(text, (t) => {
        expect(money.exec(t)?.[0]).toBe(FLAT_MONEY.exec(t)?.[0]);
        expect(gendered.exec(t)?.[0]).toBe(FLAT_GENDERED.exec(t)?.[0]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the installer message check', () => {
  it('finds what money talk or gendered wording finds, at the same place (fast-check against the two patterns joined)', () => {
    const plain = new RegExp(`${MONEY_TALK.source}|${GENDERED.source}`, 'u');
    const piece = fc.oneof(
      fc.constantFrom(...MONEY_WORDS, ...GENDERED_WORDS, 'past', 'due', 'usd', 'eur', 'cad', 'bucks', 'dollar', 'cents'),
      fc.constantFrom(' ', '  ', '.', ',', '1', '0', '3', '4', '5', '300', '@', '|', '!', '$', '€', '£', 's', 'ed', 'ing', 'x', 'h', 'st'),
    );
    const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const fast = INSTALLER_MUST_NOT_SAY.exec(t);
        const reference = plain.exec(t);
        expect(fast?.index).toBe(reference?.index);
        expect(fast?.[0]).toBe(reference?.[0]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('names read as names in a filled message', () => {
  it('reads Bill as a name that keeps its neighbours apart: "past Bill due" is not "past due"', () => {
    expect(prohibitedWord(MONEY_TALK, 'Thanks, past Bill due to the weather', true)).toBeUndefined();
    expect(prohibitedWord(MONEY_TALK, 'Thanks, past Bill due to the weather')).toBe('bill');
  });
});
