/** `solar-sop schema`: the JSON Schema of a procedure's facts, or of a policy file. */
import { parseArgs } from 'node:util';
import { factsJsonSchema, policyJsonSchema } from '../../json-schema.js';
import { EXIT, parseCommandArgs, procedureOrFail, usageError, write } from '../shared.js';

export const HELP = `Usage: solar-sop schema <procedure>
       solar-sop schema --policy
       solar-sop schema --cases

Prints a JSON Schema (2020-12). With a procedure: its facts, as a caller writes them (instants are
strings with format date-time, calendar dates strings "YYYY-MM-DD"; unknown fields are not
allowed). With --policy: a policy file for --policy (name and version, then any value to change).
With --cases: a case file for solar-sop test (one case or a list of cases).`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', ['help', 'policy', 'cases'], () =>
    parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, policy: { type: 'boolean' }, cases: { type: 'boolean' } } }),
  );
  if (values.help) {
    write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (values.cases) {
    write(`${JSON.stringify((await import('../../testing/schema.js')).casesJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  if (values.policy) {
    if (positionals.length > 0) throw usageError('schema', '--policy takes no procedure');
    write(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  const p = await procedureOrFail('schema', positionals[0]);
  if (positionals.length > 1) throw usageError('schema', `takes one procedure, got ${positionals.length}`);
  write(`${JSON.stringify(factsJsonSchema(p.id), null, 2)}\n`);
  return EXIT.ok;
}
