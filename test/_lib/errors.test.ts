import * as z from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DecisionBuilder, type SafeResult } from '../../src/_lib/decision.js';
import { contentHash } from '../../src/_lib/hash.js';
import { LIBRARY_VERSION } from '../../src/_lib/version.js';
import { definePolicy } from '../../src/policy/define.js';
import { internalsOf } from '../../src/policy/brand.js';
import { formatPath, SopInputError, TemplateError } from '../../src/_lib/errors.js';
import { safe } from '../../src/_lib/safe.js';
import { parseInput } from '../../src/_lib/validate.js';
import { ConsentRequiredError, InvalidTransitionError } from '../../src/pv-watts-outage/errors.js';
import { initialPvWattsState, pvWattsOutage } from '../../src/pv-watts-outage/step.js';
import { inputError } from '../_helpers/contract.js';

describe('SopInputError', () => {
  it('lists every issue with its path in the message', () => {
    const error = new SopInputError('demo/thing', [
      { path: ['site', 'city'], message: 'is required', code: 'invalid_type' },
      { path: ['followUps', 2], message: 'is after now', code: 'after_now' },
    ]);
    expect(error.name).toBe('SopInputError');
    expect(error.message).toBe('Invalid input for demo/thing (2 problems):\n  - site.city: is required\n  - followUps[2]: is after now');
    expect(new SopInputError('x', [{ path: [], message: 'bad', code: 'c' }]).message).toBe('Invalid input for x (1 problem):\n  - (root): bad');
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });
});

describe('TemplateError', () => {
  it('names the template and each variable', () => {
    const error = new TemplateError('t/1', [{ variable: 'name', message: 'is missing' }]);
    expect(error.message).toBe('Template t/1 cannot be used:\n  - name: is missing');
    expect(error.templateId).toBe('t/1');
  });

  it('is named TemplateError and lists several issues one per line', () => {
    const error = new TemplateError('t/2', [
      { variable: 'name', message: 'is missing' },
      { variable: 'amount', message: 'is empty' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TemplateError');
    expect(error.message).toBe('Template t/2 cannot be used:\n  - name: is missing\n  - amount: is empty');
    expect(error.issues).toEqual([
      { variable: 'name', message: 'is missing' },
      { variable: 'amount', message: 'is empty' },
    ]);
  });
});

describe('parseInput', () => {
  const schema = z.strictObject({ a: z.string(), b: z.number(), c: z.enum(['x', 'y']), d: z.array(z.string()).min(1) });

  it('turns zod issues into sentences with paths', () => {
    try {
      parseInput(schema, { b: null, c: 'z', d: [], e: 1 }, 'demo');
      expect.unreachable();
    } catch (error) {
      const e = error as SopInputError;
      expect(e.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['a', 'is required (expected string)'],
        ['b', 'expected number, got null'],
        ['c', 'expected one of "x", "y"'],
        ['d', 'must have at least 1 item'],
        ['', 'unknown field "e" (check the spelling)'],
      ]);
    }
  });

  it('describes arrays, plural unknown keys and nested paths', () => {
    const nested = z.strictObject({ o: z.strictObject({ n: z.string() }) });
    const e = (() => {
      try {
        parseInput(nested, { o: { n: [1] }, p: 1, q: 2 }, 'demo');
      } catch (error) {
        return error as SopInputError;
      }
      throw new Error('no error');
    })();
    expect(e.issues.map((i) => i.message)).toEqual(['expected string, got array', 'unknown fields "p", "q" (check the spelling)']);
    expect(e.issues[0]?.path).toEqual(['o', 'n']);
  });

  it('reads through non-object values on the path', () => {
    const s = z.strictObject({ o: z.strictObject({ n: z.string() }) });
    expect(() => parseInput(s, { o: 'text' }, 'demo')).toThrow(/o: expected object, got string/);
  });

  it.each([
    [z.array(z.string()).min(2), [], 'must have at least 2 items'],
    [z.array(z.string()).max(1), ['a', 'b'], 'must have at most 1 item'],
    [z.string().min(3), 'ab', 'must have at least 3 characters'],
    [z.string().max(1), 'ab', 'must have at most 1 character'],
    [z.number().min(0), -1, 'must be at least 0'],
    [z.number().positive(), 0, 'must be greater than 0'],
    [z.number().max(5), 6, 'must be at most 5'],
    [z.number().lt(5), 5, 'must be less than 5'],
    [z.number().min(1, 'custom words'), 0, 'custom words'],
  ])('words size limits plainly (%#)', (schema, value, message) => {
    // The whole message, not a part of it: "at most 1 item" must not pass for "at most 1 items".
    expect(inputError(() => parseInput(schema, value, 'demo')).issues.map((i) => i.message)).toEqual([message]);
  });

  it('returns the parsed data', () => {
    expect(parseInput(schema, { a: 'a', b: 1, c: 'x', d: ['d'] }, 'demo')).toEqual({ a: 'a', b: 1, c: 'x', d: ['d'] });
  });
});

describe('safe', () => {
  it('returns the decision or the input error, and rethrows anything else', () => {
    const ok = safe((n: number) => n * 2, 2);
    expect(ok).toEqual({ ok: true, decision: 4 });
    const bad = safe(() => {
      throw new SopInputError('x', [{ path: [], message: 'bad', code: 'c' }]);
    });
    expect(bad.ok).toBe(false);
    expect(() => safe(() => { throw new TypeError('defect'); })).toThrow(TypeError);
  });

  it('returns every documented error of a decision as data: a switch without consent, an impossible event', () => {
    const { state } = pvWattsOutage(initialPvWattsState({ name: 'Acme Solar' }), {
      type: 'issue-reported', at: '2026-11-23T17:00:00Z', pvWattsEnabled: true, channel: 'chat', contactName: 'Dana',
    });
    const consent = safe(pvWattsOutage, state, { type: 'switch-requested', at: '2026-11-23T17:05:00Z' });
    expect(consent.ok === false && consent.error).toBeInstanceOf(ConsentRequiredError);
    expect(consent.ok === false && consent.error.name).toBe('ConsentRequiredError');
    const transition = safe(pvWattsOutage, initialPvWattsState({ name: 'Acme Solar' }), { type: 'consent-declined', at: '2026-11-23T17:00:00Z' });
    expect(transition.ok === false && transition.error).toBeInstanceOf(InvalidTransitionError);
    expectTypeOf(transition).toEqualTypeOf<SafeResult<ReturnType<typeof pvWattsOutage>>>();
    if (!transition.ok) expectTypeOf(transition.error).toEqualTypeOf<SopInputError | ConsentRequiredError | InvalidTransitionError>();
  });

  it('rethrows a TemplateError or RangeError: from a decision they are defects', () => {
    expect(() => safe(() => { throw new TemplateError('t', [{ variable: 'v', message: 'is missing' }]); })).toThrow(TemplateError);
    expect(() => safe(() => { throw new RangeError('defect'); })).toThrow(RangeError);
  });
});

describe('SopInputError with many problems', () => {
  const issues = Array.from({ length: 1234 }, (_, i) => ({ path: ['followUps', i], message: 'is not an instant', code: 'custom' }));

  it('lists the first 50 and counts the rest, in the message and as data', () => {
    const error = new SopInputError('service-desk/close-eligibility', issues);
    expect(error.issues).toHaveLength(50);
    expect(error.issues[49]?.path).toEqual(['followUps', 49]);
    expect(error.omitted).toBe(1184);
    expect(error.message.split('\n')).toHaveLength(52);
    expect(error.message).toMatch(/^Invalid input for service-desk\/close-eligibility \(1234 problems\):/);
    expect(error.message.endsWith('\n  … and 1184 more problems not listed')).toBe(true);
  });

  it('lists every problem up to 50, and says "1 more" for 51', () => {
    expect(new SopInputError('x', issues.slice(0, 50)).omitted).toBe(0);
    expect(new SopInputError('x', issues.slice(0, 50)).message).not.toMatch(/more problem/);
    expect(new SopInputError('x', issues.slice(0, 51)).message).toMatch(/… and 1 more problem not listed$/);
  });
});

describe('DecisionBuilder', () => {
  it('builds a decision with the policy reference only', () => {
    const b = new DecisionBuilder({ z: [1, 2], a: 'x' });
    b.fired({ id: 'm/r', source: { seed: '003_137eaa1282337539.txt', section: 'All others' } }, 'why');
    b.say({ templateId: 't', audience: 'homeowner', text: 'hello' });
    b.reply({ templateId: 'u', audience: 'installer', text: 'hi' }, 'send it');
    b.reply({ templateId: 'v', audience: 'homeowner', channel: 'chat', text: 'yo' }, 'chat it');
    b.act({ kind: 'stop', summary: 'Stop.' });
    const policy = definePolicy({ name: 'n', version: 'v' });
    const d = b.build('m/p', 'done', policy, { count: 2 });
    expect(d).toEqual({
      procedure: 'm/p',
      outcome: 'done',
      actions: [
        { kind: 'reply', to: 'installer', templateId: 'u', summary: 'send it' },
        { kind: 'reply', to: 'homeowner', channel: 'chat', templateId: 'v', summary: 'chat it' },
        { kind: 'stop', summary: 'Stop.' },
      ],
      messages: [
        { templateId: 't', audience: 'homeowner', text: 'hello' },
        { templateId: 'u', audience: 'installer', text: 'hi' },
        { templateId: 'v', audience: 'homeowner', channel: 'chat', text: 'yo' },
      ],
      trace: [{ rule: 'm/r', source: { seed: '003_137eaa1282337539.txt', section: 'All others' }, detail: 'why' }],
      policy: { name: 'n', version: 'v' },
      stamp: { library: LIBRARY_VERSION, policy: { name: 'n', version: 'v', revision: null, hash: internalsOf(policy).stamp.hash }, facts: contentHash({ a: 'x', z: [1, 2] }) },
      count: 2,
    });
  });
});
