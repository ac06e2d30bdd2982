/**
 * Canonical JSON of a value, the text that {@link contentHash} hashes: object keys sorted by UTF-16
 * code units, no whitespace, properties whose value is `undefined` left out, arrays in order,
 * strings and numbers as `JSON.stringify` writes them (so `-0` is `0`), a `Date` as its ISO
 * string, a function as the string `"function"` (its behaviour cannot be hashed).
 *
 * @param value - plain data: objects, arrays, strings, numbers, booleans, `null`
 * @returns the canonical JSON text
 *
 * @example
 * ```ts
 * import { canonicalJson } from 'solar-sop';
 * canonicalJson({ b: [1, { d: true, c: null }], a: 'x', u: undefined }); //=> '{"a":"x","b":[1,{"c":null,"d":true}]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' ? '"function"' : (JSON.stringify(value) as string | undefined) ?? 'null';
  }
  // Concatenation rather than arrays joined: the stamp hashes the facts of every decision served.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v !== undefined) out += (out.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(v);
  }
  return `${out}}`;
}

/**
 * FNV-1a 64 of the UTF-8 bytes of `text`, as 16 lower-case hex digits. Written in 16-bit limbs with
 * plain arithmetic, so it is the same in every JavaScript runtime, with no `crypto` module.
 *
 * @param text - any string (lone surrogates are encoded as U+FFFD, as `TextEncoder` does)
 * @returns the hash, 16 hex digits
 *
 * @example
 * ```ts
 * import { fnv1a64 } from 'solar-sop';
 * fnv1a64(''); //=> 'cbf29ce484222325'
 * fnv1a64('foobar'); //=> '85944171f73967e8'
 * ```
 */
export function fnv1a64(text: string): string {
  // The offset basis 0xcbf29ce484222325 in 16-bit limbs, low first; the prime is 2^40 + 0x1b3.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    // The UTF-8 bytes of one code point, low byte first in `packed`: `count` of them.
    let c = text.charCodeAt(i);
    let packed: number;
    let count: number;
    if (c < 0x80) {
      packed = c;
      count = 1;
    } else if (c < 0x800) {
      packed = (0xc0 | (c >> 6)) | ((0x80 | (c & 0x3f)) << 8);
      count = 2;
    } else {
      const d = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        packed = (0xf0 | (c >> 18)) | ((0x80 | ((c >> 12) & 0x3f)) << 8) | ((0x80 | ((c >> 6) & 0x3f)) << 16) | ((0x80 | (c & 0x3f)) << 24);
        count = 4;
      } else {
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
        packed = (0xe0 | (c >> 12)) | ((0x80 | ((c >> 6) & 0x3f)) << 8) | ((0x80 | (c & 0x3f)) << 16);
        count = 3;
      }
    }
    for (; count > 0; count--, packed >>>= 8) {
      h0 ^= packed & 0xff;
      const t0 = h0 * 0x1b3;
      const t1 = h1 * 0x1b3 + (t0 >>> 16);
      const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
      h3 = (h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16)) & 0xffff;
      h2 = t2 & 0xffff;
      h1 = t1 & 0xffff;
      h0 = t0 & 0xffff;
    }
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

function hex4(n: number): string {
  return (0x10000 | n).toString(16).slice(1);
}

/**
 * The content hash decisions stamp: {@link fnv1a64} of the {@link canonicalJson} of a value. The same
 * data gives the same hash whatever the order of its keys, in Node and in the browser.
 *
 * @param value - plain data
 * @returns 16 hex digits
 *
 * @example
 * ```ts
 * import { contentHash } from 'solar-sop';
 * contentHash({ a: 1, b: 2 }) === contentHash({ b: 2, a: 1 }); //=> true
 * ```
 */
export function contentHash(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}
