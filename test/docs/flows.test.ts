import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { procedures } from '../../src/procedures.js';
import { docPath } from './sync.js';

/**
 * The flow diagrams are drawn by hand, so this checks them against the code: the Mermaid block just
 * before a procedure's decision tables must have exactly the procedure's outcomes as its terminal
 * (stadium-shaped) nodes, `ID([outcome-id])` — every outcome, and nothing else.
 */
function flowBefore(page: string, id: string): string {
  const marker = page.indexOf(`<!-- decision-tables:${id} -->`);
  expect(marker, `no decision-tables marker for ${id}`).toBeGreaterThan(0);
  const head = page.slice(0, marker);
  const start = head.lastIndexOf('```mermaid');
  expect(start, `no Mermaid diagram before the ${id} tables`).toBeGreaterThan(0);
  const previousMarker = head.lastIndexOf('<!-- /decision-tables:');
  expect(start, `the diagram before ${id} belongs to the previous procedure`).toBeGreaterThan(previousMarker);
  return head.slice(start, head.indexOf('```', start + 10));
}

describe('flow diagrams match the code', () => {
  for (const p of procedures) {
    it(`${p.id}: the diagram’s outcome nodes are exactly its outcomes`, () => {
      const page = readFileSync(docPath(`${p.id.split('/')[0]}.md`), 'utf8');
      const flow = flowBefore(page, p.id);
      const terminals = new Set([...flow.matchAll(/\(\[([a-z0-9-]+)\]\)/g)].map((m) => m[1]));
      expect([...terminals].sort()).toEqual([...p.outcomes].sort());
    });
  }
});
