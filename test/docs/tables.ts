import type { Decision } from '../../src/_lib/decision.js';
import { findProcedure } from '../../src/procedures.js';
import { table } from './sync.js';

/** The documented input space of one procedure: a base case and the facts to vary over it. */
export interface TableSpec {
  readonly id: string;
  /** Facts every row starts from. */
  readonly base: Readonly<Record<string, unknown>>;
  /** Dotted fact path → every value to try (`undefined` leaves the fact out). Rows are the cross product. */
  readonly axes: Readonly<Record<string, readonly unknown[]>>;
  readonly options?: { readonly timeZone?: string };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...((node[key] as Record<string, unknown> | undefined) ?? {}) };
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

function product(axes: readonly (readonly unknown[])[]): unknown[][] {
  return axes.reduce<unknown[][]>((rows, values) => rows.flatMap((row) => values.map((v) => [...row, v])), [[]]);
}

/** What a decision (or the error it threw) shows in a table row. */
export function summarize(run: () => unknown): { outcome: string; actions: string; messages: string } {
  try {
    const result = run() as { decision?: Decision } & Decision;
    const d = result.decision ?? result;
    return {
      outcome: `\`${d.outcome}\``,
      actions: d.actions.map((a) => a.kind).join(' → '),
      messages: d.messages.map((m) => m.templateId.split('/')[1]).join(', ') || '—',
    };
  } catch (error) {
    const e = error as Error & { issues?: { path: (string | number)[] }[] };
    const where = e.issues ? `: ${e.issues.map((i) => i.path.join('.')).join(', ')}` : '';
    return { outcome: `*${e.name}${where}*`, actions: '—', messages: '—' };
  }
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** The decision table of a spec: one row per combination of its axes, run through the code. */
export function decisionTable(spec: TableSpec): string {
  const procedure = findProcedure(spec.id);
  if (!procedure) throw new Error(`unknown procedure ${spec.id}`);
  const paths = Object.keys(spec.axes);
  const rows = product(Object.values(spec.axes)).map((values) => {
    const facts = structuredClone(spec.base) as Record<string, unknown>;
    values.forEach((v, i) => setPath(facts, paths[i] as string, v));
    const s = summarize(() => procedure.decide(facts, spec.options));
    return [...values.map(show), s.outcome, s.actions, s.messages];
  });
  const fixed = Object.entries(spec.base)
    .filter(([key]) => !paths.includes(key))
    .map(([key, value]) => `\`${key}\` = \`${JSON.stringify(value)}\``);
  return [
    `Every combination of ${paths.map((p) => `\`${p}\``).join(', ')} (${rows.length} rows)${fixed.length ? `, with ${fixed.join(', ')}` : ''}${spec.options?.timeZone ? ` in ${spec.options.timeZone}` : ''}:`,
    '',
    table([...paths, 'outcome', 'actions', 'messages'], rows),
  ].join('\n');
}

/** The bundled examples of a procedure (its boundary cases), run through the code. */
export function examplesTable(id: string): string {
  const procedure = findProcedure(id);
  if (!procedure) throw new Error(`unknown procedure ${id}`);
  const rows = procedure.examples.map((e) => {
    const s = summarize(() => procedure.decide(e.facts, e.options));
    return [`\`${e.name}\``, e.description, s.outcome, s.actions];
  });
  return [`The bundled examples (\`solar-sop decide ${id} --example NAME\`):`, '', table(['example', 'case', 'outcome', 'actions'], rows)].join('\n');
}
