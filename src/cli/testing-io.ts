// Shared by the `test` and `policy` commands: reading a policy file, and printing a usage error.
import { readFileSync } from 'node:fs';
import { formatPath, type SopInputError } from '../_lib/errors.js';
import type { PolicyOverrides } from '../policy/schema.js';

/** Exit codes of the testing commands. */
export const EXIT = { ok: 0, failed: 1, usage: 2, defect: 70 } as const;

/** A problem the user can fix (a bad flag, an unreadable or invalid file), with its exit code. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.usage,
  ) {
    super(message);
  }
}

/** The overrides in a policy file (`{ name, version, ...values }`), not yet validated. */
export function readPolicyFile(path: string): PolicyOverrides {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CommandError(`Cannot read policy file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text) as PolicyOverrides;
  } catch (error) {
    throw new CommandError(`Policy file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The problems of an invalid policy, one per line. */
export function policyProblems(path: string, error: SopInputError): string {
  return `Policy file ${path} is invalid:\n${error.issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}`).join('\n')}`;
}

/**
 * Runs a command body, turning a {@link CommandError} into its message on stderr and its exit code.
 * Anything else is a defect: the dispatcher reports it (exit 70).
 */
export async function guarded(body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof CommandError) {
      process.stderr.write(`solar-sop: ${error.message}\n`);
      return error.code;
    }
    if (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`solar-sop: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
