// The typedoc plugin of the site (bundled to docs/.site-assets/typedoc-plugin.mjs by
// scripts/site-assets.mjs): readable page URLs, citations linked to their passages, anchors on the
// product decisions, and the site's extra scripts copied into the output.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { type Application, KindRouter, MarkdownEvent, PageEvent, type Reflection, RendererEvent } from 'typedoc';
import { SEEDS } from '../src/_lib/sources.js';
import { fold, seedPage } from './passages.js';
import { trimQuote } from './guide-citations.js';

const SEED_FILES = new Set<string>(Object.values(SEEDS));

/** `System support (maintenance, …)` → `system-support`; a `slug` in the frontmatter wins. */
export function documentSlug(name: string, frontmatter: Record<string, unknown>): string {
  if (typeof frontmatter['slug'] === 'string') return frontmatter['slug'];
  return (
    name
      .replace(/\(.*$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'page'
  );
}

class SiteRouter extends KindRouter {
  override getIdealBaseName(reflection: Reflection): string {
    if (reflection.isDocument()) return documentSlug(reflection.name, reflection.frontmatter);
    return super.getIdealBaseName(reflection);
  }
}

/** Splits HTML into tags and text, and rewrites only text outside links, code and scripts. */
function mapText(html: string, fn: (text: string) => string): string {
  const skip = ['a', 'code', 'pre', 'script', 'style', 'textarea', 'title', 'button'];
  const depth: Record<string, number> = {};
  return html.replace(/(<[^>]+>)|([^<]+)/g, (all, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const m = /^<(\/?)([a-zA-Z0-9]+)/.exec(tag);
      if (m && skip.includes((m[2] as string).toLowerCase())) {
        const name = (m[2] as string).toLowerCase();
        depth[name] = (depth[name] ?? 0) + (m[1] ? -1 : 1);
      }
      return all;
    }
    return Object.values(depth).some((d) => d > 0) ? all : fn(text as string);
  });
}

export function load(app: Application): void {
  app.renderer.defineRouter('site', SiteRouter);
  const assets = join(process.cwd(), 'docs', '.site-assets');
  const map = JSON.parse(readFileSync(join(assets, 'pages', 'citation-map.json'), 'utf8')) as { guideLinks: Record<string, Record<string, string>> };

  // Flow diagrams: the SVG rendered at build time (scripts/site-diagrams.mjs) replaces the source.
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event: MarkdownEvent) => {
      event.parsedText = event.parsedText.replace(/^```mermaid\n([\s\S]*?)^```/gm, (_all, code: string) => {
        const key = `flow-${createHash('sha256').update(code.trim()).digest('hex').slice(0, 12)}`;
        const svg = readFileSync(join(assets, 'diagrams', `${key}.svg`), 'utf8').replace(/\n+/g, ' ');
        return `<figure class="flow-diagram" data-flow="${key}">${svg}</figure>\n`;
      });
    },
    100,
  );

  app.renderer.on(PageEvent.END, (page: PageEvent) => {
    if (!page.contents) return;
    const up = '../'.repeat(page.url.split('/').length - 1);
    let html = page.contents;
    // A link to a seed file (with the passage anchor) goes to the seed's page instead.
    html = html.replace(/href="(?:\.\.\/)*media\/(\d{3}_[0-9a-f]+\.txt)(#[^"]*)?"/g, (all, seed: string, hash: string | undefined) =>
      SEED_FILES.has(seed) ? `href="${up}${seedPage(seed)}${hash ?? ''}"` : all,
    );
    // Prose citations of a guide page: an emphasized seed heading links to its passage.
    const links = map.guideLinks[page.url.replace(/\.html$/, '')];
    if (links) {
      html = html.replace(/(<a\b[^>]*>[\s\S]*?<\/a>)|<em>([^<]+)<\/em>/g, (all, link: string | undefined, em: string | undefined) => {
        if (link || em === undefined) return all;
        const href = links[fold(trimQuote(em.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")))];
        return href ? `<a class="cite-link" href="${up}${href}"><em>${em}</em></a>` : all;
      });
    }
    // A phrase in quotation marks that a guide page quotes from its seeds links to its passage.
    if (links) {
      html = mapText(html, (text) =>
        text.replace(/(“|&quot;|")([^“”"<&]{8,300}?)(”|&quot;|")/g, (all, open: string, inner: string, close: string) => {
          const href = links[fold(trimQuote(inner.replace(/&#39;/g, "'")))];
          return href ? `<a class="cite-link" href="${up}${href}">${open}${inner}${close}</a>` : all;
        }),
      );
    }
    // `SOPS.md item 7` and `SOPS.md items 16-19` link to the decision; `SOPS.md` alone to the page;
    // a seed's file name in code to its page.
    html = mapText(html, (text) =>
      text.replace(/SOPS\.md( items? (\d+))?/g, (all, _item: string | undefined, n: string | undefined) =>
        `<a class="cite-link" href="${up}sops.html${n ? `#item-${n}` : ''}">${all}</a>`,
      ),
    );
    html = html.replace(/(<a\b[^>]*>[\s\S]*?<\/a>)|<code>(SOPS\.md|\d{3}_[0-9a-f]+\.txt)<\/code>/g, (all, link: string | undefined, name: string | undefined) => {
      if (link || !name) return all;
      if (name === 'SOPS.md') return `<a class="cite-link" href="${up}sops.html"><code>${name}</code></a>`;
      return SEED_FILES.has(name) ? `<a class="cite-link" href="${up}${seedPage(name)}"><code>${name}</code></a>` : all;
    });
    // The landing page has its own title: typedoc's (the project name) would be a second one.
    if (page.url === 'index.html') html = html.replace(/<div class="tsd-page-title">\s*<h1>[^<]*<\/h1>\s*<\/div>/, '');
    // The product decisions page: each numbered decision gets its anchor, item-N.
    if (page.url === 'sops.html') {
      const at = html.indexOf('Product decisions on ambiguous points');
      const ol = html.indexOf('<ol', at);
      const end = html.indexOf('</ol>', ol);
      if (at >= 0 && ol >= 0) {
        let n = 0;
        const list = html.slice(ol, end).replace(/<li>/g, () => `<li id="item-${++n}">`);
        html = html.slice(0, ol) + list + html.slice(end);
      }
    }
    page.contents = html;
  });

  app.renderer.on(RendererEvent.END, (event: RendererEvent) => {
    const out = join(event.outputDirectory, 'assets');
    mkdirSync(out, { recursive: true });
    for (const file of readdirSync(assets).filter((f) => /^playground-[a-z-]+\.js$/.test(f))) copyFileSync(join(assets, file), join(out, file));
  });
}
