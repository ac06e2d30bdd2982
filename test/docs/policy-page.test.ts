import { describe, it } from 'vitest';
import { defaultPolicy } from '../../src/policy/default.js';
import { POLICY_BOUNDS, type PolicyBound } from '../../src/policy/schema.js';
import { POLICY_SOURCES } from '../../src/policy/sources.js';
import { quoteAnchor } from '../../site/passages.js';
import { syncRegion, table } from './sync.js';

function valueAt(path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], defaultPolicy);
}

function show(value: unknown): string {
  if (typeof value === 'function') return '(function)';
  return `\`${JSON.stringify(value)}\``;
}

describe('docs/policy.md', () => {
  it('lists every policy value with its default and source, as the code has them', () => {
    const rows = Object.entries(POLICY_SOURCES).map(([path, info]) => [
      `\`${path}\``,
      show(valueAt(path)),
      info.description,
      info.source ? `[“${info.source.section}”](seeds/${info.source.seed}#${quoteAnchor(info.source.section)}) (\`${info.source.seed}\`)` : '—',
      info.decision ?? '—',
    ]);
    syncRegion('policy.md', 'policy-values', table(['value', 'default', 'meaning', 'seed passage', 'product decision'], rows));
  });

  it('lists the bound of every policy number with its reason, as the schema has them', () => {
    const rows = Object.entries(POLICY_BOUNDS as Record<string, PolicyBound>).map(([path, b]) => [
      `\`${path}\``,
      b.min === undefined ? `more than ${b.above}` : `${b.min}`,
      `${b.max}`,
      `${b.unit}${b.integer ? ', whole' : ''}`,
      b.reason,
    ]);
    syncRegion('policy.md', 'policy-bounds', table(['value', 'least', 'greatest', 'unit', 'why'], rows));
  });
});
