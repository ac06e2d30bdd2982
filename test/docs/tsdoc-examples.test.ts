import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as calendar from '../../src/calendar/index.js';
import * as templates from '../../src/templates/index.js';
import * as serviceDesk from '../../src/service-desk/index.js';
import * as ptoDelay from '../../src/pto-delay/index.js';
import * as systemSupport from '../../src/system-support/index.js';
import * as pvWattsOutage from '../../src/pv-watts-outage/index.js';
import * as testing from '../../src/testing/index.js';
import * as server from '../../src/server/index.js';

/**
 * Every `@example` in the TSDoc of src/ is run against the source, and every `//=> value` it
 * states is checked: the reference site's examples cannot rot.
 */
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const MODULES: Record<string, unknown> = {
  'solar-sop': root,
  'solar-sop/calendar': calendar,
  'solar-sop/templates': templates,
  'solar-sop/service-desk': serviceDesk,
  'solar-sop/pto-delay': ptoDelay,
  'solar-sop/system-support': systemSupport,
  'solar-sop/pv-watts-outage': pvWattsOutage,
  'solar-sop/testing': testing,
  'solar-sop/server': server,
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'cli' ? [] : files(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

interface Example {
  readonly where: string;
  readonly code: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
      const code = (m[1] as string).split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
      const line = text.slice(0, m.index).split('\n').length;
      out.push({ where: `${relative(SRC, file)}:${line}`, code });
    }
  }
  return out;
}

/** Evaluates the expected value after `//=>`, dropping a trailing "(explanation)" when needed. */
function expected(text: string): unknown {
  const attempts = [text, text.replace(/\s*\([^()]*\)\s*$/, '')];
  for (const t of attempts) {
    try {
      return new Function(`return (${t});`)();
    } catch {
      // try the next form
    }
  }
  throw new Error(`cannot read the expected value: ${text}`);
}

/**
 * Splits code into top-level statements (at `;` or a block's closing `}` at depth 0), each with
 * the `//=> value` comment that follows it, if any. Strings and template literals are skipped.
 */
function statements(code: string): { text: string; expect?: string }[] {
  const out: { text: string; expect?: string }[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  const push = (end: number) => {
    const text = code.slice(start, end).trim();
    // Comments after the statement: an expected value is `//=> …` plus `// …` continuation lines.
    let j = end;
    let value: string | undefined;
    const rest = code.slice(j);
    const m = /^[ \t]*(?:\n[ \t]*)?\/\/=>\s?(.*)((?:\n[ \t]*\/\/(?!=>).*)*)/.exec(rest);
    if (m) {
      value = `${m[1]}${(m[2] ?? '').replace(/\n[ \t]*\/\//g, '\n')}`.trim();
      j += m[0].length;
    }
    if (text !== '') out.push(value === undefined ? { text } : { text, expect: value });
    start = j;
    return j;
  };
  while (i < code.length) {
    const c = code[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === ')' || c === ']' || c === '}') depth--;
    const endsBlock = c === '}' && /^\s*(try|if|for|while|switch)\b/.test(code.slice(start)) && !/^\s*(catch|finally|else)\b/.test(code.slice(i + 1));
    if (depth === 0 && (c === ';' || endsBlock)) {
      i = push(i + 1);
      continue;
    }
    i++;
  }
  push(code.length);
  return out;
}

/** Turns an example into an async function body whose `//=>` comments become checks. */
function compile(code: string): { body: string; checks: unknown[] } {
  const checks: unknown[] = [];
  // `console.log(x); //=> v`, at any depth: check x where it is logged.
  const logged = code.replace(/console\.log\((.*)\);?\s*\/\/=>\s*(.+)$/gm, (_m, expr: string, value: string) => {
    checks.push(expected(value));
    return `__check(${checks.length - 1}, ${expr});`;
  });
  const out: string[] = [];
  for (const st of statements(logged)) {
    const imp = /^import\s+(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+'([^']+)';?$/.exec(st.text);
    if (imp) {
      if (!((imp[2] as string) in MODULES)) throw new Error(`unknown import ${imp[2]}`);
      const binding = (imp[1] as string).startsWith('*') ? (imp[1] as string).replace(/^\*\s+as\s+/, '') : (imp[1] as string).replace(/\s+as\s+/g, ': ');
      out.push(`const ${binding} = __mods[${JSON.stringify(imp[2])}];`);
      continue;
    }
    if (st.expect === undefined) {
      out.push(st.text);
      continue;
    }
    checks.push(expected(st.expect));
    const decl = /^(?:const|let)\s+(\w+)\s*=/.exec(st.text);
    if (decl) out.push(st.text, `__check(${checks.length - 1}, ${decl[1]});`);
    else out.push(`__check(${checks.length - 1}, (${st.text.replace(/;\s*$/, '')}));`);
  }
  return { body: out.join('\n'), checks };
}

/** Strips TypeScript from the compiled example and returns it as a runnable async function. */
function load(body: string): (check: (i: number, v: unknown) => void) => Promise<void> {
  const js = transformSync(`module.exports = async function (__check, __mods, console) {\n${body}\n};`, { loader: 'ts', format: 'cjs' }).code;
  const module = { exports: undefined as unknown };
  new Function('module', js)(module);
  const fn = module.exports as (c: unknown, m: unknown, console: unknown) => Promise<void>;
  return (check) => fn(check, MODULES, { log: () => {} });
}

describe('TSDoc @example blocks run and state true values', () => {
  const all = examples();
  it('finds the examples', () => {
    expect(all.length).toBeGreaterThan(30);
  });
  for (const ex of all) {
    it(ex.where, async () => {
      const { body, checks } = compile(ex.code);
      const seen: [number, unknown][] = [];
      await load(body)((i: number, v: unknown) => seen.push([i, v]));
      expect(seen.length, `checks that ran in:\n${body}`).toBe(checks.length);
      for (const [i, v] of seen) expect(v, `//=> #${i} in:\n${body}`).toEqual(checks[i]);
    });
  }
});

describe('every exported function has a TSDoc @example', () => {
  const sources = files(SRC).map((f) => [relative(SRC, f), readFileSync(f, 'utf8')] as const);
  const names = new Set<string>();
  for (const mod of Object.values(MODULES)) {
    for (const [name, value] of Object.entries(mod as Record<string, unknown>)) {
      if (typeof value === 'function' && !/^[A-Z]/.test(name)) names.add(name);
    }
  }
  it.each([...names].sort())('%s', (name) => {
    const found = sources.find(([, text]) => new RegExp(`export function ${name}\\b`).test(text));
    expect(found, `no "export function ${name}" in src/`).toBeDefined();
    const [, text] = found as readonly [string, string];
    const at = text.search(new RegExp(`export function ${name}\\b`));
    const doc = text.slice(text.lastIndexOf('/**', at), at);
    expect(doc, `${name} has no TSDoc`).toMatch(/^\/\*\*/);
    expect(doc, `${name} has no @example`).toContain('@example');
  });
});
