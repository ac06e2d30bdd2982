// Screenshots of the built docs site for reviewers: node scripts/screenshot-site.mjs [page …]
// Writes PNGs to docs/site/screenshots/. Pages default to the index and the service-desk guide.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveSite, SITE } from './site-server.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html', 'documents/Service-desk_queue.html'];
const out = `${SITE}screenshots/`;
mkdirSync(out, { recursive: true });
const server = await serveSite();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  for (const path of pages) {
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const file = `${out}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
