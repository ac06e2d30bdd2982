import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { failureText } from '../../src/cli/reporters.js';
import { parseCases, runCases } from '../../src/testing/index.js';

const page = readFileSync(fileURLToPath(new URL('../../docs/testing.md', import.meta.url)), 'utf8');
const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => [i + 1, m[1] as string] as const);

describe('docs/testing.md', () => {
  it('has an example for every module', () => {
    const all = blocks.map(([, text]) => text).join('\n');
    for (const module of ['pto-delay', 'service-desk', 'system-support', 'pv-watts-outage']) expect(all).toContain(`procedure: ${module}/`);
  });

  it.each(blocks)('case block %i parses and passes', (i, text) => {
    const results = runCases(parseCases(text, `docs/testing.md block ${i}`));
    expect(results.length).toBeGreaterThan(0);
    expect(results.flatMap((r) => r.failures.map((f) => `${r.name}: ${failureText(f)}`))).toEqual([]);
  });
});
