/**
 * `solar-sop serve`: runs the decision service (`solar-sop/server`) on Node with @hono/node-server.
 * Everything Node-specific lives here: the port, signals, environment, stdout logs.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { formatPath, SopInputError } from '../../_lib/errors.js';
import type { Policy } from '../../policy/brand.js';
import { definePolicy } from '../../policy/define.js';
import { createHandler, type LogEntry } from '../../server/handler.js';

const USAGE = `Usage:
  solar-sop serve [--port 8080] [--host 127.0.0.1] [--policy p.json] [--body-limit BYTES]
                  [--time-limit MS] [--cors-origin URL]... [--insecure-no-auth]

Credentials come from the environment: SOLAR_SOP_API_KEYS (comma-separated bearer keys, so they
can rotate) and/or SOLAR_SOP_HMAC_SECRET (X-Solar-Sop-Signature: sha256=<hex> over the raw body).
Without either, the server refuses to start unless --insecure-no-auth is given.
The first line on stdout is "listening on http://HOST:PORT"; JSON log lines follow.
SIGTERM or SIGINT: finish the requests in flight, refuse new ones, exit 0. SIGHUP: reload --policy.`;

/**
 * Log lines of one event-loop turn, written together at its end: under load, one write to stdout
 * (a system call) for many requests instead of one each. Flushed before any other output.
 */
let pendingLog = '';

function flushLog(): void {
  if (pendingLog === '') return;
  const text = pendingLog;
  pendingLog = '';
  process.stdout.write(text);
}

function line(text: string): void {
  flushLog();
  process.stdout.write(`${text}\n`);
}

function logJson(entry: object): void {
  if (pendingLog === '') setImmediate(flushLog);
  pendingLog += `${JSON.stringify(entry)}\n`;
}

/** Reads and validates a policy file, or explains what is wrong with it. */
function loadPolicy(path: string): { policy: Policy } | { error: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    return { error: `Cannot read policy file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  let overrides: unknown;
  try {
    overrides = JSON.parse(text);
  } catch (error) {
    return { error: `Policy file ${path} is not valid JSON: ${(error as Error).message}` };
  }
  try {
    return { policy: definePolicy(overrides as never) };
  } catch (error) {
    if (error instanceof SopInputError) {
      return { error: `Policy file ${path} is invalid:\n${error.issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}`).join('\n')}` };
    }
    return { error: `Policy file ${path} is invalid: ${(error as Error).message}` };
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`solar-sop serve: ${message}\n`);
  return code;
}

function positiveInt(value: string | undefined, name: string, min = 1): number | undefined | Error {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) return new Error(`${name} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

/** Runs the server until SIGTERM or SIGINT; resolves with the exit code. */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        policy: { type: 'string' },
        'body-limit': { type: 'string' },
        'time-limit': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'insecure-no-auth': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
  const { values } = parsed;
  if (values.help) {
    line(USAGE);
    return 0;
  }
  const port = positiveInt(values.port, '--port', 0);
  if (port instanceof Error || (port as number) > 65535) return fail(port instanceof Error ? port.message : `--port must be at most 65535, got ${port}`, 2);
  const bodyLimit = positiveInt(values['body-limit'], '--body-limit');
  if (bodyLimit instanceof Error) return fail(bodyLimit.message, 2);
  const timeLimitMs = positiveInt(values['time-limit'], '--time-limit');
  if (timeLimitMs instanceof Error) return fail(timeLimitMs.message, 2);

  let policy: Policy | undefined;
  if (values.policy !== undefined) {
    const loaded = loadPolicy(values.policy);
    if ('error' in loaded) return fail(loaded.error, 1);
    policy = loaded.policy;
  }
  const apiKeys = (process.env.SOLAR_SOP_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  const hmacSecret = process.env.SOLAR_SOP_HMAC_SECRET || undefined;
  if (!values['insecure-no-auth'] && apiKeys.length === 0 && hmacSecret === undefined) {
    return fail('refusing to start without credentials: set SOLAR_SOP_API_KEYS or SOLAR_SOP_HMAC_SECRET, or pass --insecure-no-auth on a trusted network.', 2);
  }
  if (values['insecure-no-auth'] && (apiKeys.length > 0 || hmacSecret !== undefined)) {
    return fail('--insecure-no-auth turns credentials off; unset SOLAR_SOP_API_KEYS and SOLAR_SOP_HMAC_SECRET, or drop the flag.', 2);
  }
  let handler;
  try {
    handler = createHandler({
      ...(policy ? { policy } : {}),
      ...(apiKeys.length > 0 ? { apiKeys } : {}),
      ...(hmacSecret === undefined ? {} : { hmacSecret }),
      ...(values['insecure-no-auth'] ? { insecureNoAuth: true } : {}),
      ...(bodyLimit === undefined ? {} : { bodyLimit }),
      ...(timeLimitMs === undefined ? {} : { timeLimitMs }),
      ...(values['cors-origin'] ? { cors: { origins: values['cors-origin'] } } : {}),
      log: (entry: LogEntry) => logJson(entry),
    });
  } catch (error) {
    if (error instanceof SopInputError) return fail(`invalid configuration:\n${error.issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}`).join('\n')}`, 2);
    throw error;
  }

  let draining = false;
  const fetch = async (request: Request): Promise<Response> => {
    if (draining) {
      return new Response(
        JSON.stringify({ type: 'urn:solar-sop:problem:unavailable', title: 'Shutting down', status: 503, detail: 'The server is shutting down; retry on another copy.' }),
        { status: 503, headers: { 'content-type': 'application/problem+json', connection: 'close', 'retry-after': '1' } },
      );
    }
    return handler.fetch(request);
  };
  const limit = timeLimitMs ?? 10_000;
  const server = await new Promise<Server | Error>((resolve) => {
    const s = serve(
      { fetch, port: port as number, hostname: values.host, serverOptions: { requestTimeout: limit + 1000, headersTimeout: Math.min(limit + 1000, 60_000) } },
      () => resolve(s as Server),
    ) as Server;
    s.once('error', (error) => resolve(error));
  });
  if (server instanceof Error) return fail(`cannot listen on ${values.host}:${values.port}: ${(server as NodeJS.ErrnoException).code ?? server.message}`, 1);
  const { port: bound } = server.address() as AddressInfo;
  const host = values.host.includes(':') ? `[${values.host}]` : values.host;

  const stopped = new Promise<number>((resolve) => {
    const reload = () => {
      if (values.policy === undefined) {
        logJson({ time: new Date().toISOString(), level: 'info', event: 'policy-reload', result: 'skipped', reason: 'no --policy file' });
        return;
      }
      const loaded = loadPolicy(values.policy);
      if ('error' in loaded) {
        logJson({ time: new Date().toISOString(), level: 'error', event: 'policy-reload', result: 'kept-previous', reason: loaded.error, policy: policyRef(policy) });
        return;
      }
      policy = loaded.policy;
      handler.setPolicy(policy);
      logJson({ time: new Date().toISOString(), level: 'info', event: 'policy-reload', result: 'reloaded', policy: policyRef(policy) });
    };
    const stop = (signal: string) => {
      if (draining) return;
      draining = true;
      logJson({ time: new Date().toISOString(), level: 'info', event: 'shutdown', signal });
      // Stragglers past the time limit are cut off, so a stuck client cannot hold the exit forever.
      const force = setTimeout(() => {
        server.closeAllConnections();
        resolve(1);
      }, limit + 2000);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        process.off('SIGHUP', reload);
        logJson({ time: new Date().toISOString(), level: 'info', event: 'stopped' });
        resolve(0);
      });
      server.closeIdleConnections();
    };
    // Installed before the first line is printed: a supervisor may signal as soon as it reads it.
    process.on('SIGHUP', reload);
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  line(`listening on http://${host}:${bound}`);
  logJson({ time: new Date().toISOString(), level: 'info', event: 'start', auth: values['insecure-no-auth'] ? 'none' : [apiKeys.length > 0 && 'api-key', hmacSecret && 'signature'].filter(Boolean), policy: policyRef(policy) });
  return stopped;
}

function policyRef(policy: Policy | undefined): { name: string; version: string } | 'default' {
  return policy ? { name: policy.name, version: policy.version } : 'default';
}
