import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/server/body.js';

const never = new Promise<never>(() => undefined);

describe('readBody', () => {
  it('refuses a body longer than the limit even when Content-Length understates it', async () => {
    // A runtime that does not hold a body to its declared length (Node's parser does).
    const request = { headers: new Headers({ 'content-length': '10' }), arrayBuffer: async () => new Uint8Array(200).buffer } as unknown as Request;
    await expect(readBody(request, 100, never)).rejects.toMatchObject({ problem: { type: 'urn:solar-sop:problem:body-too-large', limit: 100 } });
  });
  it('reads a body of declared length whole', async () => {
    const request = new Request('http://x/', { method: 'POST', body: 'hello', headers: { 'content-length': '5' } });
    expect(new TextDecoder().decode(await readBody(request, 100, never))).toBe('hello');
  });
});
