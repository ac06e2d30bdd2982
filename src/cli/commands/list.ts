/** `solar-sop list`: the procedures, their outcomes and examples, as text or JSON. */
import { parseArgs } from 'node:util';
import { drain, EXIT, parseCommandArgs, parseFormat, usageError, write } from '../shared.js';

export const HELP = `Usage: solar-sop list [--format text|json]

Lists every procedure: its id, what it decides, its outcomes and its bundled examples.
  --format text   one block per procedure (default)
  --format json   an array of { id, functionName, summary, outcomes, usesNow, examples: [{ name, description, outcome }] }`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('list', ['format', 'help'], () =>
    parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } } }),
  );
  if (values.help) {
    write(`${HELP}\n`);
    return EXIT.ok;
  }
  const format = parseFormat('list', values.format);
  if (positionals.length > 0) throw usageError('list', `takes no arguments, got "${positionals[0]}"`);
  const { procedures } = await import('../../procedures.js');
  if (format === 'json') {
    const list = procedures.map((p) => ({
      id: p.id,
      functionName: p.functionName,
      summary: p.summary,
      outcomes: p.outcomes,
      usesNow: p.usesNow,
      examples: p.examples.map((e) => ({ name: e.name, description: e.description, outcome: e.expect.outcome })),
    }));
    write(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const p of procedures) {
    if (!write(`${p.id}\n  ${p.summary}\n  outcomes: ${p.outcomes.join(', ')}\n  examples: ${p.examples.map((e) => e.name).join(', ')}\n`)) {
      // stdout is full: wait for a slow reader (drain also returns once the reader has gone).
      await drain();
    }
  }
  return EXIT.ok;
}
