import { describe, expect, it, vi } from 'vitest';
import type { ProcedureInfo } from '../../src/_lib/procedure.js';
import { createHandler, type LogEntry } from '../../src/server/index.js';
import { KEY, records } from './_helpers.js';

// A procedure with a defect: it throws something that is not an input error. The service must
// answer 500 (or an error record in a batch) without the message or a stack, and log the frames.
vi.mock('../../src/procedures.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/procedures.js')>();
  const broken: ProcedureInfo = {
    id: 'test/broken',
    functionName: 'broken',
    summary: 'Always fails.',
    outcomes: ['never'],
    rules: [],
    schema: original.procedures[0]!.schema,
    usesNow: false,
    decide: (facts) => {
      if ((facts as { string?: boolean }).string) throw 'a string, not an Error';
      throw new TypeError('secret detail from Dana Reyes');
    },
    examples: [],
  };
  return { ...original, findProcedure: (id: string) => (id === broken.id ? broken : original.findProcedure(id)) };
});

function post(path: string, body: string, type = 'application/json'): Request {
  return new Request(`http://localhost${path}`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': type }, body });
}

describe('a defect in a decision', () => {
  it('answers 500 with the request id and no message or stack, and logs the stack frames', async () => {
    const logs: LogEntry[] = [];
    const h = createHandler({ apiKeys: [KEY], log: (e) => logs.push(e) });
    const r = await h.fetch(post('/v1/decide/test/broken', '{}'));
    expect(r.status).toBe(500);
    const text = await r.text();
    expect(text).not.toContain('Dana');
    expect(text).not.toMatch(/\bat /);
    const p = JSON.parse(text) as { type: string; requestId: string; detail: string };
    expect(p.type).toBe('urn:solar-sop:problem:internal');
    expect(p.detail).toContain(p.requestId);
    const error = logs.find((e) => e.event === 'error')!;
    expect(error).toMatchObject({ level: 'error', error: 'TypeError', requestId: p.requestId });
    expect(error.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(logs)).not.toContain('Dana');
  });

  it('survives a thrown non-Error, with or without a log sink', async () => {
    const r = await createHandler({ apiKeys: [KEY] }).fetch(post('/v1/decide/test/broken', '{"string":true}'));
    expect(r.status).toBe(500);
    const logs: LogEntry[] = [];
    await createHandler({ apiKeys: [KEY], log: (e) => logs.push(e) }).fetch(post('/v1/decide/test/broken', '{"string":true}'));
    expect(logs.find((e) => e.event === 'error')).toMatchObject({ stack: undefined });
  });

  it('gives an error record for that line in a batch, and the batch goes on', async () => {
    const logs: LogEntry[] = [];
    const h = createHandler({ apiKeys: [KEY], log: (e) => logs.push(e) });
    const r = await h.fetch(post('/v1/batch/test/broken', '{}\n{}\n', 'application/x-ndjson'));
    const out = records(await r.text());
    expect(out.map((o) => [o.line, (o.error as { type: string }).type])).toEqual([
      [1, 'urn:solar-sop:problem:internal'],
      [2, 'urn:solar-sop:problem:internal'],
    ]);
    expect(JSON.stringify(out)).not.toContain('Dana');
    await vi.waitFor(() => expect(logs.filter((e) => e.event === 'error')).toHaveLength(2));
    await createHandler({ apiKeys: [KEY] }).fetch(post('/v1/batch/test/broken', '{}\n', 'application/x-ndjson')).then((res) => res.text());
  });
});
