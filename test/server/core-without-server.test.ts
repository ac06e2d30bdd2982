import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

/** Module specifiers a built file imports or requires. */
function imports(text: string): string[] {
  return [...text.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*|import\s+)["']([^"']+)["']/g)].map((m) => m[1] as string);
}

// The library entry points must stay free of the HTTP stack: a host importing closeEligibility
// never loads hono. Checks the built package (npm ci builds it; after a change, npm run build).
describe('the built core entry points', () => {
  it('exist (run npm run build first)', () => {
    expect(existsSync(join(dist, 'esm/index.js')) && existsSync(join(dist, 'cjs/index.cjs'))).toBe(true);
  });

  it('import neither hono nor @hono/node-server, in ESM or CJS', () => {
    const core = [
      ...files(join(dist, 'esm'), '.js').filter((f) => !f.includes(`${join(dist, 'esm/server')}`)),
      ...files(join(dist, 'cjs'), '.cjs').filter((f) => !f.endsWith('server.cjs')),
    ];
    expect(core.length).toBeGreaterThan(20);
    const offenders = core.filter((f) => imports(readFileSync(f, 'utf8')).some((s) => s === 'hono' || s.startsWith('hono/') || s.startsWith('@hono/')));
    expect(offenders).toEqual([]);
  });

  it('while the server entry does (so the check above can see an import when there is one)', () => {
    for (const f of [join(dist, 'esm/server/handler.js'), join(dist, 'cjs/server.cjs')]) {
      expect(imports(readFileSync(f, 'utf8'))).toContain('hono');
    }
  });
});
