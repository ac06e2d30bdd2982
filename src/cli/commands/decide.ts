/** `solar-sop decide`: one decision from a facts file, stdin or a bundled example. */
import { parseArgs } from 'node:util';
import type { Policy } from '../../policy/brand.js';
import { formatDecision } from '../format.js';
import {
  checkNow,
  CliError,
  decisionOf,
  EXIT,
  escapeControl,
  isInputError,
  nearest,
  parseCommandArgs,
  parseFormat,
  procedureOrFail,
  readFactsFile,
  readPolicyFile,
  usageError,
  withNow,
  write,
} from '../shared.js';

export const HELP = `Usage: solar-sop decide <procedure> [file.json | -] [options]
       solar-sop decide <procedure> --example [name] [options]

Decides one case. The facts are a JSON object read from the file, or from stdin for - or no file.
  --example [name]     use a bundled example instead (the first one without a name;
                       solar-sop list shows the names)
  --policy file.json   overrides for definePolicy: { "name", "version", ...values }
  --now ISO            the moment used when the facts have no "now" (default: the clock),
                       an ISO 8601 date-time with an offset, such as 2026-11-23T09:30:00Z
  --format json|text   a JSON decision (default), or text a person reads (control
                       characters from the facts are shown as \\u001b escapes)
Exit codes: 0 decided, 1 invalid facts, policy or file, 2 usage error, 70 a defect.`;

const OPTIONS = ['policy', 'format', 'now', 'example', 'help'];

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('decide', OPTIONS, () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        format: { type: 'string', default: 'json' },
        now: { type: 'string' },
        example: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  if (values.help) {
    write(`${HELP}\n`);
    return EXIT.ok;
  }
  const format = parseFormat('decide', values.format);
  const p = await procedureOrFail('decide', positionals[0]);
  const now = await checkNow('decide', values.now);
  if (positionals.length > 2) throw usageError('decide', `takes one facts file, got ${positionals.length - 1}`);
  let facts: unknown;
  let options: { policy?: Policy; timeZone?: string } = {};
  if (values.example) {
    const name = positionals[1];
    const example = name === undefined ? p.examples[0] : p.examples.find((e) => e.name === name);
    if (!example) {
      const names = p.examples.map((e) => e.name);
      const near = nearest(name as string, names);
      throw new CliError(`decide: no example "${name}" for ${p.id}${near ? `; did you mean "${near}"?` : ''} Examples: ${names.join(', ')}`, EXIT.usage);
    }
    facts = example.facts;
    if (example.options) options = { ...example.options };
  } else {
    facts = await readFactsFile('decide', positionals[1]);
  }
  const policy = await readPolicyFile(values.policy);
  if (policy) options.policy = policy;
  const input = withNow(p, facts, now);
  let result: ReturnType<typeof decisionOf>;
  try {
    result = decisionOf(p.decide(input, options));
  } catch (error) {
    // The JSON Schema walk behind "did you mean" is loaded only when there is something to explain.
    if (isInputError(error)) throw new CliError((await import('../issues.js')).errorMessage(p, input, error), EXIT.invalid);
    throw error;
  }
  if (format === 'text') write(escapeControl(formatDecision(result.decision as never, result.state)));
  else write(`${JSON.stringify(result.state === undefined ? result.decision : { state: result.state, decision: result.decision }, null, 2)}\n`);
  return EXIT.ok;
}
