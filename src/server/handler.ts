import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { LIBRARY_VERSION } from '../_lib/version.js';
import { formatPath, SopInputError, type SopIssue } from '../_lib/errors.js';
import type { ProcedureInfo } from '../_lib/procedure.js';
import { factsJsonSchema } from '../json-schema.js';
import { isPolicy, type Policy } from '../policy/brand.js';
import { findProcedure, procedures } from '../procedures.js';
import { apiKeyChecker, bearerToken, signatureChecker } from './auth.js';
import { ignore, ndjsonLines, nextTurn, readBody } from './body.js';
import { openApiDocument } from './openapi.js';
import { jsonResponse, problem, ProblemError, problemResponse, type Problem } from './problem.js';

/** Which browser origins may call the service (CORS is off without this). */
export interface CorsOptions {
  /** Allowed origins, such as `https://support.example.com`; `*` allows any. */
  readonly origins: readonly string[];
  /** How long a browser may cache a preflight answer, in seconds. */
  readonly maxAgeSeconds?: number;
}

/** One structured log record: an access record per request, or an error the client did not see. */
export interface LogEntry {
  /** ISO 8601 instant, from the server's clock. */
  readonly time: string;
  readonly level: 'info' | 'error';
  readonly event: 'request' | 'error';
  readonly requestId: string;
  readonly method: string;
  /** The path, without the query string. */
  readonly path: string;
  /** Response status (`request` records). */
  readonly status?: number;
  /** Time to the last byte of the response, in milliseconds (`request` records). */
  readonly ms?: number;
  /** Response body bytes (`request` records). */
  readonly bytes?: number;
  /** The procedure id, when the path names a known one. */
  readonly procedure?: string;
  /** Batch requests: records written, and how many of them are errors. */
  readonly lines?: number;
  readonly errors?: number;
  /** Batch requests: the time limit ended the batch before its last line. */
  readonly truncated?: boolean;
  /** `error` records: the error's class name and stack frames (never its message, which may quote facts). */
  readonly error?: string;
  readonly stack?: string;
}

/** Options of {@link createHandler}. */
export interface ServerOptions {
  /** The policy to decide under (made by `definePolicy`); the default policy when absent. */
  readonly policy?: Policy;
  /** Accepted `Authorization: Bearer <key>` keys (several, so they can be rotated); 16 characters or more each. */
  readonly apiKeys?: readonly string[];
  /** Shared secret for `X-Solar-Sop-Signature: sha256=<hex>` (HMAC-SHA256 of the raw body); 16 characters or more. */
  readonly hmacSecret?: string;
  /** Serve without credentials. Only for a trusted network; never together with keys or a secret. */
  readonly insecureNoAuth?: boolean;
  /** Largest request body, in bytes (default 1 MiB = 1,048,576); larger bodies get 413. */
  readonly bodyLimit?: number;
  /** Longest a request may take, in milliseconds (default 10,000); then 503, or a final `time-limit` record in a batch. */
  readonly timeLimitMs?: number;
  /** CORS; off when absent. */
  readonly cors?: CorsOptions;
  /** The server's clock, for the `now` of facts that omit it and for log times (default: the system clock). */
  readonly clock?: () => Date;
  /** Receives one {@link LogEntry} per request and per unexpected error (default: none). Never given facts. */
  readonly log?: (entry: LogEntry) => void;
}

/** What {@link createHandler} returns: a Web-standard fetch handler and a way to swap the policy. */
export interface SopHandler {
  /** Answers one request; never rejects. Bound, so `{ fetch: handler.fetch }` works. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Decides later requests under another policy (the requests in flight keep theirs). */
  readonly setPolicy: (policy: Policy | undefined) => void;
}

interface RequestState {
  readonly requestId: string;
  /** Rejects with the time-limit problem when the request runs out of time. */
  readonly expired: Promise<never>;
  readonly deadline: number;
  procedure?: string;
  /** Set by a batch: settles when its stream ends. */
  streamed?: Promise<{ bytes: number; lines: number; errors: number; truncated: boolean }>;
}

type Env = { Bindings: RequestState; Variables: { authenticated: boolean; signature: string } };

const DEFAULT_BODY_LIMIT = 1_048_576;
const DEFAULT_TIME_LIMIT_MS = 10_000;
const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json$/;
const NDJSON_TYPES = /^application\/(?:x-ndjson|ndjson|jsonl|x-jsonlines|jsonlines)$/;
/** Library errors that mean "these facts cannot be decided", not "the service is broken". */
const INPUT_ERRORS = new Set(['TemplateError', 'ConsentRequiredError', 'InvalidTransitionError']);
const OPTION_KEYS = new Set(['policy', 'apiKeys', 'hmacSecret', 'insecureNoAuth', 'bodyLimit', 'timeLimitMs', 'cors', 'clock', 'log']);
const EMPTY = new Uint8Array(0);

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

/** Every problem with the options, so a misconfigured server refuses to start with all of them at once. */
function checkOptions(options: ServerOptions): void {
  const issues: SopIssue[] = [];
  const add = (path: (string | number)[], code: string, message: string) => issues.push({ path, code, message });
  for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) add([key], 'unrecognized_keys', `is not an option (options are ${[...OPTION_KEYS].join(', ')})`);
  const { apiKeys, hmacSecret, insecureNoAuth } = options;
  if (apiKeys !== undefined) {
    if (!Array.isArray(apiKeys)) add(['apiKeys'], 'invalid_type', 'expected an array of strings');
    else
      apiKeys.forEach((key: unknown, i) => {
        if (typeof key !== 'string' || key.length < 16 || /[\s,]/.test(key)) {
          add(['apiKeys', i], 'weak_key', 'must be a string of 16 or more characters without spaces or commas');
        }
      });
  }
  if (hmacSecret !== undefined && (typeof hmacSecret !== 'string' || hmacSecret.length < 16)) {
    add(['hmacSecret'], 'weak_key', 'must be a string of 16 or more characters');
  }
  const credentials = (Array.isArray(apiKeys) && apiKeys.length > 0) || hmacSecret !== undefined;
  if (insecureNoAuth !== undefined && typeof insecureNoAuth !== 'boolean') add(['insecureNoAuth'], 'invalid_type', 'expected true or false');
  if (insecureNoAuth === true && credentials) add(['insecureNoAuth'], 'conflict', 'turns credentials off; do not also pass apiKeys or hmacSecret');
  if (insecureNoAuth !== true && !credentials) {
    add([], 'no_credentials', 'give apiKeys or hmacSecret (or insecureNoAuth: true on a trusted network): the service renders customer messages');
  }
  if (options.bodyLimit !== undefined && !isPositiveInteger(options.bodyLimit)) add(['bodyLimit'], 'invalid_type', 'expected a whole number of bytes above 0');
  if (options.timeLimitMs !== undefined && !isPositiveInteger(options.timeLimitMs)) {
    add(['timeLimitMs'], 'invalid_type', 'expected a whole number of milliseconds above 0');
  }
  if (options.policy !== undefined && !isPolicy(options.policy)) add(['policy'], 'invalid_policy', 'was not made by definePolicy()');
  if (options.cors !== undefined) {
    const origins = (options.cors as { origins?: unknown } | null)?.origins;
    if (!Array.isArray(origins) || origins.length === 0 || origins.some((o) => typeof o !== 'string' || o === '')) {
      add(['cors', 'origins'], 'invalid_type', 'expected a non-empty array of origins such as "https://support.example.com"');
    }
  }
  for (const key of ['clock', 'log'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'function') add([key], 'invalid_type', 'expected a function');
  }
  if (issues.length > 0) throw new SopInputError('solar-sop/server options', issues);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** The stack frames of an error, without its first line (the message may quote facts). */
function framesOf(error: unknown): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  return stack?.split('\n').slice(1).join('\n');
}

function mediaType(c: Context<Env>): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function requireMediaType(c: Context<Env>, accepted: RegExp, expected: string): void {
  const type = mediaType(c);
  if (!accepted.test(type)) {
    throw new ProblemError(
      problem('unsupported-media-type', `${c.req.path} reads ${expected}; the request's Content-Type is ${type === '' ? 'missing' : `"${type}"`}.`, {
        instance: c.req.path,
      }),
      { 'accept-post': expected },
    );
  }
}

/** Decides facts through the registry; `defaultedNow` is set when the server filled in `now`. */
function decideFacts(p: ProcedureInfo, facts: unknown, policy: Policy | undefined, now: () => string): Record<string, unknown> {
  let defaultedNow: string | undefined;
  if (p.usesNow && facts !== null && typeof facts === 'object' && !Array.isArray(facts) && !('now' in facts)) {
    defaultedNow = now();
    facts = { ...facts, now: defaultedNow };
  }
  const result = p.decide(facts, policy === undefined ? undefined : { policy }) as Record<string, unknown>;
  return defaultedNow === undefined ? result : { ...result, defaultedNow };
}

/** The problem for an error a decision threw, or `undefined` for a defect. */
function inputProblem(error: unknown): Problem | undefined {
  if (error instanceof SopInputError) {
    const list = error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
    return problem('invalid-facts', `${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} with the facts: ${list}`, { issues: error.issues });
  }
  if (error instanceof Error && INPUT_ERRORS.has(error.name)) return problem('invalid-input', error.message, { error: error.name });
  return undefined;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Only JSON whitespace (space, tab, CR). */
function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = fatalUtf8.decode(bytes);
  } catch {
    throw new ProblemError(problem('invalid-json', 'The body is not valid UTF-8.'));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProblemError(problem('invalid-json', `The body is not valid JSON: ${(error as Error).message}`));
  }
}

/**
 * A Web-standard `fetch` handler for the decision service, built on Hono: the same code runs on
 * Node (see `solar-sop serve`), Cloudflare Workers, Deno, Bun and serverless functions. It holds no
 * state besides its options, so it scales by running more copies.
 *
 * Routes: `POST /v1/decide/{procedure}`, `POST /v1/batch/{procedure}` (NDJSON), `GET /v1/procedures`,
 * `GET /v1/procedures/{procedure}/schema`, `GET /openapi.json`, `GET /healthz` (the only route open
 * without credentials). Errors are RFC 9457 `application/problem+json`.
 *
 * @param options - credentials (required unless `insecureNoAuth`), policy, limits, CORS, clock, log sink
 * @returns the handler; `fetch` never rejects
 * @throws SopInputError when the options are invalid or name no credentials
 *
 * @example
 * ```ts
 * import { createHandler } from 'solar-sop/server';
 * const { fetch } = createHandler({ apiKeys: ['k3y-0f-at-least-16-chars'], clock: () => new Date('2026-11-24T10:00:00Z') });
 * const response = await fetch(
 *   new Request('http://localhost/v1/decide/service-desk/close-eligibility', {
 *     method: 'POST',
 *     headers: { authorization: 'Bearer k3y-0f-at-least-16-chars', 'content-type': 'application/json' },
 *     body: JSON.stringify({
 *       customerConfirmedResolved: true, believedResolved: false, confirmationRequests: [], blockedOnCustomerInput: false,
 *       followUps: [], customerReplies: [], devTickets: [],
 *     }),
 *   }),
 * );
 * const decision = await response.json();
 * [response.status, decision.outcome, decision.defaultedNow]; //=> [200, 'eligible', '2026-11-24T10:00:00.000Z']
 * ```
 */
export function createHandler(options: ServerOptions = {}): SopHandler {
  checkOptions(options);
  let policy = options.policy;
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const clock = options.clock ?? (() => new Date());
  const log = options.log;
  const auth = options.insecureNoAuth !== true;
  const checkKey = options.apiKeys?.length ? apiKeyChecker(options.apiKeys) : undefined;
  const checkSignature = options.hmacSecret === undefined ? undefined : signatureChecker(options.hmacSecret);
  const challenges = [checkKey && 'Bearer realm="solar-sop"', checkSignature && 'Solar-Sop-Signature realm="solar-sop"'].filter(Boolean).join(', ');
  let openApi: Record<string, unknown> | undefined;
  const now = () => clock().toISOString();

  const unauthorized = (path: string, given: boolean) =>
    new ProblemError(
      problem(
        'unauthorized',
        given
          ? 'The API key or the signature is not valid.'
          : 'Send Authorization: Bearer <key> or X-Solar-Sop-Signature: sha256=<HMAC-SHA256 of the body>.',
        { instance: path },
      ),
      { 'www-authenticate': challenges },
    );

  function procedureOr404(c: Context<Env>): ProcedureInfo {
    const id = c.req.param('id') as string;
    const p = findProcedure(id);
    if (!p) {
      const ids = procedures.map((q) => q.id);
      throw new ProblemError(problem('unknown-procedure', `No procedure "${id}". Procedures: ${ids.join(', ')}.`, { instance: c.req.path, procedures: ids }));
    }
    c.env.procedure = p.id;
    return p;
  }

  /** Reads the body, then checks the signature over it when no API key authenticated the request. */
  async function authenticatedBody(c: Context<Env>): Promise<Uint8Array> {
    const body = await readBody(c.req.raw, bodyLimit, c.env.expired);
    if (!c.get('authenticated') && !(await checkSignature!(c.get('signature'), body))) throw unauthorized(c.req.path, true);
    return body;
  }

  const app = new Hono<Env>({ strict: true });
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          problem('method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(' or ')}.`, {
            instance: c.req.path,
            requestId: c.env.requestId,
          }),
          {
            allow: methods.join(', '),
          },
        ),
    }),
  );
  if (options.cors) {
    app.use(
      cors({
        origin: options.cors.origins.includes('*') ? '*' : [...options.cors.origins],
        allowMethods: ['GET', 'HEAD', 'POST'],
        allowHeaders: ['Authorization', 'Content-Type', 'X-Solar-Sop-Signature', 'X-Request-Id'],
        exposeHeaders: ['X-Request-Id'],
        ...(options.cors.maxAgeSeconds === undefined ? {} : { maxAge: options.cors.maxAgeSeconds }),
      }),
    );
  }
  // Open, so load balancers and orchestrators can probe it without a key.
  app.get('/healthz', () => jsonResponse({ status: 'ok' }, 200, { 'cache-control': 'no-store' }));

  app.use(async (c, next) => {
    if (!auth) {
      c.set('authenticated', true);
      return next();
    }
    const token = bearerToken(c.req.header('authorization') ?? null);
    if (token !== undefined && checkKey?.(token) === true) {
      c.set('authenticated', true);
      return next();
    }
    const signature = c.req.header('x-solar-sop-signature');
    if (signature !== undefined && checkSignature) {
      // A POST's signature is checked once its body has been read (within the body limit).
      if (c.req.method === 'POST') {
        c.set('authenticated', false);
        c.set('signature', signature);
        return next();
      }
      if (await checkSignature(signature, EMPTY)) {
        c.set('authenticated', true);
        return next();
      }
    }
    throw unauthorized(c.req.path, token !== undefined || signature !== undefined);
  });

  app.get('/v1/procedures', () =>
    jsonResponse(
      {
        procedures: procedures.map((p) => ({
          id: p.id,
          functionName: p.functionName,
          summary: p.summary,
          outcomes: p.outcomes,
          usesNow: p.usesNow,
          examples: p.examples.map((e) => e.name),
        })),
      },
      200,
    ),
  );
  app.get('/v1/procedures/:id{.+}/schema', (c) => {
    const p = procedureOr404(c);
    return jsonResponse({ title: p.id, description: p.summary, ...factsJsonSchema(p.schema) }, 200, {}, 'application/schema+json');
  });
  // Built on first request: the document is about 150 kB and most servers are never asked for it.
  app.get('/openapi.json', () => {
    openApi ??= openApiDocument(procedures, LIBRARY_VERSION);
    return jsonResponse(openApi, 200);
  });

  app.post('/v1/decide/:id{.+}', async (c) => {
    const p = procedureOr404(c);
    requireMediaType(c, JSON_TYPES, 'application/json');
    const facts = parseJson(await authenticatedBody(c));
    try {
      return jsonResponse(decideFacts(p, facts, policy, now), 200);
    } catch (error) {
      const found = inputProblem(error);
      if (found) throw new ProblemError(found);
      throw error;
    }
  });

  app.post('/v1/batch/:id{.+}', async (c) => {
    const p = procedureOr404(c);
    requireMediaType(c, NDJSON_TYPES, 'application/x-ndjson');
    const body = await authenticatedBody(c);
    const state = c.env;
    const batchPolicy = policy;
    // One `now` for the whole batch, as the CLI does, so its lines are decided at the same moment.
    let batchNow: string | undefined;
    const nowOnce = () => (batchNow ??= now());
    const record = (line: number, bytes: Uint8Array): { text: string; error: boolean } => {
      let found: Problem | undefined;
      if (isBlank(bytes)) found = problem('blank-line', 'The line is blank; every line must hold one facts object.');
      else {
        try {
          return { text: JSON.stringify({ line, ...decideFacts(p, parseJson(bytes), batchPolicy, nowOnce) }), error: false };
        } catch (error) {
          found = error instanceof ProblemError ? error.problem : inputProblem(error);
          if (!found) {
            log?.({ time: now(), level: 'error', event: 'error', requestId: state.requestId, method: 'POST', path: c.req.path, procedure: p.id, error: errorName(error), stack: framesOf(error) });
            found = problem('internal', `Line ${line} could not be decided because of a defect in solar-sop; it has been logged as request ${state.requestId}.`);
          }
        }
      }
      return { text: JSON.stringify({ line, error: found }), error: true };
    };
    const lines = ndjsonLines(body);
    const encoder = new TextEncoder();
    let count = 0;
    let errors = 0;
    let bytes = 0;
    let finish!: (summary: { bytes: number; lines: number; errors: number; truncated: boolean }) => void;
    state.streamed = new Promise((resolve) => (finish = resolve));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        let out = '';
        let truncated = false;
        let done = false;
        // Up to 64 records per chunk: streamed, without a chunk per line.
        for (let i = 0; i < 64; i++) {
          const next = lines.next();
          if (next.done) {
            done = true;
            break;
          }
          count++;
          if (performance.now() > state.deadline) {
            out += `${JSON.stringify({ line: count, error: problem('time-limit', `The batch took longer than ${timeLimitMs} ms; lines from ${count} on were not decided.`) })}\n`;
            errors++;
            done = truncated = true;
            break;
          }
          const r = record(count, next.value);
          if (r.error) errors++;
          out += `${r.text}\n`;
        }
        if (out !== '') {
          const chunk = encoder.encode(out);
          bytes += chunk.length;
          controller.enqueue(chunk);
        }
        if (done) {
          controller.close();
          finish({ bytes, lines: count, errors, truncated });
          return undefined;
        }
        return nextTurn();
      },
      cancel() {
        finish({ bytes, lines: count, errors, truncated: true });
      },
    });
    return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
  });

  app.notFound((c) =>
    problemResponse(problem('not-found', `No route ${c.req.method} ${c.req.path}. See /openapi.json.`, { instance: c.req.path, requestId: c.env.requestId })),
  );
  /** A defect: logged with its stack frames, answered without them. */
  function internal(requestId: string, method: string, path: string, error: unknown): Response {
    log?.({ time: now(), level: 'error', event: 'error', requestId, method, path, error: errorName(error), stack: framesOf(error) });
    return problemResponse(
      problem('internal', `An unexpected error occurred in solar-sop; it has been logged as request ${requestId}.`, { instance: path, requestId }),
    );
  }

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse({ ...error.problem, instance: c.req.path, requestId: c.env.requestId }, { ...error.headers });
    return internal(c.env.requestId, c.req.method, c.req.path, error);
  });

  async function fetch(request: Request): Promise<Response> {
    const started = performance.now();
    const given = request.headers.get('x-request-id');
    const requestId = given !== null && /^[\w.:-]{1,128}$/.test(given) ? given : crypto.randomUUID();
    const url = new URL(request.url);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let expire!: (error: ProblemError) => void;
    const expired = new Promise<never>((_, reject) => (expire = reject));
    expired.catch(ignore);
    const state: RequestState = { requestId, expired, deadline: started + timeLimitMs };
    const timedOut = new Promise<Response>((resolve) => {
      timer = setTimeout(() => {
        const p = problem('time-limit', `The request took longer than ${timeLimitMs} ms.`, { instance: url.pathname, requestId });
        expire(new ProblemError(p));
        resolve(problemResponse(p));
      }, timeLimitMs);
    });
    // Hono hands only Error instances to onError; anything else thrown ends up here.
    const answered = Promise.resolve(app.fetch(request, state)).catch((error: unknown) => internal(requestId, request.method, url.pathname, error));
    const response = await Promise.race([answered, timedOut]);
    clearTimeout(timer);
    response.headers.set('x-request-id', requestId);
    return finishLog(response, request.method, url.pathname, state, started);
  }

  function finishLog(response: Response, method: string, path: string, state: RequestState, started: number): Response {
    if (!log) return response;
    const entry = { level: 'info', event: 'request', requestId: state.requestId, method, path, status: response.status } as const;
    const procedure = state.procedure === undefined ? {} : { procedure: state.procedure };
    if (state.streamed) {
      void state.streamed.then((s) =>
        log({ time: now(), ...entry, ms: Math.round((performance.now() - started) * 100) / 100, bytes: s.bytes, ...procedure, lines: s.lines, errors: s.errors, ...(s.truncated ? { truncated: true } : {}) }),
      );
    } else {
      log({ time: now(), ...entry, ms: Math.round((performance.now() - started) * 100) / 100, bytes: Number(response.headers.get('content-length') ?? 0), ...procedure });
    }
    return response;
  }

  return {
    fetch,
    setPolicy(next) {
      if (next !== undefined && !isPolicy(next)) {
        throw new SopInputError('solar-sop/server options', [{ path: ['policy'], code: 'invalid_policy', message: 'was not made by definePolicy()' }]);
      }
      policy = next;
    },
  };
}
