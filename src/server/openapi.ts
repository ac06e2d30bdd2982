import * as z from 'zod/mini';
import type { ProcedureInfo } from '../_lib/procedure.js';
import { factsJsonSchema } from '../json-schema.js';
import { PvWattsStateSchema } from '../pv-watts-outage/schema.js';
import { DecisionSchema } from './decision-schema.js';

type Json = Record<string, unknown>;

/** Procedures that answer `{ state, decision }`: the state a caller passes to the next step. */
const STATE_SCHEMAS: Readonly<Record<string, z.core.$ZodType>> = { 'pv-watts-outage/step': PvWattsStateSchema };

/** `service-desk/close-eligibility` → `ServiceDeskCloseEligibility`. */
export function componentName(id: string): string {
  return id
    .split(/[/-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function withoutDialect(schema: Json): Json {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemContent = { 'application/problem+json': { schema: ref('Problem') } };
const problemResponse = (description: string) => ({ description, content: problemContent });

const DEFAULTED_NOW = {
  type: 'string',
  format: 'date-time',
  description: 'Present when the facts had no `now`: the server clock’s instant that was used instead.',
};

const ERRORS = {
  '401': { $ref: '#/components/responses/Unauthorized' },
  '404': { $ref: '#/components/responses/NotFound' },
  '413': { $ref: '#/components/responses/BodyTooLarge' },
  '415': { $ref: '#/components/responses/UnsupportedMediaType' },
  '503': { $ref: '#/components/responses/TimeLimit' },
};

function procedurePaths(p: ProcedureInfo): Json {
  const name = componentName(p.id);
  const tag = p.id.split('/')[0] as string;
  const nowNote = p.usesNow ? ' When the facts have no `now`, the server’s clock is used and the response says so in `defaultedNow`.' : '';
  return {
    [`/v1/decide/${p.id}`]: {
      post: {
        operationId: `decide${name}`,
        tags: [tag],
        summary: p.summary,
        description: `Runs \`${p.functionName}\` on the facts. Outcomes: ${p.outcomes.join(', ')}.${nowNote}`,
        requestBody: { required: true, content: { 'application/json': { schema: ref(`${name}Facts`) } } },
        responses: {
          '200': { description: 'The decision.', content: { 'application/json': { schema: ref(`${name}Decision`) } } },
          '400': { $ref: '#/components/responses/InvalidJson' },
          '422': { $ref: '#/components/responses/InvalidFacts' },
          ...ERRORS,
        },
      },
    },
    [`/v1/batch/${p.id}`]: {
      post: {
        operationId: `batch${name}`,
        tags: [tag],
        summary: `${p.summary} (one facts object per line)`,
        description:
          'NDJSON in, NDJSON out, streamed: one record per input line, in order, each with its `line` number. A decided line is the decision (or `{ state, decision }`) with `line` added; a line that cannot be decided is `{ "line": n, "error": Problem }`.',
        requestBody: { required: true, content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
        responses: {
          '200': { description: 'One record per input line.', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
          ...ERRORS,
        },
      },
    },
    [`/v1/procedures/${p.id}/schema`]: {
      get: {
        operationId: `schema${name}`,
        tags: [tag],
        summary: `The JSON Schema of the facts of ${p.id}`,
        responses: {
          '200': { description: 'JSON Schema (draft 2020-12).', content: { 'application/schema+json': { schema: { type: 'object' } } } },
          '401': ERRORS['401'],
          '404': ERRORS['404'],
        },
      },
    },
  };
}

function decisionSchema(p: ProcedureInfo): Json {
  const decision = {
    allOf: [ref('Decision'), { type: 'object', properties: { procedure: { const: p.id }, outcome: { enum: [...p.outcomes] } } }],
  };
  const state = STATE_SCHEMAS[p.id];
  if (state === undefined) return { ...decision, properties: { defaultedNow: DEFAULTED_NOW } };
  return {
    type: 'object',
    required: ['state', 'decision'],
    properties: { state: withoutDialect(factsJsonSchema(state)), decision, defaultedNow: DEFAULTED_NOW },
  };
}

/**
 * The OpenAPI 3.1 description of the service: every procedure's facts (the JSON Schema of its zod
 * schema's input side) and decision, the list and health routes, the two ways to authenticate.
 */
export function openApiDocument(procedures: readonly ProcedureInfo[], version: string): Json {
  const schemas: Json = {
    Decision: withoutDialect(z.toJSONSchema(DecisionSchema) as Json),
    Problem: {
      type: 'object',
      description: 'RFC 9457 problem details.',
      required: ['type', 'title', 'status', 'detail'],
      properties: {
        type: { type: 'string', description: '`urn:solar-sop:problem:<code>`' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string' },
        requestId: { type: 'string' },
        issues: {
          type: 'array',
          description: 'Every bad path in the facts (invalid-facts only).',
          items: {
            type: 'object',
            required: ['path', 'code', 'message'],
            properties: {
              path: { type: 'array', items: { type: ['string', 'integer'] } },
              code: { type: 'string' },
              message: { type: 'string' },
            },
          },
        },
        procedures: { type: 'array', items: { type: 'string' }, description: 'The valid ids (unknown-procedure only).' },
      },
    },
    ProcedureList: {
      type: 'object',
      required: ['procedures'],
      properties: {
        procedures: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'functionName', 'summary', 'outcomes', 'usesNow', 'examples'],
            properties: {
              id: { type: 'string' },
              functionName: { type: 'string' },
              summary: { type: 'string' },
              outcomes: { type: 'array', items: { type: 'string' } },
              usesNow: { type: 'boolean' },
              examples: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  };
  let paths: Json = {
    '/v1/procedures': {
      get: {
        operationId: 'listProcedures',
        summary: 'Every procedure: id, summary, outcomes, whether it uses `now`, example names',
        responses: { '200': { description: 'The procedures.', content: { 'application/json': { schema: ref('ProcedureList') } } }, '401': ERRORS['401'] },
      },
    },
  };
  for (const p of procedures) {
    const name = componentName(p.id);
    schemas[`${name}Facts`] = { title: p.id, description: p.summary, ...withoutDialect(factsJsonSchema(p.schema)) };
    schemas[`${name}Decision`] = decisionSchema(p);
    paths = { ...paths, ...procedurePaths(p) };
  }
  paths['/openapi.json'] = {
    get: {
      operationId: 'openApi',
      summary: 'This document',
      responses: { '200': { description: 'OpenAPI 3.1.', content: { 'application/json': { schema: { type: 'object' } } } }, '401': ERRORS['401'] },
    },
  };
  paths['/healthz'] = {
    get: {
      operationId: 'health',
      summary: 'Liveness: 200 while the server accepts requests (no credentials needed)',
      security: [],
      responses: {
        '200': { description: 'Up.', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } },
        '503': { $ref: '#/components/responses/TimeLimit' },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'solar-sop decision service',
      version,
      description: 'Customer-support procedures as decisions: POST the facts, get the outcome, the actions, the rendered messages and the trace.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    security: [{ apiKey: [] }, { signature: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'One of the keys in SOLAR_SOP_API_KEYS.' },
        signature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Solar-Sop-Signature',
          description: '`sha256=<hex>`: HMAC-SHA256 of the raw body with SOLAR_SOP_HMAC_SECRET.',
        },
      },
      responses: {
        Unauthorized: problemResponse('No valid API key or signature.'),
        NotFound: problemResponse('No such route or procedure (the problem lists the valid ids).'),
        BodyTooLarge: problemResponse('The body is larger than the limit.'),
        UnsupportedMediaType: problemResponse('The Content-Type is not the one the route reads.'),
        TimeLimit: problemResponse('The request took longer than the time limit, or the server is shutting down.'),
        InvalidJson: problemResponse('The body is not valid JSON (or not UTF-8).'),
        InvalidFacts: problemResponse('The facts are invalid (`issues` lists every bad path) or cannot be decided.'),
      },
    },
  };
}
