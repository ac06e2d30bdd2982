import type { Decision } from '../../src/_lib/decision.js';
import type { Source } from '../../src/_lib/sources.js';
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
export interface Summary {
  readonly outcome: string;
  readonly actions: string;
  readonly messages: string;
  /** The rules that fired, with their passages (none for an error). */
  readonly trace: readonly { readonly rule: string; readonly source: Source }[];
}

export function summarize(run: () => unknown): Summary {
  try {
    const result = run() as { decision?: Decision } & Decision;
    const d = result.decision ?? result;
    return {
      outcome: `\`${d.outcome}\``,
      actions: d.actions.map((a) => a.kind).join(' → '),
      messages: d.messages.map((m) => m.templateId.split('/')[1]).join(', ') || '—',
      trace: d.trace.map((t) => ({ rule: t.rule, source: t.source })),
    };
  } catch (error) {
    const e = error as Error & { issues?: { path: (string | number)[] }[] };
    const where = e.issues ? `: ${e.issues.map((i) => i.path.join('.')).join(', ')}` : '';
    return { outcome: `*${e.name}${where}*`, actions: '—', messages: '—', trace: [] };
  }
}

/** What a row decides, as compared between the exhaustive and the condensed table. */
export const resultKey = (s: Summary): string => `${s.outcome} | ${s.actions} | ${s.messages}`;

function show(value: unknown): string {
  return value === undefined ? '(absent)' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** One row of an exhaustive table: the value of each axis and what the code decided. */
export interface ExhaustiveRow {
  readonly values: readonly unknown[];
  readonly summary: Summary;
}

/** An exhaustive table: every combination of the axes, run through the code. */
export interface Exhaustive {
  readonly paths: readonly string[];
  /** Every value of each axis, in the spec's order. */
  readonly domains: readonly (readonly unknown[])[];
  readonly rows: readonly ExhaustiveRow[];
}

export function exhaustive(spec: TableSpec): Exhaustive {
  const procedure = findProcedure(spec.id);
  if (!procedure) throw new Error(`unknown procedure ${spec.id}`);
  const paths = Object.keys(spec.axes);
  const rows = product(Object.values(spec.axes)).map((values) => {
    const facts = structuredClone(spec.base) as Record<string, unknown>;
    values.forEach((v, i) => setPath(facts, paths[i] as string, v));
    return { values, summary: summarize(() => procedure.decide(facts, spec.options)) };
  });
  return { paths, domains: Object.values(spec.axes), rows };
}

/** A condensed row: per axis the index of the one value it requires, or `null` for any value. */
export interface CondensedRow {
  readonly when: readonly (number | null)[];
  readonly summary: Summary;
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b) && (a === undefined) === (b === undefined);

/** Whether a condensed row's conditions hold for an exhaustive row. */
export function matches(row: CondensedRow, values: readonly unknown[], domains: readonly (readonly unknown[])[]): boolean {
  return row.when.every((w, i) => w === null || sameValue((domains[i] as readonly unknown[])[w], values[i]));
}

/**
 * Condenses an exhaustive table into a first-hit (DMN "FIRST") decision table, greedily: each next
 * row is a condition (per axis "this value" or "any value") that decides the most rows not yet
 * decided, all the same way; rows decided earlier may match it too, since the first hit wins. Two
 * orders are tried and the shorter table kept: largest first, and exceptions first (the result
 * fewest undecided rows have comes next, so the most common result ends as the catch-all row).
 */
export function condense(t: Exhaustive): CondensedRow[] {
  const choices = product(t.domains.map((d) => [null, ...d.map((_, i) => i)])) as (number | null)[][];
  const index = t.rows.map((r) => r.values.map((v, a) => (t.domains[a] as readonly unknown[]).findIndex((d) => sameValue(d, v))));
  const keys = t.rows.map((r) => resultKey(r.summary));
  const hits = (when: readonly (number | null)[], i: number) => when.every((w, a) => w === null || w === (index[i] as number[])[a]);
  const run = (exceptionsFirst: boolean): CondensedRow[] => {
    let open = t.rows.map((_, i) => i);
    const out: CondensedRow[] = [];
    while (open.length > 0) {
      const counts = new Map<string, number>();
      for (const i of open) counts.set(keys[i] as string, (counts.get(keys[i] as string) ?? 0) + 1);
      const target = exceptionsFirst ? [...counts].reduce((a, b) => (b[1] < a[1] ? b : a))[0] : undefined;
      let best: { when: (number | null)[]; covered: number[]; any: number } | undefined;
      for (const when of choices) {
        const covered = open.filter((i) => hits(when, i));
        if (covered.length === 0) continue;
        const key = keys[covered[0] as number] as string;
        if ((target !== undefined && key !== target) || !covered.every((i) => keys[i] === key)) continue;
        const any = when.filter((w) => w === null).length;
        if (!best || covered.length > best.covered.length || (covered.length === best.covered.length && any > best.any)) best = { when, covered, any };
      }
      // A single fully specified row always qualifies, so `best` is set.
      const chosen = best as NonNullable<typeof best>;
      out.push({ when: chosen.when, summary: (t.rows[chosen.covered[0] as number] as ExhaustiveRow).summary });
      open = open.filter((i) => !chosen.covered.includes(i));
    }
    return out;
  };
  const largest = run(false);
  const exceptions = run(true);
  return exceptions.length <= largest.length ? exceptions : largest;
}

/**
 * The proof that a condensed table says what the exhaustive one says: every exhaustive row's first
 * matching condensed row decides it the same way, and every condensed row is the first match of
 * at least one row. Returns the problems (empty when equal).
 */
export function firstHitProblems(t: Exhaustive, condensed: readonly CondensedRow[]): string[] {
  const problems: string[] = [];
  const used = new Set<number>();
  for (const row of t.rows) {
    const hit = condensed.findIndex((c) => matches(c, row.values, t.domains));
    const label = row.values.map(show).join(', ');
    if (hit < 0) problems.push(`no condensed row matches ${label}`);
    else if (resultKey((condensed[hit] as CondensedRow).summary) !== resultKey(row.summary)) {
      problems.push(`${label}: row ${hit + 1} says ${resultKey((condensed[hit] as CondensedRow).summary)}, the code says ${resultKey(row.summary)}`);
    } else used.add(hit);
  }
  condensed.forEach((_, i) => used.has(i) || problems.push(`row ${i + 1} is never the first match`));
  return problems;
}

/** Links to the passages of the rules that set a row apart (the rules not fired on every row). */
function passages(s: Summary, common: ReadonlySet<string>, link: (source: Source) => string): string {
  const seen = new Set<string>();
  const cites = s.trace.filter((t) => !common.has(t.rule) && !seen.has(t.source.section) && seen.add(t.source.section)).slice(0, 3);
  if (cites.length === 0) return '—';
  return cites
    .map((t) => {
      const words = t.source.section.split(/\s+/);
      const short = words.length > 6 ? `${words.slice(0, 6).join(' ')} …` : t.source.section;
      return `[“${short.replace(/[[\]]/g, '')}”](${link(t.source)})`;
    })
    .join(' · ');
}

/** The first actions of a row: the whole sequence when short, else its first four steps. */
function firstActions(actions: string): string {
  const steps = actions.split(' → ');
  return steps.length > 4 ? `${steps.slice(0, 4).join(' → ')} → …` : actions;
}

/** The seed link of a passage, as written in a docs page (the site turns it into the seed page). */
export function docLink(anchor: (source: Source) => string): (source: Source) => string {
  return (source) => `seeds/${source.seed}#${anchor(source)}`;
}

/** The condensed table and, collapsed below it, the exhaustive one. */
export function renderTables(t: Exhaustive, intro: string, link: (source: Source) => string): string {
  const condensed = condense(t);
  const common = new Set(
    (t.rows[0]?.summary.trace ?? []).map((x) => x.rule).filter((rule) => t.rows.every((r) => r.summary.trace.some((x) => x.rule === rule))),
  );
  const crows = condensed.map((c, i) => [
    String(i + 1),
    ...c.when.map((w, a) => (w === null ? '–' : show((t.domains[a] as readonly unknown[])[w]))),
    `${c.summary.outcome}${c.summary.actions === '—' ? '' : `<br>${firstActions(c.summary.actions)}`}`,
    c.summary.messages,
    passages(c.summary, common, link),
  ]);
  const xrows = t.rows.map((r) => [...r.values.map(show), r.summary.outcome, r.summary.actions, r.summary.messages]);
  return [
    `${intro} First match wins, \`–\` is any value (${condensed.length} rows for ${t.rows.length} combinations):`,
    '',
    table(['#', ...t.paths, 'outcome, first actions', 'messages', 'SOP passage'], crows),
    '',
    `<details><summary>All ${t.rows.length} combinations, one per row</summary>`,
    '',
    table([...t.paths, 'outcome', 'actions', 'messages'], xrows),
    '',
    '</details>',
  ].join('\n');
}

/** The decision table of a spec, condensed, with its exhaustive table. */
export function decisionTable(spec: TableSpec, link: (source: Source) => string): string {
  const t = exhaustive(spec);
  const fixed = Object.entries(spec.base)
    .filter(([key]) => !t.paths.includes(key))
    .map(([key, value]) => `\`${key}\` = \`${JSON.stringify(value)}\``);
  const intro = `Over ${t.paths.map((p) => `\`${p}\``).join(', ')}${fixed.length ? `, with ${fixed.join(', ')}` : ''}${spec.options?.timeZone ? ` in ${spec.options.timeZone}` : ''}.`;
  return renderTables(t, intro, link);
}

/** The bundled examples of a procedure (its boundary cases), run through the code. */
export function examplesTable(id: string): string {
  const procedure = findProcedure(id);
  if (!procedure) throw new Error(`unknown procedure ${id}`);
  const rows = procedure.examples.map((e) => {
    const s = summarize(() => procedure.decide(e.facts, e.options));
    return [`\`${e.name}\``, e.description, s.outcome, s.actions];
  });
  return [`The bundled examples (\`solar-sop decide ${id} --example NAME\`, and the playground's list):`, '', table(['example', 'case', 'outcome', 'actions'], rows)].join('\n');
}

/** The playground of a procedure page (site/playground/main.ts mounts it). */
export function playground(id: string): string {
  return [
    `**Try it.** Pick an example or edit the facts; the decision below is made by the library itself, in your browser.`,
    '',
    `<div class="playground" data-playground="${id}"><p class="pg-noscript">The playground needs JavaScript.</p></div>`,
  ].join('\n');
}
