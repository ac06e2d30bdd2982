import { describe, expect, it, vi } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import { procedures } from '../../src/procedures.js';
import { createHandler, type LogEntry, type ServerOptions } from '../../src/server/index.js';
import { closeFacts, closeFactsWithoutNow, CLOSE, FIXED_NOW, KEY, OTHER_KEY, records, SECRET, sign } from './_helpers.js';

const BASE = 'http://localhost';
const clock = () => new Date(FIXED_NOW);

function server(extra: ServerOptions = {}) {
  const logs: LogEntry[] = [];
  const h = createHandler({ apiKeys: [KEY, OTHER_KEY], hmacSecret: SECRET, clock, log: (e) => logs.push(e), ...extra });
  return { ...h, logs };
}

interface Call {
  method?: string;
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  type?: string | null;
  key?: string | null;
  headers?: Record<string, string>;
}

function request(path: string, { method, body, type, key = KEY, headers = {} }: Call = {}): Request {
  const h: Record<string, string> = { ...headers };
  if (key !== null) h.authorization = `Bearer ${key}`;
  const contentType = type === undefined ? (path.startsWith('/v1/batch/') ? 'application/x-ndjson' : 'application/json') : type;
  if (body !== undefined && contentType !== null) h['content-type'] = contentType;
  return new Request(BASE + path, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: h,
    ...(body === undefined ? {} : { body, duplex: 'half' }),
  } as RequestInit);
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const p = (await response.json()) as Record<string, unknown>;
  expect(p.status).toBe(response.status);
  expect(JSON.stringify(p)).not.toMatch(/\n\s+at /);
  return p;
}

/** A body that arrives in the given chunks, then (unless `open`) ends. */
function chunked(chunks: string[], open = false): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      if (!open) controller.close();
    },
  });
}

describe('createHandler options', () => {
  it('refuses to start without credentials, naming the fix', () => {
    expect(() => createHandler()).toThrow(/give apiKeys or hmacSecret \(or insecureNoAuth: true/);
    expect(() => createHandler({ apiKeys: [] })).toThrow(SopInputError);
  });

  it('lists every bad option at once', () => {
    let error: SopInputError | undefined;
    try {
      createHandler({
        apiKeys: ['short', 'has space in it 1234', 42 as never],
        hmacSecret: 'short',
        insecureNoAuth: 'yes' as never,
        bodyLimit: 0,
        timeLimitMs: 1.5,
        policy: {} as never,
        cors: { origins: [] },
        clock: 'now' as never,
        log: 1 as never,
        extra: true,
      } as never);
    } catch (e) {
      error = e as SopInputError;
    }
    expect(error?.issues.map((i) => i.path)).toEqual([
      ['extra'],
      ['apiKeys', 0],
      ['apiKeys', 1],
      ['apiKeys', 2],
      ['hmacSecret'],
      ['insecureNoAuth'],
      ['bodyLimit'],
      ['timeLimitMs'],
      ['policy'],
      ['cors', 'origins'],
      ['clock'],
      ['log'],
    ]);
  });

  it('refuses apiKeys that are not an array, cors without origins, and credentials with insecureNoAuth', () => {
    expect(() => createHandler({ apiKeys: KEY as never, hmacSecret: SECRET })).toThrow(/apiKeys: expected an array/);
    expect(() => createHandler({ apiKeys: [KEY], cors: null as never })).toThrow(/cors\.origins/);
    expect(() => createHandler({ apiKeys: [KEY], cors: { origins: [''] } })).toThrow(/cors\.origins/);
    expect(() => createHandler({ apiKeys: [KEY], insecureNoAuth: true })).toThrow(/insecureNoAuth: turns credentials off/);
  });

  it('serves without credentials only with insecureNoAuth', async () => {
    const h = createHandler({ insecureNoAuth: true });
    const r = await h.fetch(request('/v1/procedures', { key: null }));
    expect(r.status).toBe(200);
  });
});

describe('authentication', () => {
  it('leaves /healthz open', async () => {
    const r = await server().fetch(request('/healthz', { key: null }));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  it('answers 401 with WWW-Authenticate without credentials', async () => {
    const r = await server().fetch(request('/v1/procedures', { key: null }));
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="solar-sop", Solar-Sop-Signature realm="solar-sop"');
    expect((await problemOf(r)).detail).toMatch(/Send Authorization: Bearer <key>/);
  });

  it('answers 401 for a wrong key, a malformed header and a key when only signatures are accepted', async () => {
    for (const r of [
      await server().fetch(request('/v1/procedures', { key: 'wrong-key-0123456789abcdef' })),
      await server().fetch(request('/v1/procedures', { key: null, headers: { authorization: `Basic ${KEY}` } })),
      await createHandler({ hmacSecret: SECRET }).fetch(request('/v1/procedures')),
    ]) {
      expect(r.status).toBe(401);
      expect(await problemOf(r)).toMatchObject({ type: 'urn:solar-sop:problem:unauthorized' });
    }
    const only = await createHandler({ hmacSecret: SECRET }).fetch(request('/v1/procedures', { key: null }));
    expect(only.headers.get('www-authenticate')).toBe('Solar-Sop-Signature realm="solar-sop"');
  });

  it('accepts every configured key, so keys can rotate', async () => {
    const h = server();
    expect((await h.fetch(request('/v1/procedures', { key: KEY }))).status).toBe(200);
    expect((await h.fetch(request('/v1/procedures', { key: OTHER_KEY }))).status).toBe(200);
  });

  it('accepts an HMAC signature of the raw body instead of a key', async () => {
    const body = JSON.stringify(closeFacts());
    const r = await server().fetch(request(`/v1/decide/${CLOSE}`, { body, key: null, headers: { 'x-solar-sop-signature': sign(body) } }));
    expect(r.status).toBe(200);
    expect(((await r.json()) as { outcome: string }).outcome).toBe('eligible');
  });

  it('accepts an upper-case hex signature, and a signature of the empty body on GET', async () => {
    const body = JSON.stringify(closeFacts());
    const upper = `sha256=${sign(body).slice(7).toUpperCase()}`;
    expect((await server().fetch(request(`/v1/decide/${CLOSE}`, { body, key: null, headers: { 'x-solar-sop-signature': upper } }))).status).toBe(200);
    expect((await server().fetch(request('/v1/procedures', { key: null, headers: { 'x-solar-sop-signature': sign('') } }))).status).toBe(200);
  });

  it('refuses a bad signature: another body, another secret, a malformed header', async () => {
    const body = JSON.stringify(closeFacts());
    for (const signature of [sign(`${body} `), sign(body, 'another-secret-0123456789'), 'sha256=abc', sign(body).slice(7)]) {
      const r = await server().fetch(request(`/v1/decide/${CLOSE}`, { body, key: null, headers: { 'x-solar-sop-signature': signature } }));
      expect(r.status).toBe(401);
      expect((await problemOf(r)).detail).toBe('The API key or the signature is not valid.');
    }
    const get = await server().fetch(request('/v1/procedures', { key: null, headers: { 'x-solar-sop-signature': sign('x') } }));
    expect(get.status).toBe(401);
  });

  it('does not take a signature header when no secret is configured', async () => {
    const body = JSON.stringify(closeFacts());
    const r = await createHandler({ apiKeys: [KEY] }).fetch(request(`/v1/decide/${CLOSE}`, { body, key: null, headers: { 'x-solar-sop-signature': sign(body) } }));
    expect(r.status).toBe(401);
  });
});

describe('POST /v1/decide/{procedure}', () => {
  it('decides the facts through the registry, with the id in the path (a slash included)', async () => {
    const r = await server().fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify(closeFacts()) }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    const d = (await r.json()) as Record<string, unknown>;
    expect(d).toEqual(procedures.find((p) => p.id === CLOSE)!.decide(closeFacts()));
    expect(d).not.toHaveProperty('defaultedNow');
  });

  it("fills a missing now from the server's clock and says so", async () => {
    const r = await server().fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify(closeFactsWithoutNow()) }));
    const d = (await r.json()) as Record<string, unknown>;
    expect(d.defaultedNow).toBe(FIXED_NOW);
    expect(d.outcome).toBe('eligible');
  });

  it("reads the system clock when no clock is given", async () => {
    const h = createHandler({ apiKeys: [KEY] });
    const before = Date.now();
    const d = (await (await h.fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify(closeFactsWithoutNow()) }))).json()) as { defaultedNow: string };
    expect(Date.parse(d.defaultedNow)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('leaves facts without now alone for a procedure that takes none', async () => {
    const facts = { installer: 'Acme Solar', linkedFromHighPriority: false };
    const r = await server().fetch(request('/v1/decide/service-desk/ticket-priority', { body: JSON.stringify(facts) }));
    const d = (await r.json()) as Record<string, unknown>;
    expect(d).not.toHaveProperty('defaultedNow');
  });

  it('returns { state, decision } for a stateful step', async () => {
    const example = procedures.find((p) => p.id === 'pv-watts-outage/step')!.examples[0]!;
    const r = await server().fetch(request('/v1/decide/pv-watts-outage/step', { body: JSON.stringify(example.facts) }));
    expect(Object.keys((await r.json()) as object)).toEqual(['state', 'decision']);
  });

  it('decides under the configured policy, and under a new one after setPolicy', async () => {
    const policy = definePolicy({ name: 'acme', version: '7' });
    const h = server({ policy });
    const first = (await (await h.fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify(closeFacts()) }))).json()) as { policy: unknown };
    expect(first.policy).toEqual({ name: 'acme', version: '7' });
    h.setPolicy(definePolicy({ name: 'acme', version: '8' }));
    const second = (await (await h.fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify(closeFacts()) }))).json()) as { policy: unknown };
    expect(second.policy).toEqual({ name: 'acme', version: '8' });
    h.setPolicy(undefined);
    const third = (await (await h.fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify(closeFacts()) }))).json()) as { policy: { name: string } };
    expect(third.policy.name).not.toBe('acme');
    expect(() => h.setPolicy({ name: 'forged' } as never)).toThrow(/policy: was not made by definePolicy/);
  });

  it('answers 422 with every SopInputError issue', async () => {
    const r = await server().fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify({ ...closeFacts(), followUps: 'x', customerReplies: 2 }) }));
    expect(r.status).toBe(422);
    const p = await problemOf(r);
    expect(p).toMatchObject({ type: 'urn:solar-sop:problem:invalid-facts', title: 'Invalid facts', instance: `/v1/decide/${CLOSE}` });
    expect((p.issues as { path: unknown[] }[]).map((i) => i.path)).toEqual(expect.arrayContaining([['followUps'], ['customerReplies']]));
    expect(p.detail).toMatch(/^2 problems with the facts: /);
    expect(p.requestId).toBe(r.headers.get('x-request-id'));
  });

  it('says "1 problem" for one issue', async () => {
    const r = await server().fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify({ ...closeFacts(), followUps: 'x' }) }));
    expect((await problemOf(r)).detail).toMatch(/^1 problem with the facts: followUps: /);
  });

  it('answers 422 for facts the procedure refuses to decide (a switch without consent)', async () => {
    const facts = { org: { name: 'Acme Solar' }, event: { type: 'switch-requested', at: '2026-11-23T17:05:00Z' } };
    const r = await server().fetch(request('/v1/decide/pv-watts-outage/step', { body: JSON.stringify(facts) }));
    expect(r.status).toBe(422);
    expect(await problemOf(r)).toMatchObject({ type: 'urn:solar-sop:problem:invalid-input', error: 'ConsentRequiredError' });
  });

  it('answers 400 for bad JSON and for a body that is not UTF-8', async () => {
    const bad = await server().fetch(request(`/v1/decide/${CLOSE}`, { body: '{"now":' }));
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).detail).toMatch(/^The body is not valid JSON: /);
    const latin1 = await server().fetch(request(`/v1/decide/${CLOSE}`, { body: new Uint8Array([0x7b, 0xff, 0x7d]) }));
    expect((await problemOf(latin1)).detail).toBe('The body is not valid UTF-8.');
  });

  it('answers 404 listing the valid ids for an unknown procedure', async () => {
    const r = await server().fetch(request('/v1/decide/service-desk/close-eligibilty', { body: '{}' }));
    expect(r.status).toBe(404);
    const p = await problemOf(r);
    expect(p.type).toBe('urn:solar-sop:problem:unknown-procedure');
    expect(p.procedures).toEqual(procedures.map((q) => q.id));
    expect(p.detail).toContain('service-desk/close-eligibility');
  });

  it('answers 415 for a missing or wrong Content-Type, and accepts +json and a charset', async () => {
    const body = JSON.stringify(closeFacts());
    for (const type of [null, 'text/plain', 'application/x-ndjson']) {
      const r = await server().fetch(request(`/v1/decide/${CLOSE}`, { body: new TextEncoder().encode(body), type }));
      expect(r.status).toBe(415);
      expect(r.headers.get('accept-post')).toBe('application/json');
      await problemOf(r);
    }
    for (const type of ['application/json; charset=utf-8', 'application/vnd.acme+json', 'Application/JSON']) {
      expect((await server().fetch(request(`/v1/decide/${CLOSE}`, { body, type }))).status).toBe(200);
    }
  });

  it('answers 413 beyond the body limit, by Content-Length or while reading a chunked body', async () => {
    const h = server({ bodyLimit: 100 });
    const big = JSON.stringify({ ...closeFacts(), padding: 'x'.repeat(200) });
    const declared = await h.fetch(request(`/v1/decide/${CLOSE}`, { body: big }));
    expect(declared.status).toBe(413);
    expect(await problemOf(declared)).toMatchObject({ limit: 100 });
    const byHeader = await h.fetch(request(`/v1/decide/${CLOSE}`, { body: '{}', headers: { 'content-length': '101' } }));
    expect(byHeader.status).toBe(413);
    const streamed = await h.fetch(request(`/v1/decide/${CLOSE}`, { body: chunked([big.slice(0, 60), big.slice(60)]) }));
    expect(streamed.status).toBe(413);
    // A Content-Length that understates the body (a runtime that does not enforce it) does not get past the limit.
    const understated = await h.fetch(request(`/v1/decide/${CLOSE}`, { body: big, headers: { 'content-length': '50' } }));
    expect(understated.status).toBe(413);
  });

  it('reads a chunked body within the limit', async () => {
    const body = JSON.stringify(closeFacts());
    const r = await server().fetch(request(`/v1/decide/${CLOSE}`, { body: chunked([body.slice(0, 10), body.slice(10)]) }));
    expect(r.status).toBe(200);
  });

  it('answers 422 for an empty body (no facts)', async () => {
    const r = await server().fetch(new Request(`${BASE}/v1/decide/${CLOSE}`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' } }));
    expect(r.status).toBe(400);
  });

  it('answers 503 when the body does not arrive within the time limit', async () => {
    const h = server({ timeLimitMs: 50 });
    const r = await h.fetch(request(`/v1/decide/${CLOSE}`, { body: chunked(['{'], true) }));
    expect(r.status).toBe(503);
    expect(await problemOf(r)).toMatchObject({ type: 'urn:solar-sop:problem:time-limit', detail: 'The request took longer than 50 ms.' });
    // The same when the length is declared (the body is then read whole).
    const declared = await h.fetch(request(`/v1/decide/${CLOSE}`, { body: chunked(['{'], true), headers: { 'content-length': '20' } }));
    expect(declared.status).toBe(503);
  });
});

describe('POST /v1/batch/{procedure}', () => {
  it('answers one record per line, in order, with its line number: LF split, one CR stripped, blank lines are errors', async () => {
    const ok = JSON.stringify(closeFacts());
    const body = [ok, `${ok}\r`, '', '  ', '{bad', JSON.stringify({ ...closeFacts(), followUps: 1 }), ok].join('\n');
    const r = await server().fetch(request(`/v1/batch/${CLOSE}`, { body }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const out = records(await r.text());
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(out.map((o) => (o.error ? (o.error as { type: string }).type.split(':').pop() : o.outcome))).toEqual([
      'eligible',
      'eligible',
      'blank-line',
      'blank-line',
      'invalid-json',
      'invalid-facts',
      'eligible',
    ]);
    expect((out[5]!.error as { issues: unknown[] }).issues).toHaveLength(1);
  });

  it('keeps a bare CR inside a line, and an invalid UTF-8 line is an error record of its own', async () => {
    const ok = JSON.stringify(closeFacts());
    const body = new Uint8Array([...new TextEncoder().encode(`${ok.slice(0, 1)}\r${ok.slice(1)}\n`), 0xff, 0x0a]);
    const out = records(await (await server().fetch(request(`/v1/batch/${CLOSE}`, { body }))).text());
    expect(out.map((o) => o.outcome ?? (o.error as { detail: string }).detail)).toEqual(['eligible', 'The body is not valid UTF-8.']);
  });

  it('uses one server now for every line without one, and says so on each', async () => {
    const body = `${JSON.stringify(closeFactsWithoutNow())}\n${JSON.stringify(closeFacts())}\n`;
    const out = records(await (await server().fetch(request(`/v1/batch/${CLOSE}`, { body }))).text());
    expect(out.map((o) => o.defaultedNow)).toEqual([FIXED_NOW, undefined]);
  });

  it('streams many lines in chunks and logs the count once the stream ends', async () => {
    const h = server();
    const body = Array.from({ length: 300 }, () => JSON.stringify(closeFacts())).join('\n');
    const r = await h.fetch(request(`/v1/batch/${CLOSE}`, { body }));
    const text = await r.text();
    expect(records(text).map((o) => o.line)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    await vi.waitFor(() => expect(h.logs.at(-1)).toMatchObject({ event: 'request', status: 200, lines: 300, errors: 0, bytes: new TextEncoder().encode(text).length, procedure: CLOSE }));
    expect(h.logs.at(-1)).not.toHaveProperty('truncated');
  });

  it('yields to the event loop between chunks, so one long batch does not hold every other request', async () => {
    const lines = 640;
    const body = Array.from({ length: lines }, () => JSON.stringify(closeFacts())).join('\n');
    const r = await server().fetch(request(`/v1/batch/${CLOSE}`, { body }));
    const reader = r.body!.getReader();
    const decoder = new TextDecoder();
    let read = 0;
    let atNextTurn: number | undefined;
    setImmediate(() => (atNextTurn = read));
    for (let next = await reader.read(); !next.done; next = await reader.read()) read += decoder.decode(next.value).split('\n').length - 1;
    expect(read).toBe(lines);
    // Without a yield the whole stream is read in microtasks, before any I/O callback runs.
    expect(atNextTurn).toBeLessThanOrEqual(128);
  });

  it('answers an empty body with no records', async () => {
    const r = await server().fetch(request(`/v1/batch/${CLOSE}`, { body: '' }));
    expect(await r.text()).toBe('');
  });

  it('ends with a time-limit record when the batch outlasts the time limit', async () => {
    const h = server({ timeLimitMs: 300 });
    const body = Array.from({ length: 200 }, () => JSON.stringify(closeFacts())).join('\n');
    const r = await h.fetch(request(`/v1/batch/${CLOSE}`, { body }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const out = records(await r.text());
    const last = out.at(-1)!;
    expect(last.error).toMatchObject({ type: 'urn:solar-sop:problem:time-limit' });
    expect(last.line).toBe(out.length);
    expect(out.length).toBeLessThan(200);
    await vi.waitFor(() => expect(h.logs.at(-1)).toMatchObject({ truncated: true, lines: out.length }));
  });

  it('logs a batch the client stopped reading as truncated', async () => {
    const h = server();
    const body = Array.from({ length: 300 }, () => JSON.stringify(closeFacts())).join('\n');
    const r = await h.fetch(request(`/v1/batch/${CLOSE}`, { body }));
    const reader = r.body!.getReader();
    await reader.read();
    await reader.cancel();
    await vi.waitFor(() => expect(h.logs.at(-1)).toMatchObject({ truncated: true }));
  });

  it('checks the signature over the whole batch body', async () => {
    const body = `${JSON.stringify(closeFacts())}\n`;
    const good = await server().fetch(request(`/v1/batch/${CLOSE}`, { body, key: null, headers: { 'x-solar-sop-signature': sign(body) } }));
    expect(records(await good.text())).toHaveLength(1);
    const bad = await server().fetch(request(`/v1/batch/${CLOSE}`, { body: `${body}\n`, key: null, headers: { 'x-solar-sop-signature': sign(body) } }));
    expect(bad.status).toBe(401);
  });

  it('answers 415 without an NDJSON Content-Type and 413 beyond the body limit', async () => {
    const json = await server().fetch(request(`/v1/batch/${CLOSE}`, { body: '{}', type: 'application/json' }));
    expect(json.status).toBe(415);
    expect(json.headers.get('accept-post')).toBe('application/x-ndjson');
    const big = await server({ bodyLimit: 10 }).fetch(request(`/v1/batch/${CLOSE}`, { body: '{}\n{}\n{}\n{}\n' }));
    expect(big.status).toBe(413);
  });
});

describe('GET routes', () => {
  it('lists the procedures', async () => {
    const r = await server().fetch(request('/v1/procedures'));
    const body = (await r.json()) as { procedures: { id: string; examples: string[] }[] };
    expect(body.procedures.map((p) => p.id)).toEqual(procedures.map((p) => p.id));
    expect(body.procedures.find((p) => p.id === CLOSE)).toMatchObject({ functionName: 'closeEligibility', usesNow: true, examples: expect.arrayContaining(['customer-confirmed']) });
  });

  it('answers HEAD like GET without a body', async () => {
    const r = await server().fetch(request('/v1/procedures', { method: 'HEAD' }));
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('');
  });

  it("serves a procedure's facts JSON Schema", async () => {
    const r = await server().fetch(request(`/v1/procedures/${CLOSE}/schema`));
    expect(r.headers.get('content-type')).toBe('application/schema+json');
    const schema = (await r.json()) as { title: string; properties: Record<string, unknown> };
    expect(schema.title).toBe(CLOSE);
    expect(schema.properties.now).toMatchObject({ type: 'string', format: 'date-time' });
    expect((await server().fetch(request('/v1/procedures/nope/schema'))).status).toBe(404);
  });

  it('serves the OpenAPI document, the same each time', async () => {
    const h = server();
    const first = await (await h.fetch(request('/openapi.json'))).json();
    expect(first).toMatchObject({ openapi: '3.1.0' });
    expect(await (await h.fetch(request('/openapi.json'))).json()).toEqual(first);
  });
});

describe('errors, headers and logs', () => {
  it('answers 404 for an unknown route and 405 with Allow for a wrong method', async () => {
    const missing = await server().fetch(request('/v2/anything'));
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).type).toBe('urn:solar-sop:problem:not-found');
    const wrong = await server().fetch(request(`/v1/decide/${CLOSE}`));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    const put = await server().fetch(request('/v1/procedures', { method: 'PUT', body: '{}' }));
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect((await problemOf(put)).detail).toBe('PUT is not allowed on /v1/procedures; use GET or HEAD.');
  });

  it('keeps a well-formed X-Request-Id and replaces anything else', async () => {
    const kept = await server().fetch(request('/v1/procedures', { headers: { 'x-request-id': 'jira-rule-42.run-7' } }));
    expect(kept.headers.get('x-request-id')).toBe('jira-rule-42.run-7');
    const replaced = await server().fetch(request('/v1/procedures', { headers: { 'x-request-id': 'bad id <script>' } }));
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one access record per request, with no facts in it', async () => {
    const h = server();
    const facts = { ...closeFacts(), customerName: 'Dana Reyes' };
    await h.fetch(request(`/v1/decide/${CLOSE}`, { body: JSON.stringify(facts) }));
    expect(h.logs).toHaveLength(1);
    const entry = h.logs[0]!;
    expect(entry).toMatchObject({ time: FIXED_NOW, level: 'info', event: 'request', method: 'POST', path: `/v1/decide/${CLOSE}`, status: 422, procedure: CLOSE });
    expect(entry.ms).toBeGreaterThanOrEqual(0);
    expect(entry.bytes).toBeGreaterThan(0);
    expect(JSON.stringify(h.logs)).not.toContain('Dana');
  });

  it('logs requests that name no procedure without one', async () => {
    const h = server();
    await h.fetch(request('/v1/procedures'));
    expect(h.logs[0]).not.toHaveProperty('procedure');
  });

  it('works without a log sink', async () => {
    const h = createHandler({ apiKeys: [KEY] });
    expect((await h.fetch(request('/v1/procedures'))).status).toBe(200);
  });

  it('sends no CORS headers unless configured', async () => {
    const r = await server().fetch(request('/v1/procedures', { headers: { origin: 'https://support.example.com' } }));
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers CORS preflights and requests from configured origins only', async () => {
    const h = server({ cors: { origins: ['https://support.example.com'], maxAgeSeconds: 600 } });
    const preflight = await h.fetch(
      new Request(`${BASE}/v1/decide/${CLOSE}`, {
        method: 'OPTIONS',
        headers: { origin: 'https://support.example.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://support.example.com');
    expect(preflight.headers.get('access-control-max-age')).toBe('600');
    expect(h.logs.at(-1)).toMatchObject({ status: 204, bytes: 0 });
    const other = await h.fetch(request('/v1/procedures', { headers: { origin: 'https://evil.example' } }));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const noAge = createHandler({ apiKeys: [KEY], cors: { origins: ['*'] } });
    expect((await noAge.fetch(request('/v1/procedures', { headers: { origin: 'https://a.example' } }))).headers.get('access-control-allow-origin')).toBe('*');
  });
});
