import { problem, ProblemError } from './problem.js';

/** Swallows a rejection nobody needs to see. */
export const ignore = (): void => undefined;

const schedule: (callback: () => void) => unknown =
  typeof globalThis.setImmediate === 'function' ? globalThis.setImmediate : (callback) => setTimeout(callback, 0);

/**
 * Resolves on a later turn of the event loop, after pending I/O. A batch awaits it between chunks:
 * its socket writes complete synchronously on a fast link, so without it one long batch would hold
 * every other request until its last line.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => schedule(resolve));
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError(problem('body-too-large', `The body is larger than the limit of ${limit} bytes.`, { limit }));
}

/**
 * Reads a request body whole, refusing it with 413 as soon as it passes `limit` bytes: up front when
 * Content-Length says so, while reading otherwise (chunked bodies). Gives up when `expired` rejects
 * (the time limit), so a client that stops sending does not hold the request (Node's own
 * `requestTimeout` then closes its socket).
 */
export async function readBody(request: Request, limit: number, expired: Promise<never>): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (declared !== null) {
    // The length is known and within the limit: read it whole. On Node, @hono/node-server then
    // reads the socket directly instead of building a Web stream, the main cost of a small request.
    const body = new Uint8Array(await Promise.race([request.arrayBuffer(), expired]));
    if (body.length > limit) throw tooLarge(limit);
    return body;
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), expired]);
      if (done) break;
      size += value.length;
      if (size > limit) throw tooLarge(limit);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(ignore);
    throw error;
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/**
 * The lines of an NDJSON body, as the CLI splits them: on LF only, one trailing CR stripped from
 * each line; a final LF ends the last line rather than starting an empty one.
 */
export function* ndjsonLines(body: Uint8Array): Generator<Uint8Array> {
  let start = 0;
  while (start < body.length) {
    let end = body.indexOf(0x0a, start);
    const next = end === -1 ? body.length : end + 1;
    if (end === -1) end = body.length;
    if (end > start && body[end - 1] === 0x0d) end--;
    yield body.subarray(start, end);
    start = next;
  }
}
