import type { SopIssue } from '../_lib/errors.js';

/** The kinds of problem the service answers with; `type` is `urn:solar-sop:problem:<code>`. */
export type ProblemCode =
  | 'unauthorized'
  | 'not-found'
  | 'unknown-procedure'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'body-too-large'
  | 'invalid-json'
  | 'invalid-facts'
  | 'invalid-input'
  | 'blank-line'
  | 'time-limit'
  | 'unavailable'
  | 'internal';

/** An RFC 9457 problem details object, plus `issues` for invalid facts. */
export interface Problem {
  /** `urn:solar-sop:problem:<code>`; each code is listed in docs/server.md. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** The request path the problem occurred on (absent in batch error records). */
  readonly instance?: string;
  /** Every bad path in the facts, as `SopInputError` lists them. */
  readonly issues?: readonly SopIssue[];
  readonly [extension: string]: unknown;
}

const TITLES: Readonly<Record<ProblemCode, readonly [number, string]>> = {
  unauthorized: [401, 'Missing or invalid credentials'],
  'not-found': [404, 'Not found'],
  'unknown-procedure': [404, 'Unknown procedure'],
  'method-not-allowed': [405, 'Method not allowed'],
  'unsupported-media-type': [415, 'Unsupported media type'],
  'body-too-large': [413, 'Request body too large'],
  'invalid-json': [400, 'Body is not valid JSON'],
  'invalid-facts': [422, 'Invalid facts'],
  'invalid-input': [422, 'Facts cannot be decided'],
  'blank-line': [400, 'Blank line'],
  'time-limit': [503, 'Time limit exceeded'],
  unavailable: [503, 'Shutting down'],
  internal: [500, 'Internal error'],
};

/** Builds a problem object; `extra` adds extension members. */
export function problem(code: ProblemCode, detail: string, extra: Record<string, unknown> = {}): Problem {
  const [status, title] = TITLES[code];
  return { type: `urn:solar-sop:problem:${code}`, title, status, detail, ...extra };
}

/** Thrown inside the handler to end a request with a problem response. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(problem.detail);
  }
}

/** The UTF-8 length of `text` in bytes (a lone surrogate counts 3, as `TextEncoder` writes U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 2 code units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * A JSON response with its Content-Length, so the access log can report bytes. The body stays a
 * string: the runtime encodes it once as it writes (on Node without building a Web stream).
 */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}, type = 'application/json'): Response {
  const text = JSON.stringify(body);
  return new Response(text, { status, headers: { 'content-type': type, 'content-length': String(utf8Length(text)), ...headers } });
}

/** A problem as an `application/problem+json` response. */
export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return jsonResponse(p, p.status, headers, 'application/problem+json');
}
