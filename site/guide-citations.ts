/// <reference path="./markdown-it.d.ts" />
// The passages a guide page cites in prose: an emphasized phrase (*How to handle tickets*) or a
// phrase in quotation marks that is verbatim in one of the seeds of the page's module. Shared by the site build and the test.
import MarkdownIt from 'markdown-it';
import { SEEDS } from '../src/_lib/sources.js';
import { fold } from './passages.js';

/** The seeds each guide page (by file name without `.md`) cites. */
export const PAGE_SEEDS: Readonly<Record<string, readonly string[]>> = {
  'pto-delay': [SEEDS.ptoDelay],
  'system-support': [SEEDS.systemSupport, SEEDS.systemSupportTable],
  'pv-watts-outage': [SEEDS.pvWattsOutage],
  'service-desk': [SEEDS.serviceDesk],
  policy: Object.values(SEEDS),
};

interface Token {
  type: string;
  content: string;
  children: Token[] | null;
}

/** The text of every emphasized span (`*…*`, `_…_`) of a markdown page, outside code. */
export function emphasized(markdown: string): string[] {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {}) as Token[];
  const out: string[] = [];
  for (const t of tokens) {
    const children = t.children ?? [];
    for (let i = 0; i < children.length; i++) {
      if (children[i]?.type !== 'em_open') continue;
      let text = '';
      for (let j = i + 1; j < children.length && children[j]?.type !== 'em_close'; j++) {
        const c = children[j] as Token;
        if (c.type === 'text' || c.type === 'code_inline') text += c.content;
      }
      out.push(text);
    }
  }
  return out;
}

/** The text of every quoted phrase ("…" or “…”) of a markdown page, outside code. */
export function quoted(markdown: string): string[] {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {}) as Token[];
  const out: string[] = [];
  for (const t of tokens) {
    for (const c of t.children ?? []) {
      if (c.type !== 'text') continue;
      for (const m of c.content.matchAll(/"([^"\n]{8,300}?)"|“([^”\n]{8,300}?)”/g)) out.push((m[1] ?? m[2]) as string);
    }
  }
  return out;
}

/** Trailing punctuation that belongs to the sentence, not to the quoted heading. */
export const trimQuote = (text: string): string => text.replace(/[\s.,;:]+$/, '').trim();

/**
 * The emphasized phrases of a page that are passages of its seeds, each with the seed holding it.
 * `seedTexts` maps a seed file to its folded text.
 */
export function guideQuotes(markdown: string, seeds: readonly string[], seedTexts: ReadonlyMap<string, string>): { quote: string; seed: string }[] {
  const out: { quote: string; seed: string }[] = [];
  for (const em of [...emphasized(markdown), ...quoted(markdown)]) {
    const quote = trimQuote(em);
    if (fold(quote).length < 4) continue;
    const seed = seeds.find((s) => seedTexts.get(s)?.includes(fold(quote)));
    if (seed) out.push({ quote, seed });
  }
  return out;
}
