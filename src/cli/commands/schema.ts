/** `solar-sop schema`: a procedure's facts as JSON Schema. */
import { parseArgs } from 'node:util';
import { factsJsonSchema } from '../json-schema.js';
import { EXIT, parseCommandArgs, procedureOrFail, usageError, write } from '../shared.js';

export const HELP = `Usage: solar-sop schema <procedure>

Prints the JSON Schema of the procedure's facts, as a caller writes them: instants are strings
with format date-time, calendar dates strings "YYYY-MM-DD"; unknown fields are not allowed.`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', ['help'], () =>
    parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } }),
  );
  if (values.help) {
    write(`${HELP}\n`);
    return EXIT.ok;
  }
  const p = await procedureOrFail('schema', positionals[0]);
  if (positionals.length > 1) throw usageError('schema', `takes one procedure, got ${positionals.length}`);
  write(`${JSON.stringify({ title: p.id, description: p.summary, ...factsJsonSchema(p.schema) }, null, 2)}\n`);
  return EXIT.ok;
}
