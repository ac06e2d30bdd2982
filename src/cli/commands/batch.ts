/**
 * `solar-sop batch`: one decision per NDJSON line, one output record per input line, in order.
 * A bad or failing line is an error record for that line; the batch always reads to the end.
 */
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TraceEntry } from '../../_lib/decision.js';
import type { ProcedureInfo } from '../../_lib/procedure.js';
import { type ErrorRecord, errorRecord } from '../issues.js';
import {
  BufferedOutput,
  checkFile,
  checkNow,
  CliError,
  decisionOf,
  EXIT,
  isInputError,
  isStdoutClosed,
  nearest,
  parseCommandArgs,
  procedureOrFail,
  readPolicyFile,
  usageError,
  withNow,
} from '../shared.js';

export const HELP = `Usage: solar-sop batch <procedure> [file.ndjson | -] [options]

Decides one case per line of NDJSON (one JSON object of facts per line), read from the file, or
from stdin for - or no file. Lines are split on LF (a CR before it is dropped). Every input line
gives exactly one output line, in order, each with the input "line" number:
  {"line":1,"procedure":…,"outcome":…,…}                       a decision
  {"line":2,"error":{"type":"InvalidJson","message":…}}          an error record
Error types: EmptyLine, InvalidUtf8, InvalidJson, SopInputError (with "issues": path, code,
message, suggestion), TemplateError, …, and InternalError (a defect in solar-sop; the batch goes on).
A summary goes to stderr: "<procedure>: 20000 lines: 19998 ok (…), 2 invalid".
  --policy file.json   overrides for definePolicy: { "name", "version", ...values }
  --now ISO            the moment used for lines without "now" (default: the clock at the start)
  --select a,b,…       write only these fields of each decision (plus "line")
  --compact            leave the SOP source out of each trace entry
  --with-facts         write {"line","facts","decision"}: the facts as decided (now included)
                       beside each decision, for solar-sop replay
Exit codes: 0 every line decided, 1 some line invalid, 2 usage error (before any line),
70 some line hit a defect in solar-sop. A reader that closes the pipe early (| head) is exit 0.`;

const OPTIONS = ['policy', 'now', 'select', 'compact', 'with-facts', 'help'];
const CORE_FIELDS = ['procedure', 'outcome', 'actions', 'messages', 'trace', 'policy'];

/** The fields a decision of `p` can have: the core ones and those its bundled examples show. */
function decisionFields(p: ProcedureInfo): string[] {
  const fields = new Set(CORE_FIELDS);
  for (const example of p.examples) {
    try {
      const { decision, state } = decisionOf(p.decide(example.facts, example.options));
      for (const key of Object.keys(decision)) fields.add(key);
      if (state !== undefined) fields.add('state');
    } catch {
      // An example that no longer decides is caught by the examples' own tests.
    }
  }
  return [...fields];
}

function parseSelect(p: ProcedureInfo, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  // `line` is always written; naming it is allowed.
  const fields = value.split(',').map((f) => f.trim()).filter((f) => f !== '' && f !== 'line');
  if (fields.length === 0) throw usageError('batch', '--select needs field names, such as --select outcome,actions');
  const known = decisionFields(p);
  for (const field of fields) {
    if (!known.includes(field)) {
      const near = nearest(field, known);
      throw usageError('batch', `--select: ${p.id} decisions have no field "${field}"${near ? `; did you mean "${near}"?` : `; fields: ${known.join(', ')}`}`);
    }
  }
  return fields;
}

/** The trace without its sources (`--compact`): each entry's rule and detail. */
function compactTrace(trace: unknown): unknown {
  return Array.isArray(trace) ? (trace as readonly TraceEntry[]).map((t) => ({ rule: t.rule, detail: t.detail })) : trace;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('batch', OPTIONS, () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: 'string' },
        now: { type: 'string' },
        select: { type: 'string' },
        compact: { type: 'boolean', default: false },
        'with-facts': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  // Everything that can be wrong with the command is checked before the first line is read.
  const p = await procedureOrFail('batch', positionals[0]);
  const now = (await checkNow('batch', values.now)) ?? new Date().toISOString();
  if (positionals.length > 2) throw usageError('batch', `takes one input file, got ${positionals.length - 1}`);
  const file = positionals[1];
  if (file === undefined && process.stdin.isTTY) throw usageError('batch', 'give an NDJSON file, or - to read stdin');
  const fromStdin = file === undefined || file === '-';
  if (!fromStdin) checkFile(file, 'input file');
  const select = parseSelect(p, values.select);
  const compact = values.compact;
  const withFacts = values['with-facts'];
  if (withFacts && select) throw usageError('batch', '--with-facts writes whole decisions (for replay); it does not go with --select');
  const policy = await readPolicyFile(values.policy);
  const options = policy ? { policy } : undefined;

  const counts = new Map<string, number>();
  let invalid = 0;
  let failed = 0;
  let lineNo = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  const errorLine = (error: ErrorRecord): string => JSON.stringify({ line: lineNo, error });

  /** The output record of one input line (without its CR and LF). */
  const recordOf = (bytes: Uint8Array): string => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      invalid++;
      return errorLine({ type: 'InvalidUtf8', message: `line ${lineNo} is not valid UTF-8 text` });
    }
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') {
      invalid++;
      return errorLine({ type: 'EmptyLine', message: `line ${lineNo} is empty; every line holds one JSON object of facts` });
    }
    let facts: unknown;
    try {
      facts = JSON.parse(text);
    } catch (error) {
      invalid++;
      return errorLine({ type: 'InvalidJson', message: `not valid JSON: ${(error as Error).message}` });
    }
    const input = withNow(p, facts, now);
    let result: ReturnType<typeof decisionOf>;
    try {
      result = decisionOf(p.decide(input, options));
    } catch (error) {
      if (isInputError(error)) {
        invalid++;
        return errorLine(errorRecord(p, input, error));
      }
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      return errorLine({ type: 'InternalError', message: `unexpected error in solar-sop (please report it): ${message}` });
    }
    const { decision, state } = result;
    const outcome = String(decision.outcome);
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    if (select) {
      const record: Record<string, unknown> = { line: lineNo };
      for (const field of select) {
        const value = field === 'state' && !('state' in decision) ? state : decision[field];
        record[field] = field === 'trace' && compact ? compactTrace(value) : value;
      }
      return JSON.stringify(record);
    }
    const out = compact ? { ...decision, trace: compactTrace(decision.trace) } : decision;
    if (withFacts) return JSON.stringify(state === undefined ? { line: lineNo, facts: input, decision: out } : { line: lineNo, facts: input, state, decision: out });
    return JSON.stringify(state === undefined ? { line: lineNo, ...out } : { line: lineNo, state, decision: out });
  };

  const output = new BufferedOutput();
  const progress = process.stderr.isTTY;
  const input = fromStdin ? process.stdin : createReadStream(file);
  const emit = async (bytes: Uint8Array) => {
    lineNo++;
    // Split on LF only; one CR before it (CRLF files) is not part of the line.
    const line = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
    const pending = output.push(`${recordOf(line)}\n`);
    if (pending) await pending;
    if (progress && lineNo % 10_000 === 0) process.stderr.write(`\r${lineNo} lines…`);
  };

  let rest: Buffer[] = [];
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let start = 0;
      let lf = chunk.indexOf(10);
      while (lf !== -1) {
        const piece = chunk.subarray(start, lf);
        await emit(rest.length > 0 ? Buffer.concat([...rest, piece]) : piece);
        rest = [];
        start = lf + 1;
        lf = chunk.indexOf(10, start);
      }
      if (start < chunk.length) rest.push(chunk.subarray(start));
      // The reader went away (`| head -1`): it has what it wanted.
      if (isStdoutClosed()) return EXIT.ok;
    }
  } catch (error) {
    throw new CliError(`Cannot read ${fromStdin ? 'stdin' : `input file ${file}`}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.invalid);
  }
  // A last line without a final LF is a line too.
  if (rest.length > 0) await emit(Buffer.concat(rest));
  await output.flush();
  if (isStdoutClosed()) return EXIT.ok;

  if (progress) process.stderr.write('\r');
  const ok = lineNo - invalid - failed;
  const outcomes = [...counts.entries()].sort().map(([outcome, n]) => `${outcome}: ${n}`);
  process.stderr.write(
    `${p.id}: ${lineNo} line${lineNo === 1 ? '' : 's'}: ${ok} ok${outcomes.length ? ` (${outcomes.join(', ')})` : ''}, ${invalid} invalid` +
      `${failed > 0 ? `, ${failed} failed by a defect in solar-sop (please report it)` : ''}\n`,
  );
  return failed > 0 ? EXIT.internal : invalid > 0 ? EXIT.failed : EXIT.ok;
}
