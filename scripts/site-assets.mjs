// Prepares docs/.site-assets/ for typedoc (npm run docs runs this first): the seed pages with an
// anchor per passage, the developer README page and the citation map (site/build.ts), the typedoc
// plugin (site/typedoc-plugin.ts), the page script (site/page.ts), the playground bundle
// (site/playground/main.ts, the real library for the browser) and mermaid. No CDN: the site works
// offline. Prints the playground bundle's size, gzipped.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
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
await build({ ...browser, entryPoints: [`${root}site/playground/main.ts`], outfile: `${out}playground.js` });
copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), `${out}mermaid.min.js`);

const size = (file) => gzipSync(readFileSync(`${out}${file}`)).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`playground.js: ${kb(size('playground.js'))} gzip (solar-sop and the playground); site.js: ${kb(size('site.js'))} gzip`);
