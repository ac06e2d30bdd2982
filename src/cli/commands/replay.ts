/**
 * `solar-sop replay decisions.ndjson [--policy p.json]`: decides each logged line again (lines as
 * `solar-sop batch --with-facts` writes them: `{ line, facts, decision }`) and reports every line
 * whose outcome, actions or messages differ. Exit 0: no difference; 1: differences or unreadable
 * lines; 2: usage or an unreadable file; 70: a defect.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { canonicalJson } from '../../_lib/hash.js';
import type { Policy } from '../../policy/brand.js';
import { findProcedure } from '../../procedures.js';
import { loadPolicyFile, reportFailure, UsageError } from './shared.js';

const USAGE = 'Usage: solar-sop replay <decisions.ndjson | -> [--policy file.json]';

/** The parts of a decision that a replay compares. */
const COMPARED = ['outcome', 'actions', 'messages'] as const;

interface Logged {
  readonly facts: unknown;
  readonly decision: { readonly procedure: string } & Record<string, unknown>;
}

function isLogged(value: unknown): value is Logged {
  const v = value as Partial<Logged> | null;
  return typeof v === 'object' && v !== null && 'facts' in v && typeof v.decision === 'object' && v.decision !== null && typeof v.decision.procedure === 'string';
}

/** One line replayed: `null` when it decides the same, else what differs. */
function replayLine(record: unknown, policy: Policy | undefined): Record<string, unknown> | null {
  if (!isLogged(record)) return { problem: 'not a logged decision: expected { facts, decision } (solar-sop batch --with-facts)' };
  const p = findProcedure(record.decision.procedure);
  if (!p) return { procedure: record.decision.procedure, problem: 'unknown procedure' };
  let now: Record<string, unknown>;
  try {
    const result = p.decide(record.facts, policy ? { policy } : undefined) as { decision?: Record<string, unknown> } & Record<string, unknown>;
    now = result.decision ?? result;
  } catch (error) {
    return { procedure: p.id, problem: `deciding again failed: ${(error as Error).name}: ${(error as Error).message}` };
  }
  const differences = COMPARED.filter((k) => canonicalJson(record.decision[k]) !== canonicalJson(now[k]));
  if (differences.length === 0) return null;
  const pick = (d: Record<string, unknown>) => Object.fromEntries(differences.map((k) => [k, d[k]]));
  return { procedure: p.id, differences, logged: pick(record.decision), replayed: pick(now) };
}

/** Runs the command; see the file comment. */
export async function run(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { policy: { type: 'string' } } });
    if (positionals.length !== 1) throw new UsageError(`replay takes one decisions file (or - for stdin)\n\n${USAGE}`);
    const policy = loadPolicyFile(values.policy);
    const file = positionals[0] as string;
    const input = file === '-' ? process.stdin : createReadStream(file);
    await new Promise<void>((resolve, reject) => {
      if (input === process.stdin) resolve();
      else input.once('open', () => resolve()).once('error', (e: NodeJS.ErrnoException) => reject(new UsageError(`cannot read ${file}: ${e.code ?? e.message}`)));
    });
    let lineNo = 0;
    let checked = 0;
    let differing = 0;
    for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      lineNo++;
      if (line.trim() === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (error) {
        record = undefined;
        differing++;
        process.stdout.write(`${JSON.stringify({ line: lineNo, problem: `not valid JSON: ${(error as Error).message}` })}\n`);
        continue;
      }
      checked++;
      const diff = replayLine(record, policy);
      if (diff !== null) {
        differing++;
        const logged = (record as { line?: unknown } | null)?.line;
        process.stdout.write(`${JSON.stringify({ line: lineNo, ...(typeof logged === 'number' ? { loggedLine: logged } : {}), ...diff })}\n`);
      }
    }
    process.stderr.write(`replay: ${checked} decision${checked === 1 ? '' : 's'} replayed, ${differing} line${differing === 1 ? '' : 's'} differ${differing === 1 ? 's' : ''}\n`);
    return differing > 0 ? 1 : 0;
  } catch (error) {
    return reportFailure(error, USAGE);
  }
}
