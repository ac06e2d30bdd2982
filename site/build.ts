// Generates the site's source pages before typedoc runs (bundled and run by scripts/site-assets.mjs):
// one page per seed with an anchor per passage and every cited quote marked, the developer README
// as its own page, and the map the typedoc plugin uses to link guide-page citations.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from '../src/_lib/sources.js';
import { citations, quotesBySeed, SEED_TITLES } from './citations.js';
import { guideQuotes, PAGE_SEEDS } from './guide-citations.js';
import { fold, passageHref, quoteAnchor, renderSeed } from './passages.js';

export interface BuildResult {
  readonly pages: string[];
  readonly quotes: number;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function buildSourcePages(root: string, out: string): BuildResult {
  const docs = join(root, 'docs');
  const seedRaw = new Map(Object.values(SEEDS).map((s) => [s, readFileSync(join(docs, 'seeds', s), 'utf8')]));
  const seedFolded = new Map([...seedRaw].map(([s, t]) => [s, fold(t)]));
  const quotes = quotesBySeed();
  // Prose citations of the guide pages: marked in the seed pages too, and linked by the plugin.
  const guideLinks: Record<string, Record<string, string>> = {};
  for (const [page, seeds] of Object.entries(PAGE_SEEDS)) {
    const md = readFileSync(join(docs, `${page}.md`), 'utf8');
    guideLinks[page] = {};
    for (const { quote, seed } of guideQuotes(md, seeds, seedFolded)) {
      quotes.get(seed)?.push(quote);
      (guideLinks[page] as Record<string, string>)[fold(quote)] = passageHref(seed, quote);
    }
  }
  const citedBy = new Map<string, string[]>();
  for (const c of citations()) {
    const key = `${c.source.seed}#${quoteAnchor(c.source.section)}`;
    citedBy.set(key, [...(citedBy.get(key) ?? []), c.by]);
  }
  mkdirSync(join(out, 'sources'), { recursive: true });
  const pages: string[] = [];
  let total = 0;
  for (const [seed, raw] of seedRaw) {
    const rendered = renderSeed(raw, quotes.get(seed) ?? []);
    if (rendered.missing.length) throw new Error(`${seed}: quotes not found: ${rendered.missing.join(' | ')}`);
    const cited = [...new Set(quotes.get(seed))];
    total += cited.length;
    const rows = cited
      .map((q) => {
        const by = citedBy.get(`${seed}#${quoteAnchor(q)}`) ?? ['the guide pages'];
        return `<li><a href="#${quoteAnchor(q)}">“${escapeHtml(q)}”</a> — ${by.map((b) => `<code>${escapeHtml(b)}</code>`).join(', ')}</li>`;
      })
      .join('');
    const page = [
      '---',
      `title: "Seed ${seed.slice(0, 3)}: ${SEED_TITLES[seed]}"`,
      `slug: sources/${seed.replace(/\.txt$/, '')}`,
      'group: Sources',
      '---',
      '',
      `# ${SEED_TITLES[seed]}`,
      '',
      `The support wiki page \`${seed}\` as exported, unchanged (the file is in \`docs/seeds/\`). Each line is a passage`,
      'with its own link (¶). The highlighted passages are the ones the library quotes; a citation',
      'link lands on its passage and highlights it. Where the product team settled an ambiguity of',
      'this page, [the product decisions](../../../sops.md) say so.',
      '',
      rendered.html,
      '',
      '## What quotes this page',
      '',
      `<ul class="cited-by">${rows}</ul>`,
      '',
    ].join('\n');
    const file = join(out, 'sources', `${seed.replace(/\.txt$/, '')}.md`);
    writeFileSync(file, page);
    pages.push(file);
  }
  // The developer README, as a page of its own: the landing page is for support leads.
  const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/^# solar-sop\n/, '# For developers: the README\n');
  writeFileSync(join(out, 'developers.md'), ['---', 'title: For developers (README)', 'slug: developers', 'group: For developers', '---', '', readme].join('\n'));
  pages.push(join(out, 'developers.md'));
  writeFileSync(join(out, 'citation-map.json'), JSON.stringify({ guideLinks }, null, 1));
  return { pages, quotes: total };
}
