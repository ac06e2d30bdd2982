#!/usr/bin/env node
/**
 * The solar-sop command line: a dispatcher. Each command lives in `commands/<name>.ts`, exports
 * `run(args): Promise<number>` (args after the command words, exit code back) and its own
 * `--help`, and is loaded only when called, so `--version` and `--help` load nothing heavy.
 * Like the other shells, it reads the clock, files and stdin so that the library need not.
 */
import { LIBRARY_VERSION } from '../_lib/version.js';
import { CliError, EXIT, escapeControl, guardStdout, isInputError, isStdoutClosed, nearest, stdoutError, usageError } from './shared.js';

interface Command {
  /** One line for `solar-sop --help`. */
  readonly summary: string;
  readonly load: () => Promise<{ run(args: string[]): Promise<number> }>;
}

/** Every command; a key may be two words (`policy check`). One line each, so additions merge cleanly. */
const COMMANDS: Readonly<Record<string, Command>> = {
  list: { summary: 'list the procedures, their outcomes and examples', load: () => import('./commands/list.js') },
  decide: { summary: 'decide one case from a facts file, stdin or a bundled example', load: () => import('./commands/decide.js') },
  schema: { summary: "print a procedure's facts as JSON Schema", load: () => import('./commands/schema.js') },
  batch: { summary: 'decide one case per NDJSON line, one output record per line', load: () => import('./commands/batch.js') },
  serve: { summary: 'run the decision service (HTTP) on this machine', load: () => import('./commands/serve.js') },
  replay: { summary: 'decide logged decisions again and report every one that changes', load: () => import('./commands/replay.js') },
  'policy show': { summary: 'print the policy values in force on a date', load: () => import('./commands/policy-show.js') },
  test: { summary: 'run case files (YAML or JSON) under a policy, with rule coverage', load: () => import('./commands/test.js') },
  'policy check': { summary: 'check the library’s invariants under a policy file', load: () => import('./commands/policy-check.js') },
  'policy diff': { summary: 'compare two policy files: the values and the decisions that change', load: () => import('./commands/policy-diff.js') },
};

const USAGE = `solar-sop ${LIBRARY_VERSION}: customer-support SOPs as decisions

Usage: solar-sop <command> [arguments] [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`)
  .join('\n')}

Run "solar-sop <command> --help" for a command's arguments and options.
Exit codes: 0 success, 1 invalid input (or a failed line in batch), 2 usage error,
70 a defect in solar-sop (please report it).`;

async function main(argv: string[]): Promise<number> {
  const [first, second] = argv;
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${LIBRARY_VERSION}\n`);
    return EXIT.ok;
  }
  // `solar-sop help decide` is `solar-sop decide --help`.
  if (first === 'help' && second !== undefined) return main([...argv.slice(1), '--help']);
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (first === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.usage;
  }
  const two = `${first} ${second}`;
  if (second !== undefined && COMMANDS[two]) return (await COMMANDS[two].load()).run(argv.slice(2));
  const command = COMMANDS[first];
  if (command) return (await command.load()).run(argv.slice(1));
  const subcommands = Object.keys(COMMANDS).filter((name) => name.startsWith(`${first} `));
  if (subcommands.length > 0) {
    throw new CliError(`${first}: name one of ${subcommands.map((s) => `"${s}"`).join(', ')}${second === undefined ? '' : `, not "${second}"`} (see "solar-sop --help")`, EXIT.usage);
  }
  const near = nearest(first, Object.keys(COMMANDS).map((name) => name.split(' ')[0] as string));
  throw new CliError(`unknown command "${first}"${near === undefined ? '' : `; did you mean "${near}"?`} (see "solar-sop --help")`, EXIT.usage);
}

/** Prints `message` on stderr, with control characters taken from the input escaped. */
function fail(message: string): void {
  process.stderr.write(`solar-sop: ${escapeControl(message)}\n`);
}

guardStdout();
main(process.argv.slice(2)).then(
  (code) => {
    const failure = stdoutError();
    if (failure) {
      fail(`cannot write the output: ${failure.message}`);
      process.exitCode = EXIT.internal;
    } else {
      // A reader that went away (`| head -1`) took what it wanted: that is success.
      process.exitCode = isStdoutClosed() ? EXIT.ok : code;
    }
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      fail(error.message);
      process.exitCode = error.exitCode;
    } else if (isInputError(error)) {
      fail(error.message);
      process.exitCode = EXIT.invalid;
    } else if (error instanceof Error && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      fail(usageError(process.argv[2] ?? 'solar-sop', error.message).message);
      process.exitCode = EXIT.usage;
    } else {
      fail(`unexpected error (please report it): ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = EXIT.internal;
    }
  },
);
