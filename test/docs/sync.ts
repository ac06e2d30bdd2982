import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** `UPDATE_DOCS=1` rewrites the generated regions; otherwise a stale region fails the test. */
export const UPDATE = process.env.UPDATE_DOCS === '1';

export function docPath(name: string): string {
  return fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));
}

/**
 * Replaces (or, under UPDATE_DOCS, checks) the generated region `<!-- NAME -->` … `<!-- /NAME -->`
 * of a docs page. A page without the opening marker is an error: the region must be placed by hand.
 */
export function syncRegion(file: string, name: string, content: string): void {
  const path = docPath(file);
  const text = readFileSync(path, 'utf8');
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const start = text.indexOf(open);
  expect(start, `${file} has no ${open} marker`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(close, start);
  const before = text.slice(0, start + open.length);
  const after = end >= 0 ? text.slice(end) : `${close}${text.slice(start + open.length)}`;
  const next = `${before}\n${content.trim()}\n${after}`;
  if (UPDATE) {
    if (next !== text) writeFileSync(path, next);
    return;
  }
  const current = end >= 0 ? text.slice(start + open.length, end).trim() : '';
  expect(current, `${file} region ${name} is stale: run npm run docs:generate`).toBe(content.trim());
}

/** Escapes a value for a markdown table cell. */
export function cell(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? '—' : JSON.stringify(value);
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A markdown table. */
export function table(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}
