import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonResponse, utf8Length } from '../../src/server/problem.js';
import { utf16Text } from '../_helpers/text.js';

describe('jsonResponse', () => {
  it('counts UTF-8 bytes as TextEncoder writes them, surrogates paired or lone', () => {
    for (const t of ['', 'a', 'é', '€', '😀', '\ud800', '\udc00', 'x\ud83d', '\ud83d\ude00\ud83d']) expect(utf8Length(t)).toBe(new TextEncoder().encode(t).length);
    fc.assert(fc.property(utf16Text, (t) => utf8Length(t) === new TextEncoder().encode(t).length), { numRuns: 2000 });
  });
  it('declares the Content-Length of the body it sends', async () => {
    const r = jsonResponse({ name: 'Zoë 😀' }, 200, { 'x-extra': '1' });
    const bytes = new Uint8Array(await r.arrayBuffer());
    expect(Number(r.headers.get('content-length'))).toBe(bytes.length);
    expect(r.headers.get('x-extra')).toBe('1');
    expect(new TextDecoder().decode(bytes)).toBe('{"name":"Zoë 😀"}');
  });
});
