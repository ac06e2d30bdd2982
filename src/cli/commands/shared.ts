/** Helpers the command modules share: reading a policy file and turning errors into exit codes. */
import { readFileSync } from 'node:fs';
import type { Policy } from '../../policy/brand.js';
import { definePolicy } from '../../policy/define.js';

/** A usage problem or an unreadable file: exit 2. */
export class UsageError extends Error {}

/** Library errors that mean "your input is wrong": exit 1. */
const INPUT_ERRORS = new Set(['SopInputError', 'TemplateError', 'ConsentRequiredError', 'InvalidTransitionError']);

/** The policy of a file of `definePolicy` overrides, or `undefined` without a path. */
export function loadPolicyFile(path: string | undefined): Policy | undefined {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read policy file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let overrides: unknown;
  try {
    overrides = JSON.parse(text);
  } catch (error) {
    throw Object.assign(new Error(`policy file ${path} is not valid JSON: ${(error as Error).message}`), { name: 'SopInputError' });
  }
  return definePolicy(overrides as never);
}

/** Writes an error to stderr and gives its exit code: 2 usage, 1 invalid input, 70 a defect. */
export function reportFailure(error: unknown, usage: string): number {
  const e = error as Error & { code?: string };
  if (error instanceof UsageError) {
    process.stderr.write(`solar-sop: ${e.message}\n`);
    return 2;
  }
  if (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`solar-sop: ${e.message}\n\n${usage}\n`);
    return 2;
  }
  if (error instanceof Error && INPUT_ERRORS.has(error.name)) {
    process.stderr.write(`solar-sop: ${e.message}\n`);
    return 1;
  }
  process.stderr.write(`solar-sop: unexpected error (please report it): ${error instanceof Error ? error.message : String(error)}\n`);
  return 70;
}
