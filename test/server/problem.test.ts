import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonResponse, utf8Length } from '../../src/server/problem.js';

describe('jsonResponse', () => {
  it('counts UTF-8 bytes as TextEncoder writes them, surrogates paired or lone', () => {
    for (const t of ['', 'a', 'é', '€', '😀', '\ud800', '\udc00', 'x\ud83d', '\ud83d\ude00\ud83d']) expect(utf8Length(t)).toBe(new TextEncoder().encode(t).length);
    const units = fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), fc.constantFrom('\ud83d\ude00', '\ud800', '\udfff')) });
    fc.assert(fc.property(units, (t) => utf8Length(t) === new TextEncoder().encode(t).length), { numRuns: 2000 });
  });
  it('declares the Content-Length of the body it sends', async () => {
    const r = jsonResponse({ name: 'Zoë 😀' }, 200, { 'x-extra': '1' });
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect(Number(r.headers.get('content-length'))).toBe(bytes.length);
    expect(r.headers.get('x-extra')).toBe('1');
    expect(new TextDecoder().decode(bytes)).toBe('{"name":"Zoë 😀"}');
  });
});
