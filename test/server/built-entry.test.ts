import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

// The built `solar-sop/server` entry, loaded through the package's "exports" (needs npm run build).
describe('the built solar-sop/server entry', () => {
  it('loads in ESM and shares the root entry’s error class', async () => {
    const root = await import('solar-sop');
    const server = await import('solar-sop/server');
    expect(() => server.createHandler()).toThrow(root.SopInputError);
    const h = server.createHandler({ insecureNoAuth: true });
    const r = await h.fetch(new Request('http://localhost/v1/procedures'));
    expect(r.status).toBe(200);
  });

  it('loads in CJS', async () => {
    const server = require('solar-sop/server') as typeof import('solar-sop/server');
    const r = await server.createHandler({ insecureNoAuth: true }).fetch(new Request('http://localhost/healthz'));
    expect(await r.json()).toEqual({ status: 'ok' });
  });
});
