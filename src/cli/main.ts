#!/usr/bin/env node
/**
 * The solar-sop command line. The only place in the package that reads the clock, files, stdin,
 * or writes to the console: the library it calls stays pure.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import type { Decision } from '../_lib/decision.js';
import { SopInputError } from '../_lib/errors.js';
import type { ProcedureInfo } from '../_lib/procedure.js';
import type { Policy } from '../policy/brand.js';
import { definePolicy } from '../policy/define.js';
import { findProcedure, procedures } from '../procedures.js';
import { formatDecision } from './format.js';
import { factsJsonSchema } from './json-schema.js';

/** Exit codes: 0 success, 1 invalid input, 2 usage error, 70 a defect in solar-sop itself. */
const EXIT = { ok: 0, input: 1, usage: 2, internal: 70 } as const;

/** An error the user can fix; `code` is the exit code. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Library errors that mean "your input is wrong", not "solar-sop is broken". */
const INPUT_ERRORS = new Set(['SopInputError', 'TemplateError', 'ConsentRequiredError', 'InvalidTransitionError']);

const USAGE = `solar-sop ${pkg.version}: customer-support SOPs as decisions

Usage:
  solar-sop list
  solar-sop decide <procedure> [file | -] [--policy file.json] [--format json|text] [--now ISO]
  solar-sop decide <procedure> --example [name] [--format json|text]
  solar-sop schema <procedure>
  solar-sop batch <procedure> [file.ndjson | -] [--policy file.json] [--now ISO]
  solar-sop test <files or folders…> [--policy p.json] [--reporter text|junit|tap|json] [--coverage] [--min-coverage N]
  solar-sop policy check p.json
  solar-sop policy diff a.json b.json [case files or folders…]
  solar-sop schema --cases

Facts are JSON (one object per line for batch). Without a file, facts are read from stdin.
--now sets the moment used when the facts have no "now" (default: the current time).
--policy takes overrides for definePolicy: { "name", "version", ...values }.
Exit codes: 0 success, 1 invalid input, 2 usage error.`;

function usage(message: string): CliError {
  return new CliError(`${message}\n\n${USAGE}`, EXIT.usage);
}

function procedureOrFail(id: string | undefined): ProcedureInfo {
  const list = procedures.map((p) => `  ${p.id}`).join('\n');
  if (id === undefined) throw new CliError(`Name a procedure. Procedures:\n${list}`, EXIT.usage);
  const p = findProcedure(id);
  if (!p) throw new CliError(`Unknown procedure "${id}". Procedures:\n${list}`, EXIT.usage);
  return p;
}

function readJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} is not valid JSON: ${(error as Error).message}`, EXIT.input);
  }
}

function readFileText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.input);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function loadPolicy(path: string | undefined): Policy | undefined {
  if (path === undefined) return undefined;
  const overrides = readJson(readFileText(path, 'policy file'), `Policy file ${path}`);
  return definePolicy(overrides as never);
}

function checkNow(now: string | undefined): string | undefined {
  if (now !== undefined && !/^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:\d{2})$/i.test(now)) {
    throw usage(`--now must be an ISO 8601 date-time with an offset, such as 2026-11-23T09:30:00Z; got "${now}"`);
  }
  return now;
}

/** Adds `now` (from --now or the clock) to facts that need it and lack it. */
function withNow(p: ProcedureInfo, facts: unknown, now: string | undefined): unknown {
  if (!p.usesNow || facts === null || typeof facts !== 'object' || Array.isArray(facts) || 'now' in facts) return facts;
  return { ...facts, now: now ?? new Date().toISOString() };
}

function decisionOf(result: unknown): { decision: Decision; state?: unknown } {
  const r = result as { decision?: Decision; state?: unknown };
  return r.decision ? { decision: r.decision, state: r.state } : { decision: result as Decision };
}

function errorRecord(error: unknown): Record<string, unknown> {
  const e = error as Error & { issues?: readonly { path: readonly (string | number)[]; message: string }[] };
  return {
    type: e.name,
    message: e.message,
    ...(e instanceof SopInputError ? { issues: e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) } : {}),
  };
}

function write(text: string): void {
  process.stdout.write(text);
}

function cmdList(): void {
  for (const p of procedures) {
    write(`${p.id}\n  ${p.summary}\n  outcomes: ${p.outcomes.join(', ')}\n  examples: ${p.examples.map((e) => e.name).join(', ')}\n`);
  }
}

async function cmdDecide(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      format: { type: 'string', default: 'json' },
      now: { type: 'string' },
      example: { type: 'boolean', default: false },
    },
  });
  const p = procedureOrFail(positionals[0]);
  if (values.format !== 'json' && values.format !== 'text') throw usage(`--format must be json or text, got "${values.format}"`);
  const now = checkNow(values.now);
  let facts: unknown;
  let options: { policy?: Policy; timeZone?: string } = {};
  if (values.example) {
    const name = positionals[1];
    const example = name === undefined ? p.examples[0] : p.examples.find((e) => e.name === name);
    if (!example) {
      throw new CliError(`No example "${name}" for ${p.id}. Examples: ${p.examples.map((e) => e.name).join(', ')}`, EXIT.usage);
    }
    facts = example.facts;
    if (example.options) options = { ...example.options };
  } else {
    const file = positionals[1];
    if (positionals.length > 2) throw usage(`decide takes one facts file, got ${positionals.length - 1}`);
    if (file === undefined && process.stdin.isTTY) throw usage('Give a facts file, - to read stdin, or --example.');
    const text = file === undefined || file === '-' ? await readStdin() : readFileText(file, 'facts file');
    facts = readJson(text, 'The facts');
  }
  const policy = loadPolicy(values.policy);
  if (policy) options.policy = policy;
  const result = decisionOf(p.decide(withNow(p, facts, now), options));
  if (values.format === 'text') write(formatDecision(result.decision, result.state));
  else write(`${JSON.stringify(result.state === undefined ? result.decision : { state: result.state, decision: result.decision }, null, 2)}\n`);
}

function cmdSchema(args: string[]): void {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const p = procedureOrFail(positionals[0]);
  write(`${JSON.stringify({ title: p.id, description: p.summary, ...factsJsonSchema(p.schema) }, null, 2)}\n`);
}

async function cmdBatch(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { policy: { type: 'string' }, now: { type: 'string' } },
  });
  const p = procedureOrFail(positionals[0]);
  const now = checkNow(values.now) ?? new Date().toISOString();
  const policy = loadPolicy(values.policy);
  const options = policy ? { policy } : undefined;
  const file = positionals[1];
  if (positionals.length > 2) throw usage(`batch takes one input file, got ${positionals.length - 1}`);
  if (file === undefined && process.stdin.isTTY) throw usage('Give an NDJSON file, or - to read stdin.');
  const input = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === process.stdin) resolve();
    else input.once('open', () => resolve()).once('error', (error: NodeJS.ErrnoException) => reject(new CliError(`Cannot read input file ${file}: ${error.code ?? error.message}`, EXIT.input)));
  });
  await opened;
  const counts = new Map<string, number>();
  let errors = 0;
  let lineNo = 0;
  const progress = process.stderr.isTTY;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let record: string;
    try {
      const facts = JSON.parse(line) as unknown;
      const { decision, state } = decisionOf(p.decide(withNow(p, facts, now), options));
      counts.set(decision.outcome, (counts.get(decision.outcome) ?? 0) + 1);
      record = JSON.stringify(state === undefined ? decision : { state, decision });
    } catch (error) {
      const isInput = error instanceof SyntaxError || (error instanceof Error && INPUT_ERRORS.has(error.name));
      if (!isInput) throw error;
      errors++;
      const e = error instanceof SyntaxError ? { type: 'InvalidJson', message: `not valid JSON: ${error.message}` } : errorRecord(error);
      record = JSON.stringify({ line: lineNo, error: e });
    }
    if (!process.stdout.write(`${record}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    if (progress && lineNo % 10_000 === 0) process.stderr.write(`\r${lineNo} lines…`);
  }
  if (progress) process.stderr.write('\r');
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = [...counts.entries()].sort().map(([outcome, n]) => `${outcome}: ${n}`);
  process.stderr.write(`${p.id}: ${total + errors} records, ${total} decided${parts.length ? ` (${parts.join(', ')})` : ''}, ${errors} error${errors === 1 ? '' : 's'}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'list':
      cmdList();
      return EXIT.ok;
    case 'decide':
      await cmdDecide(rest);
      return EXIT.ok;
    // The testing commands load on demand: the YAML parser and the case runner stay out of the others.
    case 'test':
      return (await import('./commands/test.js')).run(rest);
    case 'policy':
      if (rest[0] === 'check') return (await import('./commands/policy-check.js')).run(rest.slice(1));
      if (rest[0] === 'diff') return (await import('./commands/policy-diff.js')).run(rest.slice(1));
      throw usage(`Unknown policy command "${rest[0] ?? ''}": use policy check or policy diff.`);
    case 'schema':
      if (rest[0] === '--cases') {
        write(`${JSON.stringify((await import('../testing/schema.js')).casesJsonSchema(), null, 2)}\n`);
        return EXIT.ok;
      }
      cmdSchema(rest);
      return EXIT.ok;
    case 'batch':
      await cmdBatch(rest);
      return EXIT.ok;
    case '--version':
    case '-v':
      write(`${pkg.version}\n`);
      return EXIT.ok;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      write(`${USAGE}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    default:
      throw usage(`Unknown command "${command}".`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`solar-sop: ${error.message}\n`);
      process.exitCode = error.code;
    } else if (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`solar-sop: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
    } else if (error instanceof Error && INPUT_ERRORS.has(error.name)) {
      process.stderr.write(`solar-sop: ${error.message}\n`);
      process.exitCode = EXIT.input;
    } else {
      process.stderr.write(`solar-sop: unexpected error (please report it): ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
