import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFacts, closeFactsWithoutNow, CLOSE, KEY, records, SECRET, sign } from './_helpers.js';

// Each test starts node processes: generous time limits, as the suite runs on busy shared machines.
const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'solar-sop-serve-'));
const ENV = { ...process.env, SOLAR_SOP_API_KEYS: `${KEY}, other-key-0123456789abcdef`, SOLAR_SOP_HMAC_SECRET: SECRET };

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

interface Running {
  url: string;
  readonly child: ChildProcess;
  /** Every stdout line so far, the first being `listening on …`. */
  readonly lines: string[];
  readonly exited: Promise<number | null>;
  stderr: string;
}

/** Starts `solar-sop serve` on a free loopback port (`--port 0`) and waits for its first line. */
function start(args: string[] = [], env: NodeJS.ProcessEnv = ENV): Promise<Running> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const running: Running = { url: '', child, lines, exited, stderr: '' };
    let buffered = '';
    child.stderr!.on('data', (chunk: Buffer) => (running.stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (lines.length === 1) {
          const match = /^listening on (http:\/\/[^ ]+:\d+)$/.exec(line);
          if (match) {
            running.url = match[1]!;
            resolve(running);
          }
          else reject(new Error(`unexpected first line: ${line}`));
        }
      }
    });
    void exited.then((code) => reject(new Error(`exited with ${code} before listening: ${running.stderr}`)));
  });
}

/** Resolves once a stdout line matches. */
async function lineMatching(s: Running, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const found = s.lines.find((l) => pattern.test(l));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no line matching ${pattern}; got:\n${s.lines.join('\n')}`);
}

const auth = { authorization: `Bearer ${KEY}` };
const json = { ...auth, 'content-type': 'application/json' };
const ndjson = { ...auth, 'content-type': 'application/x-ndjson' };

describe('solar-sop serve: start-up', { timeout: 60_000 }, () => {
  it('refuses to start without credentials, and says how to fix it', () => {
    const { SOLAR_SOP_API_KEYS: _k, SOLAR_SOP_HMAC_SECRET: _s, ...bare } = ENV;
    const r = spawnSync(process.execPath, [CLI, 'serve', '--port', '0'], { env: bare, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refusing to start without credentials: set SOLAR_SOP_API_KEYS or SOLAR_SOP_HMAC_SECRET, or pass --insecure-no-auth/);
  });

  it('refuses weak keys and credentials together with --insecure-no-auth', () => {
    const weak = spawnSync(process.execPath, [CLI, 'serve', '--port', '0'], { env: { ...ENV, SOLAR_SOP_API_KEYS: 'short' }, encoding: 'utf8' });
    expect(weak.status).toBe(2);
    expect(weak.stderr).toMatch(/apiKeys\[0\]: must be a string of 16 or more characters/);
    const both = spawnSync(process.execPath, [CLI, 'serve', '--port', '0', '--insecure-no-auth'], { env: ENV, encoding: 'utf8' });
    expect(both.status).toBe(2);
  });

  it('exits 2 on a usage error and 1 on a bad policy file, listing its issues', () => {
    expect(spawnSync(process.execPath, [CLI, 'serve', '--port', 'eighty'], { env: ENV, encoding: 'utf8' }).status).toBe(2);
    expect(spawnSync(process.execPath, [CLI, 'serve', '--bogus'], { env: ENV, encoding: 'utf8' }).status).toBe(2);
    const bad = file('bad-policy.json', JSON.stringify({ name: 'p', version: '1', ptoDelay: { gracePeriodDays: -5 } }));
    const r = spawnSync(process.execPath, [CLI, 'serve', '--port', '0', '--policy', bad], { env: ENV, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Policy file .*bad-policy\.json is invalid:\n {2}- ptoDelay\.gracePeriodDays: /);
    const missing = spawnSync(process.execPath, [CLI, 'serve', '--policy', join(dir, 'nope.json')], { env: ENV, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read policy file .*nope\.json: ENOENT/);
  });

  it('prints its usage with --help', () => {
    const r = spawnSync(process.execPath, [CLI, 'serve', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('SOLAR_SOP_API_KEYS');
  });

  it('serves without credentials with --insecure-no-auth', async () => {
    const { SOLAR_SOP_API_KEYS: _k, SOLAR_SOP_HMAC_SECRET: _s, ...bare } = ENV;
    const s = await start(['--insecure-no-auth'], bare);
    expect((await fetch(`${s.url}/v1/procedures`)).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it("the container's command is this bin's serve with --host 0.0.0.0 (examples/Dockerfile)", () => {
    const dockerfile = readFileSync(new URL('../../examples/Dockerfile', import.meta.url), 'utf8');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    const bin = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> }).bin['solar-sop'];
    expect(cmd).toEqual(['node', `node_modules/solar-sop/${bin}`, 'serve', '--host', '0.0.0.0', '--port', '8080']);
  });

  it('listens on the host given (the container entry: --host 0.0.0.0)', async () => {
    const s = await start(['--host', '0.0.0.0']);
    expect(s.lines[0]).toMatch(/^listening on http:\/\/0\.0\.0\.0:\d+$/);
    const port = new URL(s.url).port;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });
});

describe('solar-sop serve: routes over HTTP', { timeout: 60_000 }, () => {
  let s: Running;
  beforeAll(async () => {
    s = await start(['--body-limit', '4096']);
  }, 60_000);
  afterAll(async () => {
    s.child.kill('SIGTERM');
    await s.exited;
  });

  it('says where it listens on its first line, on 127.0.0.1 by default', () => {
    expect(s.lines[0]).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers /healthz without credentials', async () => {
    const r = await fetch(`${s.url}/healthz`);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  it('decides, filling now from the clock and saying so', async () => {
    const r = await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers: json, body: JSON.stringify(closeFactsWithoutNow()) });
    expect(r.status).toBe(200);
    const d = (await r.json()) as { outcome: string; defaultedNow: string };
    expect(d.outcome).toBe('eligible');
    expect(Math.abs(Date.parse(d.defaultedNow) - Date.now())).toBeLessThan(60_000);
  });

  it('streams a batch: one record per line, in order', async () => {
    const ok = JSON.stringify(closeFacts());
    const r = await fetch(`${s.url}/v1/batch/${CLOSE}`, { method: 'POST', headers: ndjson, body: `${ok}\n\n{bad\r\n${ok}\n` });
    const out = records(await r.text());
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4]);
    expect(out.map((o) => o.outcome ?? (o.error as { title: string }).title)).toEqual(['eligible', 'Blank line', 'Body is not valid JSON', 'eligible']);
  });

  it('lists procedures, serves schemas and the OpenAPI document', async () => {
    expect(((await (await fetch(`${s.url}/v1/procedures`, { headers: auth })).json()) as { procedures: unknown[] }).procedures.length).toBeGreaterThan(10);
    expect(((await (await fetch(`${s.url}/v1/procedures/${CLOSE}/schema`, { headers: auth })).json()) as { title: string }).title).toBe(CLOSE);
    expect(((await (await fetch(`${s.url}/openapi.json`, { headers: auth })).json()) as { openapi: string }).openapi).toBe('3.1.0');
  });

  it('accepts a signed body instead of a key', async () => {
    const body = JSON.stringify(closeFacts());
    const r = await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-solar-sop-signature': sign(body) }, body });
    expect(r.status).toBe(200);
  });

  it('answers 401 with no key, a wrong key and a bad signature', async () => {
    const body = JSON.stringify(closeFacts());
    const cases: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'content-type': 'application/json', authorization: 'Bearer not-the-key-0123456789' },
      { 'content-type': 'application/json', 'x-solar-sop-signature': sign(`${body}x`) },
    ];
    for (const headers of cases) {
      const r = await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers, body });
      expect(r.status).toBe(401);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      expect(r.headers.get('www-authenticate')).toContain('Bearer realm="solar-sop"');
    }
  });

  it('answers 413 beyond --body-limit, by Content-Length and for a chunked body', async () => {
    const big = JSON.stringify({ ...closeFacts(), pad: 'x'.repeat(5000) });
    expect((await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers: json, body: big })).status).toBe(413);
    const chunks = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        c.close();
      },
    });
    const r = await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers: json, body: chunks, duplex: 'half' } as RequestInit);
    expect(r.status).toBe(413);
  });

  it('answers 400 for bad JSON, 404 listing ids, 405 with Allow, 415 for a wrong type', async () => {
    const bad = await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers: json, body: '{"now": ' });
    expect(bad.status).toBe(400);
    const unknown = await fetch(`${s.url}/v1/decide/service-desk/nope`, { method: 'POST', headers: json, body: '{}' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { procedures: string[] }).procedures).toContain(CLOSE);
    const wrong = await fetch(`${s.url}/v1/batch/${CLOSE}`, { headers: auth });
    expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'POST']);
    const type = await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: 'a,b' });
    expect(type.status).toBe(415);
  });

  it('logs one JSON line per request to stdout, without facts', async () => {
    await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers: json, body: JSON.stringify({ ...closeFacts(), customerName: 'Dana Reyes' }) });
    const line = await lineMatching(s, /"status":422/);
    expect(JSON.parse(line)).toMatchObject({ event: 'request', method: 'POST', path: `/v1/decide/${CLOSE}`, status: 422, procedure: CLOSE });
    expect(s.lines.slice(1).every((l) => typeof JSON.parse(l) === 'object')).toBe(true);
    expect(s.lines.join('\n')).not.toContain('Dana');
  });
});

describe('solar-sop serve: operations', { timeout: 60_000 }, () => {
  it('reloads --policy on SIGHUP only when the new file validates', async () => {
    const path = file('policy.json', JSON.stringify({ name: 'acme', version: '1' }));
    const s = await start(['--policy', path]);
    const policyOf = async () =>
      ((await (await fetch(`${s.url}/v1/decide/${CLOSE}`, { method: 'POST', headers: json, body: JSON.stringify(closeFacts()) })).json()) as { policy: unknown }).policy;
    expect(await policyOf()).toEqual({ name: 'acme', version: '1' });
    writeFileSync(path, JSON.stringify({ name: 'acme', version: '2' }));
    s.child.kill('SIGHUP');
    await lineMatching(s, /"result":"reloaded"/);
    expect(await policyOf()).toEqual({ name: 'acme', version: '2' });
    writeFileSync(path, JSON.stringify({ name: 'acme', version: '3', ptoDelay: { gracePeriodDays: 'long' } }));
    s.child.kill('SIGHUP');
    const kept = JSON.parse(await lineMatching(s, /"result":"kept-previous"/)) as { reason: string; level: string };
    expect(kept.level).toBe('error');
    expect(kept.reason).toMatch(/ptoDelay\.gracePeriodDays/);
    expect(await policyOf()).toEqual({ name: 'acme', version: '2' });
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('logs a SIGHUP without --policy and keeps serving', async () => {
    const s = await start();
    s.child.kill('SIGHUP');
    await lineMatching(s, /"result":"skipped"/);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('on SIGTERM mid-batch finishes the batch without losing a line, refuses new connections, then exits 0', async () => {
    const s = await start();
    const { port } = new URL(s.url);
    const lines = 2000;
    const facts = JSON.stringify(closeFacts());
    let text = '';
    const response = new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: `/v1/batch/${CLOSE}`, headers: ndjson }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(res.statusCode!));
      });
      req.on('error', reject);
      // Half the body, then SIGTERM while the request is in flight, then the rest.
      for (let i = 0; i < lines / 2; i++) req.write(`${facts}\n`);
      setTimeout(() => {
        s.child.kill('SIGTERM');
        setTimeout(() => {
          for (let i = lines / 2; i < lines; i++) req.write(`${facts}\n`);
          req.end();
        }, 300);
      }, 300);
    });
    await lineMatching(s, /"event":"shutdown"/);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    expect(await response).toBe(200);
    const out = records(text);
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: lines }, (_, i) => i + 1));
    expect(out.every((o) => o.outcome === 'eligible')).toBe(true);
    expect(await s.exited).toBe(0);
    expect(s.lines.at(-1)).toMatch(/"event":"stopped"/);
  });
});
