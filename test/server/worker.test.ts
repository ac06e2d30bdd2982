import { describe, expect, it, vi } from 'vitest';
import worker from '../../examples/worker.js';
import { closeFacts, CLOSE, KEY } from './_helpers.js';

// The Workers entry from the docs, run as a Worker runtime would call it: (request, env).
describe('examples/worker.ts', () => {
  it('makes the handler from the secrets on the first request and decides', async () => {
    const env = { SOLAR_SOP_API_KEYS: ` ${KEY} ,, ` };
    const request = (key: string) =>
      new Request(`https://sop.example.workers.dev/v1/decide/${CLOSE}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify(closeFacts()),
      });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const ok = await worker.fetch(request(KEY), env);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { outcome: string }).outcome).toBe('eligible');
    expect((await worker.fetch(request('wrong-key-0123456789abcdef'), env)).status).toBe(401);
    expect(log.mock.calls.map((c) => JSON.parse(c[0] as string).status)).toEqual([200, 401]);
    log.mockRestore();
  });
});
