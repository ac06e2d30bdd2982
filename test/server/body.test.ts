import { describe, expect, it, vi } from 'vitest';
import { nextTurn, readBody } from '../../src/server/body.js';

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

describe('nextTurn', () => {
  it('resolves after callbacks already queued for the next turn, not in the same microtask run', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('queued'));
    const turned = nextTurn().then(() => order.push('turn'));
    await Promise.resolve();
    order.push('microtask');
    await turned;
    expect(order).toEqual(['microtask', 'queued', 'turn']);
  });
  it('falls back to a zero timeout on a runtime without setImmediate (Workers, Deno)', async () => {
    vi.stubGlobal('setImmediate', undefined);
    vi.resetModules();
    try {
      const { nextTurn: fallback } = await import('../../src/server/body.js');
      const timeout = vi.spyOn(globalThis, 'setTimeout');
      await fallback();
      expect(timeout).toHaveBeenCalledWith(expect.any(Function), 0);
      timeout.mockRestore();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
