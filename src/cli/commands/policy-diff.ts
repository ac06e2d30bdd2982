// `solar-sop policy diff a.json b.json [cases…]`: what changes between two policies.
import { parseArgs } from 'node:util';
import { SopInputError } from '../../_lib/errors.js';
import { definePolicy } from '../../policy/define.js';
import { loadCaseFiles } from '../../testing/load.js';
import { CaseFileError } from '../../testing/parse.js';
import { diffPolicies, type DecisionView } from '../../testing/policy-diff.js';
import { CommandError, EXIT, guarded, policyProblems, readPolicyFile } from '../testing-io.js';

export const USAGE = `Usage: solar-sop policy diff a.json b.json [case files or folders…]

Prints the policy values that differ (with the seed passage each default comes from), then every
decision whose outcome, actions or messages change, side by side, over the shipped examples and the
given cases. Exit codes: 0 done (whether or not anything differs), 2 usage error or unreadable file.`;

const WIDTH = 60;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    let line = raw;
    while (line.length > width) {
      const cut = line.lastIndexOf(' ', width) > 0 ? line.lastIndexOf(' ', width) : width;
      lines.push(line.slice(0, cut));
      line = line.slice(cut).trimStart();
    }
    lines.push(line);
  }
  return lines;
}

function lines(v: DecisionView, part: 'outcome' | 'actions' | 'messages' | 'error'): string[] {
  if ('error' in v) return wrap(v.error, WIDTH);
  if (part === 'error') return [`decided: ${v.outcome}`];
  if (part === 'outcome') return [v.outcome];
  if (part === 'actions') return v.actions.flatMap((a, i) => wrap(`${i + 1}. ${a}`, WIDTH));
  return v.messages.flatMap((m) => [`--- ${m.templateId} (to ${m.audience})`, ...wrap(m.text, WIDTH)]);
}

function sideBySide(left: string[], right: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    out.push(`    ${l.padEnd(WIDTH)} ${l === r ? '|' : '≠'} ${r}`.trimEnd());
  }
  return out;
}

function shown(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export async function run(args: string[]): Promise<number> {
  return guarded(() => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length < 2) throw new CommandError(`policy diff takes two policy files, then case files or folders.\n\n${USAGE}`);
    const [fa, fb, ...casePaths] = positionals as [string, string, ...string[]];
    const [a, b] = [readPolicyFile(fa), readPolicyFile(fb)];
    for (const [file, overrides] of [[fa, a], [fb, b]] as const) {
      try {
        definePolicy(overrides);
      } catch (error) {
        if (error instanceof SopInputError) throw new CommandError(policyProblems(file, error));
        throw error;
      }
    }
    let cases;
    try {
      cases = loadCaseFiles(casePaths);
    } catch (error) {
      if (error instanceof CaseFileError) throw new CommandError(error.message);
      throw error;
    }
    const diff = diffPolicies(a, b, cases);
    const out: string[] = [`Policy values (${fa} → ${fb}):`];
    if (diff.values.length === 0) out.push('  none differ');
    for (const v of diff.values) {
      out.push(`  ${v.path}: ${shown(v.a)} → ${shown(v.b)}`);
      out.push(`    ${v.description}${v.source ? ` Default from ${v.source.seed} § "${v.source.section}"` : ' The seeds are silent'}${v.decision ? ` (${v.decision})` : ''}.`);
    }
    out.push('', `Decisions that change (${diff.decisions.length} of ${diff.compared} compared):`);
    for (const d of diff.decisions) {
      out.push(`  ${d.procedure} — ${d.name}${d.step === undefined ? '' : `, step ${d.step}`}: ${d.changed.join(', ')} changed`);
      out.push(`    ${fa.padEnd(WIDTH)}   ${fb}`);
      for (const part of d.changed) {
        out.push(`   ${part}:`, ...sideBySide(lines(d.a, part), lines(d.b, part)));
      }
      out.push('');
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return EXIT.ok;
  });
}
