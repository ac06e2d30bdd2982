import { validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { procedures } from '../../src/procedures.js';
import { componentName, openApiDocument } from '../../src/server/openapi.js';

const doc = openApiDocument(procedures, pkg.version) as {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

/** ajv over the document's component schemas, so `#/components/schemas/...` references resolve. */
let shared: ((name: string, value: unknown) => string[]) | undefined;
function validator() {
  shared ??= makeValidator();
  return shared;
}

function makeValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date-time', true);
  ajv.addFormat('date', true);
  ajv.addSchema({ $id: 'doc', components: doc.components }, 'doc');
  return (name: string, value: unknown) => {
    const check = ajv.getSchema(`doc#/components/schemas/${name}`)!;
    const ok = check(value);
    return ok ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (@readme/openapi-parser)', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has decide, batch and schema paths for every procedure, and the list, document and health routes', () => {
    const expected = ['/v1/procedures', '/openapi.json', '/healthz'];
    for (const p of procedures) expected.push(`/v1/decide/${p.id}`, `/v1/batch/${p.id}`, `/v1/procedures/${p.id}/schema`);
    expect(Object.keys(doc.paths).sort()).toEqual(expected.sort());
    expect(doc.paths['/healthz']!.get).toMatchObject({ security: [] });
  });

  it("describes every procedure's facts and decision, with its outcomes", () => {
    for (const p of procedures) {
      const name = componentName(p.id);
      expect(doc.components.schemas[`${name}Facts`]).toMatchObject({ title: p.id });
      expect(JSON.stringify(doc.components.schemas[`${name}Decision`])).toContain(JSON.stringify([...p.outcomes]));
    }
    expect(componentName('service-desk/close-eligibility')).toBe('ServiceDeskCloseEligibility');
  });

  it("accepts every bundled example's facts, and the decision the library makes from them", () => {
    const check = validator();
    for (const p of procedures) {
      const name = componentName(p.id);
      for (const example of p.examples) {
        expect(check(`${name}Facts`, example.facts), `${p.id} ${example.name} facts`).toEqual([]);
        const result = JSON.parse(JSON.stringify(p.decide(example.facts, example.options))) as unknown;
        expect(check(`${name}Decision`, result), `${p.id} ${example.name} decision`).toEqual([]);
      }
    }
  }, 60_000);

  it('rejects a decision with an outcome the procedure does not have, or an action of unknown kind', () => {
    const check = validator();
    const p = procedures.find((q) => q.id === 'service-desk/close-eligibility')!;
    const decision = JSON.parse(JSON.stringify(p.decide(p.examples[0]!.facts))) as Record<string, unknown>;
    expect(check('ServiceDeskCloseEligibilityDecision', { ...decision, outcome: 'maybe' })).not.toEqual([]);
    expect(check('ServiceDeskCloseEligibilityDecision', { ...decision, actions: [{ kind: 'dance', summary: 'x' }] })).not.toEqual([]);
    expect(check('ServiceDeskCloseEligibilityFacts', { ...(p.examples[0]!.facts as object), unknownField: 1 })).not.toEqual([]);
  });
});
