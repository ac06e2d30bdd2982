// Checks the built docs site (npm run docs first) in a real browser. Installs Debian's chromium
// when it is missing. Fails (exit 1) on any of:
// 1. a page without a title, or a heading whose only text is code;
// 2. an internal link or anchor that does not resolve (every href and src of every page);
// 3. an external link that is not well formed (listed with its count; there is no internet here,
//    so they are not fetched): http(s) to a real host name, or mailto to an address;
// 4. in headless Chromium at 390 px wide, on every page: a console error, or a horizontal page
//    scroll (document.documentElement.scrollWidth > 390); a flow diagram not rendered to SVG;
// 5. on each procedure page, each playground: its first example decides the outcome the example
//    expects; a bad edit shows an issue; a shared link restores the case; a policy override and
//    PV Watts chaining work; a trace link lands on its highlighted passage;
// 6. the JavaScript a procedure page loads over 150 kB gzip (measured and printed).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveSite, SITE } from './site-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log('chromium is missing: installing Debian’s package');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
const ROOT = fileURLToPath(new URL('../', import.meta.url));
// Issue 16: a playground page's JavaScript, solar-sop included, under 150 kB gzip.
const BUDGET = 150 * 1024;
const PROCEDURE_PAGES = ['service-desk', 'pto-delay', 'system-support', 'pv-watts-outage'];

let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`FAIL ${message}`);
};

// 1. Titles.
const pages = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.html')) pages.push(relative(SITE, path));
  }
};
walk(SITE);
pages.sort();
const html = new Map(pages.map((p) => [p, readFileSync(join(SITE, p), 'utf8')]));
for (const [page, text] of html) {
  const title = /<title>([^<]*)<\/title>/.exec(text)?.[1]?.trim();
  if (!title) fail(`${page} has no title`);
}
console.log(`titles: ${pages.length} pages checked`);

// Real text in every heading (a heading that is only code leaves an empty "On This Page" entry).
let headings = 0;
for (const [page, text] of html) {
  for (const m of text.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)) {
    headings++;
    const words = m[2].replace(/<code[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, ' ');
    if (!/[A-Za-z]/.test(words)) fail(`${page}: a heading with no text but code: ${m[0].slice(0, 120)}`);
  }
}
console.log(`headings: ${headings} checked, each has text`);

// 2 and 3. Links and anchors, read from the HTML of every page.
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const ids = new Map();
for (const [page, text] of html) ids.set(page, new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]))));
let internal = 0;
const external = new Map();
for (const [page, text] of html) {
  for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const link = decode(m[1]);
    if (link === '' || link === '#') continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
      external.set(link, [...(external.get(link) ?? []), page]);
      continue;
    }
    internal++;
    const [pathPart, hash = ''] = link.split('#');
    const path = pathPart.split('?')[0];
    let target = path === '' ? page : join(dirname(page), decodeURIComponent(path));
    if (target.startsWith('..')) {
      fail(`${page}: link ${link} leaves the site`);
      continue;
    }
    const file = join(SITE, target);
    if (existsSync(file) && statSync(file).isDirectory()) target = join(target, 'index.html');
    if (!existsSync(join(SITE, target))) {
      fail(`${page}: broken link ${link}`);
      continue;
    }
    if (hash && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(hash))) fail(`${page}: link ${link}: no anchor #${hash} in ${target}`);
  }
}
console.log(`internal links: ${internal} checked (files and anchors)`);
const wellFormed = (link) => {
  let url;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return /^[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(decodeURIComponent(url.pathname));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // A real host name: dotted labels, an alphabetic top-level domain that is not a file extension.
  const host = url.hostname;
  const tld = host.split('.').pop() ?? '';
  return /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(host) && !/^(md|txt|ts|js|mjs|json|html|yaml|yml|csv)$/i.test(tld) && !/\s/.test(link);
};
console.log(`external links: ${external.size} distinct, not fetched (no internet here), checked for form:`);
for (const [link, from] of [...external].sort()) {
  const ok = wellFormed(link);
  console.log(`  ${ok ? 'ok ' : 'BAD'} ${link} (${from.length}×)`);
  if (!ok) fail(`malformed external link ${link} (from ${from[0]})`);
}

// 4, 5 and 6. A real browser.
const server = await serveSite();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const watch = (page) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
};
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  let wide = 0;
  const start = Date.now();
  const queue = [...pages];
  // Three tabs, each reused page after page: a fresh tab per page costs more than the page.
  const worker = async () => {
    const page = await context.newPage();
    const errors = watch(page);
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      errors.length = 0;
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      const source = html.get(path);
      if (/class="(?:language-)?mermaid"/.test(source)) fail(`${path}: a flow diagram was not rendered at build time`);
      if (source.includes('data-playground=')) {
        await page.waitForFunction(() => [...document.querySelectorAll('[data-playground]')].every((e) => e.dataset.ready), null, { timeout: 30_000 }).catch(() => {});
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) {
        wide++;
        fail(`${path}: scrolls sideways at 390 px (scrollWidth ${width})`);
      }
      for (const e of errors) fail(`${path}: console error: ${e}`);
    }
    await page.close();
  };
  await Promise.all([worker(), worker(), worker()]);
  const flows = [...html.values()].reduce((n, t) => n + (t.match(/<figure class="flow-diagram"[^>]*><svg/g) ?? []).length, 0);
  const sources = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).reduce((n, f) => n + (readFileSync(join(ROOT, 'docs', f), 'utf8').match(/^```mermaid$/gm) ?? []).length, 0);
  if (flows !== sources) fail(`${flows} flow diagrams in the site for ${sources} in docs/*.md`);
  console.log(`browser: ${pages.length} pages loaded at 390 px in ${((Date.now() - start) / 1000).toFixed(0)} s, ${wide} with a horizontal scroll; ${flows} flow diagrams as SVG`);

  // 5. The playgrounds, on a desktop-sized page.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let playgrounds = 0;
  for (const name of PROCEDURE_PAGES) {
    const page = await desk.newPage();
    const errors = watch(page);
    const scripts = new Set();
    page.on('request', (r) => r.resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
    await page.goto(`${server.url}${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-playground]')].every((e) => e.dataset.ready), null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const bytes = [...scripts].map((p) => [p, gzipSync(readFileSync(join(SITE, p.slice(1)))).length]);
    const total = bytes.reduce((n, [, b]) => n + b, 0);
    console.log(`javascript of ${name}.html: ${(total / 1024).toFixed(1)} kB gzip (${bytes.map(([p, b]) => `${p.split('/').pop()} ${(b / 1024).toFixed(1)}`).join(', ')})`);
    if (total > BUDGET) fail(`${name}.html loads ${(total / 1024).toFixed(1)} kB of JavaScript gzip (budget ${BUDGET / 1024} kB)`);
    for (const host of await page.locator('[data-playground]').all()) {
      playgrounds++;
      const id = await host.getAttribute('data-playground');
      const [module, procedure] = id.split('/');
      const examples = JSON.parse(readFileSync(join(ROOT, 'src', module, 'examples', `${procedure}.json`), 'utf8')).examples;
      const shown = (await host.locator('[data-outcome]').textContent())?.trim();
      if (shown !== examples[0].expect.outcome) fail(`${id}: the playground shows ${shown} for example ${examples[0].name}, expected ${examples[0].expect.outcome}`);
      const messages = await host.locator('.pg-message').count();
      const traced = await host.locator('.pg-trace a.cite-link').count();
      if (traced === 0) fail(`${id}: the trace links no passage`);
      // A bad edit: a fact the schema does not know.
      await host.locator('textarea[data-facts]').fill(JSON.stringify({ ...examples[0].facts, notAFact: 1 }, null, 2));
      await host.locator('[data-issue]').first().waitFor({ timeout: 5_000 }).catch(() => {});
      const issues = await host.locator('[data-issue]').allTextContents();
      if (!issues.some((t) => t.includes('notAFact'))) fail(`${id}: a bad edit shows no issue (${JSON.stringify(issues)})`);
      console.log(`playground ${id}: ${examples[0].name} → ${shown}, ${messages} messages, ${traced} linked passages; bad edit → ${issues.length} issue(s)`);
    }
    // The last edit is in the URL: opening it shows the same case.
    const shared = page.url();
    const again = await desk.newPage();
    await again.goto(shared, { waitUntil: 'load' });
    await again.waitForFunction(() => [...document.querySelectorAll('[data-playground]')].every((e) => e.dataset.ready), null, { timeout: 30_000 });
    if ((await again.locator('[data-issue]').count()) === 0) fail(`${name}: the shared link ${shared.slice(0, 80)}… does not restore the case`);
    await again.close();
    for (const e of errors) fail(`${name}.html (playground): console error: ${e}`);
    await page.close();
  }
  console.log(`playgrounds: ${playgrounds} checked; shared links restore their case`);

  // A policy override, PV Watts chaining, a copied test case, and a trace link's landing.
  const page = await desk.newPage();
  const errors = watch(page);
  await page.goto(`${server.url}pto-delay.html`, { waitUntil: 'load' });
  const grace = page.locator('[data-playground="pto-delay/first-payment-timing"]');
  await page.waitForFunction(() => document.querySelector('[data-playground="pto-delay/first-payment-timing"]')?.dataset.ready);
  await grace.locator('select').first().selectOption('1'); // day-60
  const before = (await grace.locator('[data-outcome]').textContent())?.trim();
  await grace.locator('details', { hasText: 'Policy overrides' }).locator('summary').click();
  await grace.locator('textarea[data-policy]').fill('{ "ptoDelay": { "gracePeriodDays": 90 } }');
  await page.waitForFunction(() => document.querySelector('[data-playground="pto-delay/first-payment-timing"] [data-outcome]')?.textContent === 'within-grace', null, { timeout: 5_000 }).catch(() => {});
  const after = (await grace.locator('[data-outcome]').textContent())?.trim();
  if (before !== 'grace-ended' || after !== 'within-grace') fail(`policy override: day 60 is ${before}, with a 90-day grace ${after}`);
  await grace.getByRole('button', { name: 'Copy as test case' }).click();
  const testCase = JSON.parse((await grace.locator('pre.pg-copied').textContent()) ?? 'null');
  if (testCase?.procedure !== 'pto-delay/first-payment-timing' || testCase?.expect?.outcome !== 'within-grace' || testCase?.policy?.ptoDelay?.gracePeriodDays !== 90 || !testCase?.name || !testCase?.facts) {
    fail(`copy as test case gives ${JSON.stringify(testCase)}`);
  }
  console.log(`policy override: day 60 ${before} → ${after} with gracePeriodDays 90; copied test case: ${JSON.stringify(testCase).slice(0, 100)}…`);
  const href = await grace.locator('.pg-trace a.cite-link').first().getAttribute('href');
  await page.goto(href, { waitUntil: 'load' });
  const landed = await page.evaluate(() => {
    const t = document.querySelector(':target');
    return t ? { mark: t.matches('mark.cite'), text: t.textContent, highlighted: t.classList.contains('is-target') } : null;
  });
  if (!landed?.mark || !landed.highlighted) fail(`the trace link ${href} lands on ${JSON.stringify(landed)}`);
  console.log(`trace link → ${href.replace(server.url, '')}: lands on the highlighted quote “${landed?.text?.slice(0, 60)}”`);

  await page.goto(`${server.url}pv-watts-outage.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('[data-playground="pv-watts-outage/step"]')?.dataset.ready);
  const step = page.locator('[data-playground="pv-watts-outage/step"]');
  await step.locator('select').first().selectOption('1');
  const first = (await step.locator('[data-outcome]').textContent())?.trim();
  await step.locator('select[aria-label="Next event"]').selectOption('consent-given');
  await step.getByRole('button', { name: 'Next step from the new state' }).click();
  await page.waitForFunction(() => document.querySelector('[data-playground="pv-watts-outage/step"] [data-outcome]')?.textContent === 'switch-organization', null, { timeout: 5_000 }).catch(() => {});
  const second = (await step.locator('[data-outcome]').textContent())?.trim();
  if (first !== 'offer-workaround' || second !== 'switch-organization') fail(`PV Watts chaining: ${first} then ${second}`);
  console.log(`PV Watts chaining: ${first} → consent-given → ${second}`);
  for (const e of errors) fail(`console error: ${e}`);
} finally {
  await browser.close();
  await server.close();
}
if (failures > 0) {
  console.error(`${failures} site check(s) failed`);
  process.exit(1);
}
console.log('site checks passed');
