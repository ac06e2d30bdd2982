// Screenshots of the built docs site for reviewers (npm run docs first):
//   node scripts/screenshot-site.mjs            the standard set below
//   node scripts/screenshot-site.mjs page.html  …any pages, top of the page
// Writes PNGs to docs/site/screenshots/. The standard set: the landing page; a procedure page at
// its condensed decision table, and its playground with a decision; a seed page landed on from a
// trace link, the cited passage highlighted; the procedure page on a 390 px phone.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveSite, SITE } from './site-server.mjs';

const out = `${SITE}screenshots/`;
mkdirSync(out, { recursive: true });
const server = await serveSite();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const shot = async (page, name, options = {}) => {
  const file = `${out}${name}.png`;
  await page.screenshot({ path: file, ...options });
  console.log(`wrote ${file}`);
};
const ready = (page) => page.waitForFunction(() => [...document.querySelectorAll('[data-playground]')].every((e) => e.dataset.ready), null, { timeout: 30_000 });
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1300 } });
  const args = process.argv.slice(2);
  if (args.length) {
    for (const path of args) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      await shot(page, path.replace(/[^a-z0-9]+/gi, '_'));
    }
  } else {
    await page.goto(`${server.url}index.html`, { waitUntil: 'load' });
    await shot(page, 'landing');

    await page.goto(`${server.url}pto-delay.html`, { waitUntil: 'load' });
    await ready(page);
    const host = page.locator('[data-playground="pto-delay/homeowner-reply"]');
    const condensed = page.locator('table').filter({ hasText: 'outcome, first actions' }).nth(1);
    await condensed.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -120));
    await shot(page, 'procedure-condensed-table');
    await host.locator('select').first().selectOption('1');
    await host.scrollIntoViewIfNeeded();
    // The page toolbar is sticky: it would cover the top of an element taller than the window.
    await page.addStyleTag({ content: '.tsd-page-toolbar { position: static !important; }' });
    const file = `${out}procedure-playground.png`;
    await host.screenshot({ path: file });
    console.log(`wrote ${file}`);

    await host.locator('textarea[data-facts]').fill('{\n  "installer": "Top Electric",\n  "site": { "city": "Denver" },\n  "homeowner": { "firstName": "Ana" },\n  "m2ApprovedOn": "2026-02-30"\n}');
    await host.locator('[data-issue]').first().waitFor();
    const issueFile = `${out}procedure-playground-issues.png`;
    await host.locator('.pg-grid').screenshot({ path: issueFile });
    console.log(`wrote ${issueFile}`);
    await host.locator('select').first().selectOption('1');
    const href = await host.locator('.pg-trace a.cite-link').nth(1).getAttribute('href');
    await page.goto(href, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await shot(page, 'seed-highlighted-passage');

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await phone.goto(`${server.url}pto-delay.html#the-homeowner-reply`, { waitUntil: 'load' });
    await ready(phone);
    await phone.locator('[data-playground="pto-delay/homeowner-reply"]').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(phone, 'procedure-390px');
    await phone.goto(`${server.url}index.html`, { waitUntil: 'load' });
    await shot(phone, 'landing-390px');
  }
} finally {
  await browser.close();
  await server.close();
}
