/**
 * How solar-sop reads text that may hide a word (SOPS.md item 16): the same reading for
 * organization names and for the prohibited words of installer messages. @internal
 */

/**
 * Letters of other scripts (and Latin letters outside a-z) that look like a Latin letter or digit,
 * by the letter they imitate. A restriction of Unicode's confusables data (UTS #39,
 * `confusables.txt`) to what names and short messages need; where UTS #39 maps a letter to a
 * Latin look-alike outside a-z (Cyrillic `в` → `ʙ`), it is read as the nearest letter a-z, so the
 * reading fails closed. Lower-case forms of the capitals are added below.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  А: 'A', В: 'B', Е: 'E', З: '3', І: 'I', Ј: 'J', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Ѕ: 'S',
  Т: 'T', У: 'Y', Х: 'X', Ү: 'Y', Һ: 'H', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'l', Ь: 'b', Ѵ: 'V', Ғ: 'F',
  а: 'a', в: 'b', е: 'e', і: 'i', ј: 'j', о: 'o', р: 'p', с: 'c', ѕ: 's', у: 'y', х: 'x', ү: 'y',
  һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ѡ: 'w', ѵ: 'v', г: 'r', п: 'n', ь: 'b', ɡ: 'g',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', Ϲ: 'C', Ϳ: 'J', Ϝ: 'F',
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', ω: 'w', ϲ: 'c', ϳ: 'j', ϱ: 'p',
  // Armenian
  Լ: 'L', Ս: 'U', Տ: 'S', Օ: 'O', Ք: 'P', Զ: 'Z',
  ա: 'w', գ: 'q', զ: 'q', հ: 'h', ո: 'n', ս: 'u', ց: 'g', օ: 'o', ռ: 'n', ք: 'p',
  // Cherokee (capitals; their small letters are added below)
  Ꭰ: 'D', Ꭱ: 'R', Ꭲ: 'T', Ꭵ: 'i', Ꭹ: 'Y', Ꭺ: 'A', Ꭻ: 'J', Ꭼ: 'E', Ꮃ: 'W', Ꮇ: 'M', Ꮋ: 'H', Ꮍ: 'Y',
  Ꮐ: 'G', Ꮒ: 'h', Ꮓ: 'Z', Ꮞ: '4', Ꮟ: 'b', Ꮢ: 'R', Ꮤ: 'W', Ꮥ: 'S', Ꮪ: 'S', Ꮮ: 'L', Ꮯ: 'C', Ꮲ: 'P',
  Ꮶ: 'K', Ꮷ: 'd', Ᏼ: 'B', Ꮾ: '6',
  // Latin letters outside a-z that read as one: dotless and small-capital letters, letters with a
  // stroke (NFD does not split them, so `ø` reads `o` just as `ö` does), and ligatures.
  ı: 'i', ȷ: 'j', ɑ: 'a', ɩ: 'i', ɪ: 'i', ʟ: 'l', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g',
  ʜ: 'h', ᴊ: 'j', ᴋ: 'k', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v',
  ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', Ł: 'L', ł: 'l', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', ƀ: 'b', Ƀ: 'B',
  ɨ: 'i', Ɨ: 'I', ʉ: 'u', Ʉ: 'U', Ƶ: 'Z', ƶ: 'z', Ǥ: 'G', ǥ: 'g', Ɇ: 'E', ɇ: 'e',
  Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe', ß: 'ss', ẞ: 'SS',
};

/** {@link LOOK_ALIKES} with the lower-case form of each capital (Cherokee `Ꭺ` → `ꭺ`) added. */
const LATIN: ReadonlyMap<string, string> = /* @__PURE__ */ (() => {
  const map = new Map(Object.entries(LOOK_ALIKES));
  for (const [letter, latin] of Object.entries(LOOK_ALIKES)) {
    const lower = letter.toLowerCase();
    if (!map.has(lower)) map.set(lower, latin);
  }
  return map;
})();

function asLatin(ch: string): string {
  return LATIN.get(ch) ?? ch;
}

/** Characters that show nothing: default-ignorable code points and format characters (Cf). */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
/** Combining marks, once NFD has split them off their letters (`É` → `E` + U+0301, U+1AB0). */
const MARKS = /\p{M}/gu;
/** Any character beyond ASCII: only these can be look-alikes. */
const NOT_ASCII = /[^\x00-\x7f]/gu;

/**
 * The text as it reads on screen, in lower-case Latin where it can be: NFKC (full-width and
 * mathematical letters, ligatures such as `ﬁ`), invisible characters removed, combining marks
 * removed, look-alikes of other scripts read as the Latin letter they imitate. Spaces,
 * punctuation and digits are left as they are (digits that stand for letters, `Str0nger`, are
 * the matcher's concern: see `names.ts` and `wording.ts`).
 *
 * For example `'Вlue Ha\u200Bmmer'` (a Cyrillic В, a zero-width space) reads `'blue hammer'`. @internal
 */
export function readAsLatin(text: string): string {
  // ASCII holds no invisible character, mark or look-alike: only its case changes.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  // Look-alikes are read before NFKC too, which would make some of them other letters (`ϲ` → `ς`).
  return text
    .replace(NOT_ASCII, asLatin)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(NOT_ASCII, asLatin)
    .toLowerCase();
}
