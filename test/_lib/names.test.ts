import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNameIndex, findIn, findOrganization, nameCandidate, namesIn, normalizedIn, normalizeName, sameOrganization } from '../../src/_lib/names.js';

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

describe('the policy name index (names normalized once per policy)', () => {
  it('keeps each list it was given normalized as a whole, by the list itself', () => {
    const list = ['Top Electric, LLC', 'L.A. Solar'];
    const index = buildNameIndex([], {}, [list]);
    expect(index.lists.get(list)).toEqual(['top electric', 'la solar']);
    expect(index.normalized.get('L.A. Solar')).toBe('la solar');
    expect(index.lists.get([...list])).toBeUndefined();
    expect(findIn(index, nameCandidate('la solar'), list)).toBe('L.A. Solar');
    expect(findIn(index, nameCandidate('la solar'), ['Blue Hammer', 'LA Solar'])).toBe('LA Solar');
  });

  it('keeps the normalized form of every name it was given, and normalizes any other on the fly', () => {
    const index = buildNameIndex(['Top Electric, LLC', 'L.A. Solar'], {});
    expect(index.normalized.get('Top Electric, LLC')).toBe('top electric');
    expect(normalizedIn(index, 'L.A. Solar')).toBe('la solar');
    expect(normalizedIn(index, 'Blue Hammer Inc.')).toBe('blue hammer');
  });

  it('records each alias once per canonical name, however the canonical name is spelled', () => {
    const index = buildNameIndex([], { Stronger: ['Stronger Solar', 'Stronger Solar Inc'], 'STRONGER, Inc.': ['stronger solar'], Other: ['Stronger Solar'] });
    expect(index.aliasOf.get('stronger solar')).toEqual(['stronger', 'other']);
    expect(namesIn(index, nameCandidate('stronger solar'), 'Stronger')).toBe(true);
    expect(namesIn(index, nameCandidate('stronger solar'), 'Blue Hammer')).toBe(false);
    expect(namesIn(index, nameCandidate(''), 'Stronger')).toBe(false);
    // An empty name names nothing, not even a canonical name that normalizes to nothing.
    expect(namesIn(index, nameCandidate(''), '...')).toBe(false);
    expect(findIn(index, nameCandidate(''), ['...'])).toBeUndefined();
    expect(findIn(index, nameCandidate('stronger solar'), ['Blue Hammer', 'Other', 'Stronger'])).toBe('Other');
    expect(findIn(index, nameCandidate('acme'), ['Blue Hammer', 'Stronger'])).toBeUndefined();
  });

  /** SOPS.md item 7 with aliases, written plainly: every name normalized at each comparison. */
  const referenceFind = (candidate: string, names: readonly string[], aliases: Readonly<Record<string, readonly string[]>>) => {
    const c = normalizeName(candidate);
    return names.find((canonical) => {
      if (c === '') return false;
      const target = normalizeName(canonical);
      if (c === target) return true;
      return Object.entries(aliases).some(([key, others]) => normalizeName(key) === target && others.some((o) => normalizeName(o) === c));
    });
  };

  it('answers as the plain definition does, for any candidate, names and aliases (fast-check)', () => {
    const name = fc.constantFrom('Top Electric', 'TOP ELECTRIC, LLC', 'Top Electrical', 'Stronger', 'Stronger Solar', 'stronger solar inc', 'Blue Hammer', 'L.A. Solar', 'LA Solar', '...', '', 'Énergie');
    fc.assert(
      fc.property(fc.array(name, { maxLength: 4 }), fc.dictionary(name, fc.array(name, { maxLength: 3 }), { maxKeys: 3 }), name, (names, aliases, candidate) => {
        const expected = referenceFind(candidate, names, aliases);
        expect(findOrganization(candidate, names, aliases)).toBe(expected);
        expect(sameOrganization(candidate, names[0] ?? 'Top Electric', aliases)).toBe(referenceFind(candidate, [names[0] ?? 'Top Electric'], aliases) !== undefined);
        // The names given one by one, and given as a list the index keeps normalized as a whole.
        expect(findIn(buildNameIndex(names, aliases), nameCandidate(candidate), names)).toBe(expected);
        expect(findIn(buildNameIndex([], aliases, [names]), nameCandidate(candidate), names)).toBe(expected);
      }),
    );
  });
});

describe('normalizeName on plain names', () => {
  it.each([
    ['already normalized', 'top electric', 'top electric'],
    ['upper case only', 'TOP ELECTRIC', 'top electric'],
    ['a leading space', ' top electric', 'top electric'],
    ['a trailing space', 'top electric ', 'top electric'],
    ['two spaces', 'top  electric', 'top electric'],
    ['a suffix of eight letters is not a suffix', 'acme companys', 'acme companys'],
    ['two suffixes', 'Stronger Corp Ltd', 'stronger'],
    ['only a suffix', 'LLC', 'llc'],
    ['nothing', '', ''],
  ])('normalizes a name with %s', (_label, raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });
});

describe('which characters normalizeName reads as letters, digits and separators', () => {
  it.each([
    ['a capital A as the only capital', 'Acme', 'acme'],
    ['capitals A and Z', 'AZ Solar', 'az solar'],
    ['the digits 0 and 9', 'a0 9b', 'a0 9b'],
    ['a slash (just before 0)', 'a/b', 'a b'],
    ['a colon (just after 9)', 'a:b', 'a b'],
    ['an at sign (just before A)', 'a@b', 'a b'],
    ['an at sign between capitals', 'A@B', 'a b'],
    ['an opening bracket (just after Z)', 'a[b', 'a b'],
    ['a backquote (just before a)', 'a`b', 'a b'],
    ['an opening brace (just after z)', 'a{b', 'a b'],
    ['an opening brace between capitals', 'A{B', 'a b'],
    ['an opening brace between digits', '9{0', '9 0'],
    ['a DEL character (code 127)', 'a\u007fb', 'a b'],
  ])('reads %s', (_label, raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });

  it.each([
    ['only letters beyond ASCII', '日本太陽', '日本太陽'],
    ['a z', 'Zürich Solar', 'zurich solar'],
    ['an a', 'Ängel Solar', 'angel solar'],
    ['the digits 0 and 9', 'Café 10 90', 'cafe 10 90'],
    ['an ASCII apostrophe, which is dropped', "O'Brien Énergie", 'obrien energie'],
    ['a period, which is dropped', 'L.A. Énergie', 'la energie'],
    ['a colon and a brace, which separate words', 'Énergie:Solaire{Co', 'energie solaire'],
    ['a DEL character, which separates words', 'Énergie\u007fSolaire', 'energie solaire'],
    ['ÿ, a letter just below 256', 'ÿ Solar', 'y solar'],
    ['a non-breaking space (code 160), which separates words', 'Top\u00a0Électric', 'top electric'],
  ])('reads %s in a name with characters beyond ASCII', (_label, raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });
});

describe('names against tricks (SOPS.md item 16)', () => {
  it.each([
    ['a zero-width joiner', 'Stro\u200Dnger', 'Stronger'],
    ['a zero-width space', 'Stro\u200Bnger', 'Stronger'],
    ['a zero-width non-joiner', 'Blue Ham\u200Cmer', 'Blue Hammer'],
    ['a word joiner', 'Blue\u2060 Hammer', 'Blue Hammer'],
    ['a soft hyphen', 'Stron\u00ADger', 'Stronger'],
    ['a variation selector', 'Stronger\uFE0F', 'Stronger'],
    ['a byte-order mark', '\uFEFFBlue Hammer', 'Blue Hammer'],
    ['a tag character', 'Stron\u{E0041}ger', 'Stronger'],
    ['a combining mark of the extended block (U+1AB0)', 'Stro\u1AB0nger', 'Stronger'],
    ['a combining overlay (U+0338)', 'Blue\u0338 Hammer', 'Blue Hammer'],
    ['a Cyrillic о', 'Str\u043Enger', 'Stronger'],
    ['a Cyrillic В', '\u0412lue Hammer', 'Blue Hammer'],
    ['Cyrillic е, о and а', 'Bluе Hаmmеr', 'Blue Hammer'],
    ['a Greek Ο and ο', 'T\u03BFp Electric', 'Top Electric'],
    ['Greek capitals Τ, Ο, Ρ, Ε', '\u03A4\u039F\u03A1 \u0395LECTRIC', 'Top Electric'],
    ['an Armenian օ', 'Str\u0585nger', 'Stronger'],
    ['a Cherokee Ꮪ and Ꭲ', '\u13DA\u13A2RONGER', 'Stronger'],
    ['full-width letters', 'Ｓｔｒｏｎｇｅｒ', 'Stronger'],
    ['mathematical bold letters', '𝐁𝐥𝐮𝐞 𝐇𝐚𝐦𝐦𝐞𝐫', 'Blue Hammer'],
    ['a dotless ı', 'Top Electrıc', 'Top Electric'],
    ['small capitals', 'ʙʟᴜᴇ ʜᴀᴍᴍᴇʀ', 'Blue Hammer'],
    ['a zero for an o', 'Str0nger', 'Stronger'],
    ['a one for an l', 'B1ue Hammer', 'Blue Hammer'],
    ['a one for an i', 'Top Electr1c', 'Top Electric'],
    ['an ø for an o', 'Strønger', 'Stronger'],
    ['a non-breaking space', 'Blue\u00A0Hammer', 'Blue Hammer'],
    ['an ideographic space', 'Blue\u3000Hammer', 'Blue Hammer'],
  ])('reads a name with %s as that name', (_label, spelled, name) => {
    expect(sameOrganization(spelled, name)).toBe(true);
    expect(findOrganization(spelled, ['Acme Solar', 'Top Electric', 'Blue Hammer', 'Stronger'])).toBe(name);
  });

  it.each([
    ['Énergie Solaire', 'energie solaire'],
    ['Sølv Energi', 'solv energi'],
    ['Ørsted', 'orsted'],
    ['Łódź Solar', 'lodz solar'],
    ['Straße Solar', 'strasse solar'],
    ['Ærø Sol', 'aero sol'],
    ['İstanbul Güneş', 'istanbul gunes'],
    ['日本太陽', '日本太陽'],
    ['Солнце', 'coлhцe'],
    ['Str\u043Enger', 'stronger'],
    ['A1 Solar', 'a1 solar'],
    ['3M Solar 360', '3m solar 360'],
  ])('normalizes %j to %j', (raw, normalized) => {
    expect(normalizeName(raw)).toBe(normalized);
  });

  it('reads each 0 as o and each 1 as l or i when matching, while the normalized name keeps its digits', () => {
    expect(normalizeName('Sh1e1d Energy')).toBe('sh1e1d energy');
    expect(sameOrganization('Sh1e1d Energy', 'Shield Energy')).toBe(true);
    expect(sameOrganization('S01ar', 'Solar')).toBe(true);
    expect(sameOrganization('A1 Solar', 'A1 Solar')).toBe(true);
    expect(sameOrganization('Solar', 'S0lar')).toBe(false);
    expect(nameCandidate('Blue Hammer')).toEqual({ key: 'blue hammer', digitsAsLetters: undefined });
    expect(findOrganization('Str0nger Solar', ['Blue Hammer', 'Stronger'], { Stronger: ['Stronger Solar'] })).toBe('Stronger');
    expect(findOrganization('Str0nger Solar', ['Blue Hammer'], { Stronger: ['Stronger Solar'] })).toBeUndefined();
  });

  it('drops a legal suffix written with digits, as it drops the suffix itself: Stronger C0rp is Stronger', () => {
    expect(sameOrganization('Stronger C0rp', 'Stronger')).toBe(true);
    expect(sameOrganization('Blue Hammer, 11C', 'Blue Hammer')).toBe(true);
    expect(sameOrganization('Str0nger C0 1td', 'Stronger')).toBe(true);
    expect(sameOrganization('Str0nger Itd', 'Stronger')).toBe(false);
    expect(sameOrganization('Str0nger 1 C0', 'Stronger')).toBe(false);
    expect(sameOrganization('C0', 'Co')).toBe(true);
    expect(sameOrganization('Acme C0', 'Acme C0')).toBe(true);
  });

  it('reads digits as a name reads with each reading normalized (fast-check against every reading)', () => {
    // The plain definition: every way of reading each 0 as 0 or o and each 1 as 1, i or l, each
    // reading normalized (so a suffix it spells is dropped).
    const readings = (name: string): Set<string> => {
      let out = [normalizeName(name)];
      for (let i = 0; i < (out[0] as string).length; i++) {
        const c = (out[0] as string)[i];
        const letters = c === '0' ? ['0', 'o'] : c === '1' ? ['1', 'i', 'l'] : undefined;
        if (letters) out = out.flatMap((r) => letters.map((l) => r.slice(0, i) + l + r.slice(i + 1)));
      }
      return new Set(out.map(normalizeName));
    };
    const word = fc.constantFrom('str0nger', 'stronger', 'blue', 'hammer', 'c0', 'co', 'c0rp', '11c', 'llc', '1nc', '1td', 'itd', 'c0mpany', 'so1ar', '1', '0', 'x');
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(name, name, (candidate, other) => {
        const all = readings(candidate);
        const target = normalizeName(other);
        const c = nameCandidate(candidate);
        expect(c.key === target || c.digitsAsLetters?.test(target) === true, `${candidate} / ${other}`).toBe(all.has(target));
        for (const reading of all) expect(c.key === reading || c.digitsAsLetters?.test(reading) === true, `${candidate} / ${reading}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps distinct ordinary names apart: each matches only itself', () => {
    const names = ['Acme Solar', 'Énergie Solaire', 'Sølv Energi', 'Salv Energi', 'Top Electric', 'Blue Hammer', 'Stronger', 'Strong', 'Stronger Solar', 'Sun & Co', 'Sunco', 'Ali Solar', 'All Solar', 'Bill Electric', 'Blue Hammers'];
    for (const name of names) {
      expect(names.filter((other) => sameOrganization(other, name)), name).toEqual([name]);
    }
  });

  it('decides for ø as for ö: the letter without its stroke, so Sølv Energi is also Solv Energi (and not Salv)', () => {
    expect(sameOrganization('Solv Energi', 'Sølv Energi')).toBe(true);
    expect(sameOrganization('Sölv Energi', 'Sølv Energi')).toBe(true);
    expect(sameOrganization('Salv Energi', 'Sølv Energi')).toBe(false);
  });

  it('does not let an invisible character or mark make a name of nothing', () => {
    expect(normalizeName('\u200B\u00AD\uFE0F\u0301')).toBe('');
    expect(sameOrganization('\u200B', '\u00AD')).toBe(false);
  });
});

describe('names in scripts without Latin look-alikes', () => {
  it('splits words on anything but a letter or digit, and keeps digits inside a word', () => {
    expect(normalizeName('太阳-能源')).toBe('太阳 能源');
    expect(normalizeName('太阳  能源')).toBe('太阳 能源');
    expect(normalizeName('太阳2能源')).toBe('太阳2能源');
  });
});
