// Renders every ```mermaid flow diagram of docs/*.md to SVG at build time, in headless Chromium
// (Debian's, installed when missing), so the pages ship no diagram library: mermaid alone is about
// 960 kB gzip. SVGs are cached by a hash of their source in docs/.site-assets/diagrams/.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** The cache key of a diagram: also its SVG's id, so diagrams on one page never share ids. */
export const diagramKey = (code) => `flow-${createHash('sha256').update(code.trim()).digest('hex').slice(0, 12)}`;

export async function renderDiagrams(root, out) {
  const dir = `${out}diagrams/`;
  mkdirSync(dir, { recursive: true });
  const blocks = new Map();
  for (const file of readdirSync(`${root}docs`).filter((f) => f.endsWith('.md'))) {
    for (const m of readFileSync(`${root}docs/${file}`, 'utf8').matchAll(/^```mermaid\n([\s\S]*?)^```/gm)) blocks.set(diagramKey(m[1]), m[1].trim());
  }
  const missing = [...blocks].filter(([key]) => !existsSync(`${dir}${key}.svg`));
  if (missing.length > 0) {
    if (!existsSync(CHROMIUM)) {
      console.log('chromium is missing: installing Debian’s package');
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    }
    const require = createRequire(import.meta.url);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
      const svgs = await page.evaluate(async (list) => {
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
        const out = [];
        for (const [key, code] of list) out.push([key, (await mermaid.render(key, code)).svg]);
        return out;
      }, missing);
      for (const [key, svg] of svgs) writeFileSync(`${dir}${key}.svg`, svg.replace(/\n\s*\n/g, '\n'));
    } finally {
      await browser.close();
    }
  }
  return { total: blocks.size, rendered: missing.length };
}
