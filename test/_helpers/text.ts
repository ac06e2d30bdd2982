import fc from 'fast-check';

/** Any UTF-16 text: every code unit, lone surrogates of both halves and paired ones (an emoji) included. */
export const utf16Text = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\ud83d\ude00', '\ud800', '\udfff'),
  ),
});

/** FNV-1a 64 of the UTF-8 bytes `TextEncoder` writes for `text`, with BigInt: the reference for `fnv1a64`. */
export function fnv1a64Reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}
