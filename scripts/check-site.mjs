// Checks the built docs site (npm run docs first): every internal link resolves, every page has a
// title, and a headless Chromium loads the index and a guide page without console errors, with
// the guide's flow diagrams rendered. Installs Debian's chromium when it is missing.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker } from 'linkinator';
import { chromium } from 'playwright-core';
import { serveSite, SITE } from './site-server.mjs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log('chromium is missing: installing Debian’s package');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}

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
    else if (entry.name.endsWith('.html')) pages.push(path);
  }
};
walk(SITE);
for (const page of pages) {
  const title = /<title>([^<]*)<\/title>/.exec(readFileSync(page, 'utf8'))?.[1]?.trim();
  if (!title) fail(`${page.slice(SITE.length)} has no title`);
}
console.log(`titles: ${pages.length} pages checked`);

const server = await serveSite();
try {
  // 2. Internal links.
  const checker = new LinkChecker();
  const result = await checker.check({ path: server.url, recurse: true, linksToSkip: ['^(?!http://127\\.0\\.0\\.1)'], concurrency: 10 });
  const broken = result.links.filter((l) => l.state === 'BROKEN');
  for (const l of broken) fail(`broken link ${l.url} (from ${l.parent})`);
  console.log(`links: ${result.links.length} checked, ${broken.length} broken`);

  // 3. A real browser: no console errors, flow diagrams rendered.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const [path, diagrams] of [['index.html', 0], ['documents/Service-desk_queue.html', 8]]) {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      if (diagrams > 0) await page.waitForFunction((n) => document.querySelectorAll('figure.flow-diagram svg').length >= n, diagrams, { timeout: 30_000 }).catch(() => {});
      const rendered = await page.locator('figure.flow-diagram svg').count();
      for (const e of errors) fail(`${path}: console error: ${e}`);
      if (rendered < diagrams) fail(`${path}: ${rendered} of ${diagrams} flow diagrams rendered`);
      console.log(`browser: ${path} loaded, ${errors.length} console errors, ${rendered} diagrams`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
if (failures > 0) {
  console.error(`${failures} site check(s) failed`);
  process.exit(1);
}
console.log('site checks passed');
