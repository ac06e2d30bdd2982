/**
 * Helpers every command shares: exit codes, the one error type a command throws, reading files
 * and stdin, the policy file, the stdout writer that survives a closed pipe, "did you mean".
 * Nothing heavy is imported at module scope: `solar-sop --version` and `--help` load only this.
 */
import { nearest } from '../_lib/suggest.js';
import { readFileSync, type Stats, statSync } from 'node:fs';
import type { ProcedureInfo } from '../_lib/procedure.js';
import type { Policy } from '../policy/brand.js';

/** Exit codes: 0 success, 1 failed or invalid input, 2 usage error, 70 a defect in solar-sop itself. */
export const EXIT = { ok: 0, failed: 1, invalid: 1, usage: 2, internal: 70 } as const;

/** An error the user can act on; `exitCode` is the process's exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** A usage problem: one line saying what is wrong and where the help is. */
export function usageError(command: string, message: string): CliError {
  return new CliError(`${command}: ${message} (see "solar-sop ${command} --help")`, EXIT.usage);
}

/** Library errors that mean "your input is wrong", not "solar-sop is broken" (matched by name). */
export const INPUT_ERRORS: ReadonlySet<string> = new Set(['SopInputError', 'TemplateError', 'ConsentRequiredError', 'InvalidTransitionError']);

/** `true` for an error thrown because the input (facts, options, policy) is invalid. */
export function isInputError(error: unknown): error is Error {
  return error instanceof Error && INPUT_ERRORS.has(error.name);
}

/**
 * Runs a `node:util` `parseArgs` call, turning its errors into a one-line usage error; an unknown
 * option gets the nearest known one as a suggestion.
 */
export function parseCommandArgs<T>(command: string, known: readonly string[], parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (!e.code?.startsWith('ERR_PARSE_ARGS')) throw error;
    const option = /'(-[^']*)'/.exec(e.message)?.[1];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
      const near = nearest(option.replace(/^-+/, ''), known);
      throw usageError(command, `unknown option ${option}${near === undefined ? '' : `; did you mean --${near}?`}`);
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usageError(command, e.message.replace(/\.$/, '').replace(/^Option /, 'option '));
    throw usageError(command, e.message.split('. ')[0] as string);
  }
}

// ---------------------------------------------------------------------------------------------
// Output

let stdoutClosed = false;
let stdoutFailure: Error | undefined;

/**
 * Listens for stdout errors once, so that a reader that goes away (`solar-sop list | head -1`)
 * ends the output quietly instead of an "Unhandled 'error' event". Called by the dispatcher.
 */
export function guardStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') stdoutFailure ??= error;
  });
}

/** `true` once stdout's reader has gone (EPIPE): stop producing output and exit 0. */
export function isStdoutClosed(): boolean {
  return stdoutClosed;
}

/** A stdout failure other than a closed pipe (a full disk), for the dispatcher to report. */
export function stdoutError(): Error | undefined {
  return stdoutFailure;
}

/** Writes to stdout unless its reader has gone; `false` when the caller should wait ({@link drain}). */
export function write(text: string): boolean {
  if (stdoutClosed) return true;
  return process.stdout.write(text);
}

/** Waits until stdout takes more output, or until it closes. */
export function drain(): Promise<void> {
  if (stdoutClosed || !process.stdout.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    process.stdout.on('drain', done).on('close', done).on('error', done);
  });
}

/**
 * Writes many small records with few system calls: text is collected up to `limit` characters,
 * then written at once, waiting for stdout when it is full.
 */
export class BufferedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly limit = 64 * 1024) {}

  /** Adds `text`; resolves at once unless the buffer was flushed into a full stdout. */
  push(text: string): Promise<void> | undefined {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= this.limit ? this.flush() : undefined;
  }

  /** Writes what is collected and waits for stdout when it is full. */
  flush(): Promise<void> | undefined {
    if (this.size === 0) return undefined;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return write(text) ? undefined : drain();
  }
}

/**
 * `text` with control characters (ANSI escapes, carriage returns, bidirectional overrides) written
 * as `\u001b`-style escapes, so facts cannot repaint a terminal. Newlines and tabs stay.
 */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---------------------------------------------------------------------------------------------
// Input

/** Why a path cannot be read, in words: "no such file", "is a directory", "permission denied". */
function fileProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error.code ?? error.message;
  }
}

/**
 * Checks that `path` names a readable file before any work starts: a directory is a usage error
 * (exit 2), a missing or unreadable file exit 1, both naming the file.
 */
export function checkFile(path: string, what: string): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new CliError(`Cannot read ${what} ${path}: ${fileProblem(error as NodeJS.ErrnoException)}`, EXIT.invalid);
  }
  if (stats.isDirectory()) throw new CliError(`Cannot read ${what} ${path}: is a directory, not a file`, EXIT.usage);
  return stats;
}

/** Removes one UTF-8 byte order mark at the start (Windows editors write one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 text without a BOM, or a {@link CliError} naming `what` when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return stripBom(strictUtf8.decode(bytes));
  } catch {
    throw new CliError(`${what} is not valid UTF-8 text`, EXIT.invalid);
  }
}

/** The text of a file (UTF-8, BOM removed), or a {@link CliError} naming the file and the problem. */
export function readTextFile(path: string, what: string): string {
  checkFile(path, what);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`Cannot read ${what} ${path}: ${fileProblem(error as NodeJS.ErrnoException)}`, EXIT.invalid);
  }
  return decodeUtf8(bytes, `${what} ${path}`);
}

/** All of stdin as UTF-8 text, BOM removed. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeUtf8(Buffer.concat(chunks), 'The input on stdin');
}

/** `text` parsed as JSON, or a {@link CliError} (exit 1) saying what was not JSON. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} is not valid JSON: ${(error as Error).message}`, EXIT.invalid);
  }
}

/**
 * The facts in a JSON file, or on stdin for `-` or no file (a terminal on stdin is a usage error:
 * nothing would ever arrive).
 */
export async function readFactsFile(command: string, path: string | undefined): Promise<unknown> {
  if (path === undefined && process.stdin.isTTY) throw usageError(command, 'give a facts file, or - to read stdin');
  if (path === undefined || path === '-') return parseJson(await readStdin(), 'The facts on stdin');
  return parseJson(readTextFile(path, 'facts file'), `The facts file ${path}`);
}

/** The policy a `--policy` file defines (overrides for `definePolicy`), or `undefined` without one. */
export async function readPolicyFile(path: string | undefined): Promise<Policy | undefined> {
  if (path === undefined) return undefined;
  const overrides = parseJson(readTextFile(path, 'policy file'), `The policy file ${path}`);
  const { definePolicy } = await import('../policy/define.js');
  return definePolicy(overrides as never);
}

/**
 * `--now` checked with the library's own instant parser, so a value every decision would reject
 * (`+99:99`) is refused before any work starts.
 */
export async function checkNow(command: string, now: string | undefined): Promise<string | undefined> {
  if (now === undefined) return undefined;
  const { Instant } = await import('../_lib/time.js');
  const parsed = Instant.safeParse(now);
  if (!parsed.success) throw usageError(command, `--now: ${parsed.error.issues[0]?.message ?? 'not an instant'}`);
  return now;
}

/** `--format json|text`, in any letter case. */
export function parseFormat(command: string, value: string | undefined): 'json' | 'text' {
  const format = (value ?? 'json').toLowerCase();
  if (format !== 'json' && format !== 'text') throw usageError(command, `--format must be json or text, got "${value}"`);
  return format;
}

// ---------------------------------------------------------------------------------------------
// Procedures

/**
 * Each module's procedures, loaded alone when an id names its module: a one-off decision then
 * evaluates one module's schemas and templates instead of all four (bench/cli-start.mjs).
 * test/cli/cli.test.ts runs every procedure of the registry through it (its bundled examples).
 */
const MODULES: Readonly<Record<string, () => Promise<readonly ProcedureInfo[]>>> = {
  'pto-delay': async () => (await import('../pto-delay/procedures.js')).ptoDelayProcedures,
  'pv-watts-outage': async () => (await import('../pv-watts-outage/procedures.js')).pvWattsOutageProcedures,
  'service-desk': async () => (await import('../service-desk/procedures.js')).serviceDeskProcedures,
  'system-support': async () => (await import('../system-support/procedures.js')).systemSupportProcedures,
};

/** The procedure with this id (only its module is loaded), or a usage error with the nearest id. */
export async function procedureOrFail(command: string, id: string | undefined): Promise<ProcedureInfo> {
  if (id === undefined) throw usageError(command, 'name a procedure (solar-sop list shows them)');
  const load = MODULES[id.slice(0, id.indexOf('/'))];
  const found = load && (await load()).find((p) => p.id === id);
  if (found) return found;
  const { procedures } = await import('../procedures.js');
  const ids = procedures.map((p) => p.id);
  // A bare name ("first-payment-timing") is matched against the name part of each id too.
  const names = ids.map((i) => i.slice(i.indexOf('/') + 1));
  const near = nearest(id, ids) ?? (id.includes('/') ? undefined : ids[names.indexOf(nearest(id, names) as string)]);
  throw usageError(command, `unknown procedure "${id}"${near === undefined ? '; solar-sop list shows them' : `; did you mean "${near}"?`}`);
}

/** Adds `now` (from --now or the clock) to facts that need it and lack it. */
export function withNow(p: ProcedureInfo, facts: unknown, now: string | undefined): unknown {
  if (!p.usesNow || facts === null || typeof facts !== 'object' || Array.isArray(facts) || 'now' in facts) return facts;
  return { ...facts, now: now ?? new Date().toISOString() };
}

/** A procedure's result as `{ decision, state }` (stateful procedures return both). */
export function decisionOf(result: unknown): { decision: Record<string, unknown>; state?: unknown } {
  const r = result as { decision?: Record<string, unknown>; state?: unknown };
  return r.decision ? { decision: r.decision, state: r.state } : { decision: result as Record<string, unknown> };
}

export { nearest };
