import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { factsJsonSchema, policyJsonSchema } from '../../src/json-schema.js';
import { Instant } from '../../src/_lib/time.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { definePolicy } from '../../src/policy/define.js';
import { POLICY_SOURCES } from '../../src/policy/sources.js';
import { procedures } from '../../src/procedures.js';
import { PvWattsEventSchema } from '../../src/pv-watts-outage/schema.js';
import { inputError } from '../_helpers/contract.js';
import { replaceAt } from '../_helpers/mutate.js';

// A real JSON Schema 2020-12 validator. Formats are annotations (ajv-formats is not installed), so
// dates are checked by the patterns the schemas carry beside `format`.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });

/** Every place inside a JSON value: its path and the value there. */
function places(value: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  const inner = value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => places(v, [...path, Array.isArray(value) ? Number(k) : k])) : [];
  return [[path, value], ...inner];
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/i;

/** A value of another JSON type than `v`. */
function wrongType(v: unknown): unknown {
  if (typeof v === 'string') return 42;
  if (typeof v === 'number') return '42';
  if (typeof v === 'boolean') return 'yes';
  if (Array.isArray(v)) return { items: v };
  return 'an object was expected';
}

describe('factsJsonSchema (JSON Schema 2020-12, checked with ajv)', () => {
  for (const p of procedures) {
    describe(p.id, () => {
      const schema = factsJsonSchema(p.id);
      const validate = ajv.compile(schema);

      it('is a 2020-12 document with a title, a description on every property, and no unknown fields', () => {
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schema.title).toBe(p.id);
        expect(schema.description).toContain(p.functionName);
        for (const [path, node] of places(schema)) {
          if (node === null || typeof node !== 'object' || !('properties' in node)) continue;
          expect((node as { additionalProperties?: unknown }).additionalProperties, path.join('.')).toBe(false);
          for (const [key, property] of Object.entries((node as { properties: Record<string, { description?: string }> }).properties)) {
            expect(property.description, `${path.join('.')}.${key}`).toBeTruthy();
          }
        }
      });

      it('accepts every bundled example', () => {
        for (const example of p.examples) expect(validate(example.facts), `${example.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      });

      it('rejects each example with an unknown field, with a value of the wrong type, and with a bad date', () => {
        for (const example of p.examples) {
          expect(validate({ ...(example.facts as object), bogusField: true }), example.name).toBe(false);
          for (const [path, value] of places(example.facts)) {
            if (path.length === 0) continue;
            const where = `${example.name} at ${path.join('.')}`;
            // Strings of one field may be free text; a wrong type is wrong for every field.
            expect(validate(setAt(example.facts, path, wrongType(value))), `${where}: wrong type`).toBe(false);
            if (typeof value === 'string' && DATE.test(value)) {
              for (const bad of ['2026-11-23T09:30:00Z', '23/11/2026', 'tomorrow']) expect(validate(setAt(example.facts, path, bad)), `${where}: ${bad}`).toBe(false);
            }
            if (typeof value === 'string' && INSTANT.test(value)) {
              for (const bad of ['2026-11-23T09:30:00', '2026-11-23', '2026-11-23 09:30Z', 'now']) expect(validate(setAt(example.facts, path, bad)), `${where}: ${bad}`).toBe(false);
            }
          }
        }
      });

      it('never rejects facts the procedure accepts (examples with one value replaced, fast-check)', () => {
        const examples = p.examples.map((e) => e.facts);
        const values = fc.oneof(fc.jsonValue(), fc.constantFrom('2026-11-23T10:00Z', '2026-11-23t10:00:00.123456789+05:30', '2026-02-28', ' x ', true, 0));
        fc.assert(
          fc.property(fc.constantFrom(...examples), fc.nat(), values, (facts, at, v) => {
            const input = replaceAt(facts, at, v);
            if ((p.schema as z.ZodMiniType).safeParse(input).success) expect(validate(input), ajv.errorsText(validate.errors)).toBe(true);
          }),
        );
      });
    });
  }

  it('validates every shipped example file (src/*/examples/*.json) against its procedure’s schema', () => {
    const files = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory() && readdirSync(`src/${d.name}`).includes('examples'))
      .flatMap((d) => readdirSync(`src/${d.name}/examples`).map((f) => `src/${d.name}/examples/${f}`));
    expect(files.length).toBe(procedures.length);
    for (const file of files) {
      const { procedure, examples } = JSON.parse(readFileSync(file, 'utf8')) as { procedure: string; examples: { name: string; facts: unknown }[] };
      const validate = ajv.compile(factsJsonSchema(procedure));
      for (const e of examples) expect(validate(e.facts), `${file} ${e.name}`).toBe(true);
    }
  });

  it('takes one of the library’s schemas too, and the CLI’s factsJsonSchema is this one', () => {
    const event = factsJsonSchema(PvWattsEventSchema);
    expect(event.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validate(event, { type: 'consent-declined', at: '2026-11-23T17:00:00Z' })).toBe(true);
    expect(ajv.validate(event, { type: 'consent-declined', at: '2026-11-23T17:00:00' })).toBe(false);
  });

  it('describes an instant that has no description of its own', () => {
    const schema = factsJsonSchema(z.strictObject({ at: Instant }));
    expect((schema.properties as Record<string, unknown>).at).toEqual({
      type: 'string',
      format: 'date-time',
      pattern: expect.any(String),
      description: 'ISO 8601 date-time with a UTC offset, such as 2026-11-23T09:30:00-07:00',
    });
  });

  it('gives a fresh document each call', () => {
    expect(factsJsonSchema('service-desk/close-eligibility')).not.toBe(factsJsonSchema('service-desk/close-eligibility'));
    expect(factsJsonSchema('service-desk/close-eligibility')).toEqual(factsJsonSchema('service-desk/close-eligibility'));
  });

  it('rejects an unknown procedure id with the nearest id', () => {
    const error = inputError(() => factsJsonSchema('service-desk/close-eligibilty'));
    expect(error.subject).toBe('factsJsonSchema');
    expect(error.issues[0]).toMatchObject({ path: ['procedure'], code: 'unknown_procedure' });
    expect(error.issues[0]?.message).toContain('did you mean "service-desk/close-eligibility"?');
  });
});

describe('policyJsonSchema (JSON Schema 2020-12, checked with ajv)', () => {
  const schema = policyJsonSchema();
  const validate = ajv.compile(schema);
  const values = JSON.parse(JSON.stringify(defaultPolicy)) as Record<string, unknown>;

  it('accepts the default policy’s values, and overrides of only a name and a version', () => {
    expect(validate(values), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ name: 'acme', version: '1' })).toBe(true);
    expect(validate({ name: 'acme', version: '1', ptoDelay: { gracePeriodDays: 45 }, calendar: { holidays: { dates: ['2026-12-24'] } } })).toBe(true);
  });

  it('accepts what definePolicy accepts (the default values, renamed)', () => {
    const overrides = { ...values, name: 'acme', version: '2' };
    expect(() => definePolicy(overrides as never)).not.toThrow();
    expect(validate(overrides)).toBe(true);
  });

  it('rejects a missing name, an unknown value, a value of the wrong type and a bad date', () => {
    expect(validate({ version: '1' })).toBe(false);
    expect(validate({ name: 'acme', version: '1', ptoDelay: { gracePeriod: 45 } })).toBe(false);
    expect(validate({ name: 'acme', version: '1', bogus: true })).toBe(false);
    expect(validate({ name: 'acme', version: '1', ptoDelay: { gracePeriodDays: 'sixty' } })).toBe(false);
    expect(validate({ name: 'acme', version: '1', ptoDelay: { gracePeriodDays: 1.5 } })).toBe(false);
    expect(validate({ name: 'acme', version: '1', calendar: { closures: ['24/12/2026'] } })).toBe(false);
    expect(validate({ name: 'acme', version: '1', calendar: { holidays: 'all' } })).toBe(false);
  });

  it('describes each value from POLICY_SOURCES, dates as format date', () => {
    const properties = schema.properties as Record<string, { description?: string; properties?: Record<string, Record<string, unknown>> }>;
    expect(properties.ptoDelay?.properties?.gracePeriodDays?.description).toBe(POLICY_SOURCES['ptoDelay.gracePeriodDays']?.description);
    expect(properties.calendar?.properties?.timeZone?.description).toBe(POLICY_SOURCES['calendar.timeZone']?.description);
    expect(properties.calendar?.properties?.closures?.items).toMatchObject({ format: 'date' });
    expect(properties.name?.description).toContain('recorded in every decision');
    expect(schema.required).toEqual(['name', 'version']);
  });
});
