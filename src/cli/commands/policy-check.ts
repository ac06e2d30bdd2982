// `solar-sop policy check p.json`: the library's invariants under a host's policy.
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { SopInputError } from '../../_lib/errors.js';
import { checkPolicy } from '../../testing/policy-check.js';
import { CommandError, EXIT, guarded, policyProblems, readPolicyFile } from '../testing-io.js';

export const USAGE = `Usage: solar-sop policy check p.json [--seed N] [--runs N]

Checks the library's invariants under the policy: complete decisions for every shipped example and
for generated facts, no money talk to installers, no installer ticket for a do-not-contact
installer under any spelling the name matching accepts, every template renders.
Exit codes: 0 all hold, 1 an invariant is broken (each printed with a reproducing case), 2 usage error.`;

function count(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new CommandError(`${flag} must be a whole number, got "${value}"`);
  return n;
}

export async function run(args: string[]): Promise<number> {
  return guarded(() => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { seed: { type: 'string' }, runs: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new CommandError(`policy check takes one policy file.\n\n${USAGE}`);
    const file = positionals[0] as string;
    const overrides = readPolicyFile(file);
    let result;
    try {
      result = checkPolicy(overrides, { seed: count(values.seed, '--seed', 20261123), runs: count(values.runs, '--runs', 500) });
    } catch (error) {
      if (error instanceof SopInputError) throw new CommandError(policyProblems(file, error));
      throw error;
    }
    const { checked, problems } = result;
    const out: string[] = [];
    problems.forEach((p, i) => {
      out.push(`BROKEN ${i + 1}. [${p.invariant}] ${p.message}`);
      if (p.case) out.push('  Reproduce with this case (solar-sop test --policy ' + file + '):', stringify([p.case]).trimEnd().replace(/^/gm, '    '));
      out.push('');
    });
    out.push(
      `policy ${result.policy.name} ${result.policy.version}: ${checked.examples} examples, ${checked.generated} generated facts, ${checked.spellings} do-not-contact spellings, ${checked.templates} templates checked`,
      problems.length === 0 ? 'All invariants hold.' : `${problems.length} broken invariant${problems.length === 1 ? '' : 's'}.`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
    return problems.length === 0 ? EXIT.ok : EXIT.failed;
  });
}
