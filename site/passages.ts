// The seed pages as web pages with a stable anchor per passage. Shared by the site build, the
// playground (to link a trace entry to its passage) and the tests (every citation lands).

/** Folds white space, quote styles and case, as the citation tests compare a quote with its seed. */
export function fold(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** FNV-1a, 32 bits, as 6 hex digits: short, stable, the same in Node and the browser. */
function hash6(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

function slugWords(text: string, words: number): string {
  return fold(text)
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, words)
    .join('-');
}

/**
 * The anchor of a quoted passage: its first words and a hash of the whole folded quote, so the
 * same quote always lands on the same anchor and an edited quote gets a new one.
 */
export function quoteAnchor(quote: string): string {
  return `q-${slugWords(quote, 6) || 'passage'}-${hash6(fold(quote))}`;
}

/** The anchor of one line (passage) of a seed page. */
export function lineAnchor(line: string): string {
  return `p-${slugWords(line, 5) || 'line'}-${hash6(fold(line))}`;
}

/** The site page of a seed file, relative to the site root. */
export function seedPage(seed: string): string {
  return `sources/${seed.replace(/\.txt$/, '')}.html`;
}

/** The link (from the site root) to the exact passage a citation quotes. */
export function passageHref(seed: string, quote: string): string {
  return `${seedPage(seed)}#${quoteAnchor(quote)}`;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Folded {
  readonly text: string;
  /** For each character of `text`, its index in the raw string. */
  readonly at: readonly number[];
}

/** `fold` with a map back to the raw text, so a folded match can be marked in the original. */
function foldWithMap(raw: string): Folded {
  let text = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (/\s/.test(c)) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += ' ';
      at.push(i - 1);
      space = false;
    }
    const f = c.replace(/[’‘]/, "'").replace(/[“”]/, '"').toLowerCase();
    for (const ch of f) {
      text += ch;
      at.push(i);
    }
  }
  return { text, at };
}

/** One cited quote located in a seed: raw character range. */
export interface Located {
  readonly quote: string;
  readonly anchor: string;
  readonly start: number;
  readonly end: number;
}

/** The bullet or number a line starts with, dropped when a line is compared with a heading. */
const strip = (line: string): string => fold(line.replace(/^\s*(?:[•◦▪-]|\d+\.|[a-z]\.|[ivx]+\.)\s*/, '')).replace(/:$/, '');

/**
 * Where each quote is in the raw seed text. A quote that is a whole line (a heading) lands on its
 * last such line, past a page's table of contents; any other quote on its first occurrence.
 */
export function locateQuotes(raw: string, quotes: readonly string[]): { located: Located[]; missing: string[] } {
  const folded = foldWithMap(raw);
  const lines = raw.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const located: Located[] = [];
  const missing: string[] = [];
  for (const quote of [...new Set(quotes)]) {
    const q = fold(quote);
    if (!q) {
      missing.push(quote);
      continue;
    }
    const hits: number[] = [];
    for (let i = folded.text.indexOf(q); i >= 0; i = folded.text.indexOf(q, i + 1)) hits.push(i);
    if (hits.length === 0) {
      missing.push(quote);
      continue;
    }
    const ranges = hits.map((h) => ({ start: folded.at[h] as number, end: (folded.at[h + q.length - 1] as number) + 1 }));
    const whole = ranges.filter((r) => {
      const li = lineStarts.findLastIndex((s) => s <= r.start);
      return strip(lines[li] as string) === strip(q);
    });
    const pick = whole.length > 0 ? (whole[whole.length - 1] as (typeof ranges)[number]) : (ranges[0] as (typeof ranges)[number]);
    located.push({ quote, anchor: quoteAnchor(quote), ...pick });
  }
  return { located, missing };
}

/** A seed rendered as HTML: one element per line, each with its anchor; quotes marked. */
export interface RenderedSeed {
  readonly html: string;
  /** Every anchor on the page: line anchors and quote anchors. */
  readonly anchors: ReadonlySet<string>;
  /** Quotes that are not in the seed. */
  readonly missing: readonly string[];
}

/**
 * Renders a seed page. Each non-empty line is a passage (`p-…` anchor) indented by its depth; each
 * cited quote is wrapped in a `<mark>` with its `q-…` anchor (parts of a quote that spans lines
 * share `data-quote`, so the page script highlights them all).
 */
export function renderSeed(raw: string, quotes: readonly string[]): RenderedSeed {
  const { located, missing } = locateQuotes(raw, quotes);
  const anchors = new Set<string>();
  const out: string[] = [];
  let offset = 0;
  for (const line of raw.split('\n')) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    let id = lineAnchor(line);
    for (let n = 2; anchors.has(id); n++) id = `${lineAnchor(line)}-${n}`;
    anchors.add(id);
    // Opening and closing marks inside this line, by raw position.
    const events: { at: number; open: boolean; q: Located; first: boolean }[] = [];
    for (const q of located) {
      if (q.end <= start || q.start >= end) continue;
      events.push({ at: Math.max(q.start, start), open: true, q, first: q.start >= start });
      events.push({ at: Math.min(q.end, end), open: false, q, first: false });
    }
    events.sort((a, b) => a.at - b.at || (a.open === b.open ? 0 : a.open ? 1 : -1));
    let html = '';
    let pos = start;
    const open: Located[] = [];
    const text = (to: number) => {
      html += escapeHtml(raw.slice(pos, to));
      pos = to;
    };
    for (const e of events) {
      text(e.at);
      // Close every open mark, then reopen those still running (marks never cross).
      html += '</mark>'.repeat(open.length);
      if (e.open) open.push(e.q);
      else open.splice(open.indexOf(e.q), 1);
      html += open
        .map((q) => {
          const isFirst = e.open && q === e.q && e.first;
          if (isFirst) anchors.add(q.anchor);
          return `<mark class="cite" data-quote="${q.anchor}"${isFirst ? ` id="${q.anchor}"` : ''}>`;
        })
        .join('');
    }
    text(end);
    html += '</mark>'.repeat(open.length);
    out.push(`<p class="passage" id="${id}" style="--depth:${Math.min(8, Math.floor(indent / 2))}">${html.trim()}<a class="passage-link" href="#${id}" aria-label="Link to this passage">¶</a></p>`);
  }
  return { html: `<div class="seed-text">${out.join('')}</div>`, anchors, missing };
}
