// Prepares docs/.site-assets/ for typedoc (npm run docs runs this first): the seed pages with an
// anchor per passage, the developer README page and the citation map (site/build.ts), the typedoc
// plugin (site/typedoc-plugin.ts), the page script (site/page.ts), the playground bundle
// (site/playground/<module>.ts, the real library for the browser) and the flow diagrams as SVG
// (scripts/site-diagrams.mjs). No CDN and no diagram library in the pages: the site works offline. Prints the playground bundle's size, gzipped.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { renderDiagrams } from './site-diagrams.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}docs/.site-assets/`;
mkdirSync(out, { recursive: true });

const node = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', packages: 'external' };
await build({ ...node, entryPoints: [`${root}site/build.ts`], outfile: `${out}build.mjs` });
await build({ ...node, entryPoints: [`${root}site/typedoc-plugin.ts`], outfile: `${out}typedoc-plugin.mjs` });
const { buildSourcePages } = await import(pathToFileURL(`${out}build.mjs`).href);
const result = buildSourcePages(root, `${out}pages/`);
console.log(`source pages: ${result.pages.length} pages, ${result.quotes} cited passages`);

const browser = { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, logLevel: 'warning', legalComments: 'none' };
await build({ ...browser, entryPoints: [`${root}site/page.ts`], outfile: `${out}site.js` });
export const MODULES = ['service-desk', 'pto-delay', 'system-support', 'pv-watts-outage'];
for (const m of MODULES) await build({ ...browser, entryPoints: [`${root}site/playground/${m}.ts`], outfile: `${out}playground-${m}.js` });
const diagrams = await renderDiagrams(root, out);
console.log(`flow diagrams: ${diagrams.total} as SVG (${diagrams.rendered} rendered now, the rest cached)`);

const size = (file) => gzipSync(readFileSync(`${out}${file}`)).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
for (const m of MODULES) console.log(`playground-${m}.js: ${kb(size(`playground-${m}.js`))} gzip (solar-sop's ${m} procedures and the playground)`);
console.log(`site.js: ${kb(size('site.js'))} gzip`);
