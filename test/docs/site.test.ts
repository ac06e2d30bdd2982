import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../../src/_lib/sources.js';
import { procedures } from '../../src/procedures.js';
import { citations, quotesBySeed } from '../../site/citations.js';
import { guideQuotes, PAGE_SEEDS } from '../../site/guide-citations.js';
import { fold, locateQuotes, quoteAnchor, renderSeed } from '../../site/passages.js';
import { docPath, syncRegion, table } from './sync.js';

const seedRaw = new Map<string, string>(Object.values(SEEDS).map((s) => [s, readFileSync(docPath(`seeds/${s}`), 'utf8')]));
const seedFolded = new Map([...seedRaw].map(([s, t]) => [s, fold(t)]));
const page = (name: string) => readFileSync(docPath(`${name}.md`), 'utf8');

/** The quotes each seed page marks, as the site build gathers them: the code's and the guides'. */
function allQuotes(): Map<string, string[]> {
  const quotes = quotesBySeed();
  for (const [name, seeds] of Object.entries(PAGE_SEEDS)) {
    for (const { quote, seed } of guideQuotes(page(name), seeds, seedFolded)) quotes.get(seed)?.push(quote);
  }
  return quotes;
}
const quotes = allQuotes();
const rendered = new Map([...seedRaw].map(([s, raw]) => [s, renderSeed(raw, quotes.get(s) ?? [])]));

describe('every citation lands on its passage', () => {
  it.each(citations().map((c) => [c.by, c] as const))('%s: its quote has an anchor on the seed page, marking exactly the quote', (_by, c) => {
    const seed = rendered.get(c.source.seed);
    expect(seed, `no seed page for ${c.source.seed}`).toBeDefined();
    expect(seed?.anchors.has(quoteAnchor(c.source.section)), `no anchor for “${c.source.section}”`).toBe(true);
    const raw = seedRaw.get(c.source.seed) as string;
    const at = locateQuotes(raw, [c.source.section]).located[0];
    expect(fold(raw.slice(at?.start, at?.end))).toBe(fold(c.source.section));
  });

  it('finds the citations of every rule set, template and policy value', () => {
    const by = citations().map((c) => c.by);
    for (const prefix of ['pto-delay/', 'service-desk/', 'system-support/', 'pv-watts-outage/', 'policy ']) expect(by.some((b) => b.startsWith(prefix)), prefix).toBe(true);
  });

  it('gives a quote that is not in its seed no anchor (so the checks above can fail)', () => {
    const raw = seedRaw.get(SEEDS.ptoDelay) as string;
    const r = renderSeed(raw, ['a sentence the wiki never says']);
    expect(r.missing).toEqual(['a sentence the wiki never says']);
    expect(r.anchors.has(quoteAnchor('a sentence the wiki never says'))).toBe(false);
  });

  it('keeps anchors stable: the same quote always gets the same anchor, whatever its spacing and quotes', () => {
    expect(quoteAnchor('All others')).toBe('q-all-others-d371be');
    expect(quoteAnchor('  all   OTHERS ')).toBe(quoteAnchor('All others'));
    expect(quoteAnchor('Can’t')).toBe(quoteAnchor("Can't"));
  });

  it.each(['index', 'policy', 'pto-delay', 'system-support', 'service-desk', 'pv-watts-outage'])(
    '%s.md: every link to a seed passage names an anchor of that seed page',
    (name) => {
      for (const m of page(name).matchAll(/\]\(seeds\/([^)#\s]+)(?:#([^)\s]+))?\)/g)) {
        const seed = rendered.get(m[1] as string);
        expect(seed, `unknown seed ${m[1]}`).toBeDefined();
        if (m[2]) expect(seed?.anchors.has(m[2]), `${m[1]}#${m[2]}`).toBe(true);
      }
    },
  );

  it('marks every emphasized seed heading a guide page cites', () => {
    const cited = guideQuotes(page('pto-delay'), PAGE_SEEDS['pto-delay'] as string[], seedFolded).map((q) => q.quote);
    expect(cited).toContain('Background');
    expect(cited).toContain('Installer Communications');
  });
});

describe('the product decisions page (docs/sops.md)', () => {
  const sops = page('sops');
  const items = new Set([...sops.matchAll(/^(\d+)\. \*\*/gm)].map((m) => Number(m[1])));

  it('is the product team’s SOPS.md, unchanged below its note', () => {
    const body = sops.slice(sops.indexOf('# The procedures this library encodes'));
    const shared = fileURLToPath(new URL('../../../shared/SOPS.md', import.meta.url));
    if (existsSync(shared)) expect(body).toBe(readFileSync(shared, 'utf8'));
    expect(items.size).toBeGreaterThanOrEqual(15);
  });

  it('has every numbered decision the docs and the code cite (SOPS.md item N)', () => {
    const texts = readdirSync(docPath('.')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(docPath(f), 'utf8'));
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}${e.name}/`) : e.name.endsWith('.ts') ? [readFileSync(`${dir}${e.name}`, 'utf8')] : []));
    const cited = [...texts, ...walk(src)].flatMap((t) => [...t.matchAll(/SOPS\.md items? (\d+)/g)].map((m) => Number(m[1])));
    expect(cited.length).toBeGreaterThan(20);
    for (const n of cited) expect(items.has(n), `SOPS.md item ${n}`).toBe(true);
  });
});

/** typedoc's heading anchor (its Slugger), so the landing page links land on the guide headings. */
function slug(heading: string): string {
  return heading.trim().replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '').replace(/\s/g, '-').replace(/--+/, '-').toLowerCase();
}

const MODULES: [string, string][] = [
  ['service-desk', 'Service-desk queue'],
  ['pto-delay', 'PTO / M3 delay and "double billing"'],
  ['system-support', 'Homeowner system support'],
  ['pv-watts-outage', 'PV Watts API outage'],
];

describe('the landing page (docs/index.md)', () => {
  it('lists every procedure, with what it decides, linked to its section of the guide', () => {
    const parts = MODULES.map(([module, title]) => {
      const guide = page(module);
      const seeds = (PAGE_SEEDS[module] as string[]).map((s) => `[\`${s}\`](seeds/${s})`).join(', ');
      const rows = procedures
        .filter((p) => p.id.startsWith(`${module}/`))
        .map((p) => {
          const head = guide.slice(0, guide.indexOf(`<!-- decision-tables:${p.id} -->`));
          const heading = [...head.matchAll(/^## (.+)$/gm)].pop()?.[1] as string;
          expect(heading, `${p.id}: no heading before its tables`).toBeDefined();
          expect(heading, `${p.id}: the heading is only code`).not.toMatch(/^`[^`]*`$/);
          return [`[${heading}](${module}.md#${slug(heading)})`, p.summary, p.outcomes.map((o) => `\`${o}\``).join(', ')];
        });
      return [`### ${title}`, '', `The guide: [${title}](${module}.md) · the wiki page${seeds.includes(', ') ? 's' : ''} it encodes: ${seeds}`, '', table(['procedure', 'what it decides', 'outcomes'], rows)].join('\n');
    });
    syncRegion('index.md', 'landing-procedures', parts.join('\n\n'));
  });

  it('puts a playground on every procedure’s page', () => {
    for (const p of procedures) expect(page(p.id.split('/')[0] as string), p.id).toContain(`data-playground="${p.id}"`);
  });
});
