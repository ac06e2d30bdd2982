import fc from 'fast-check';
import { expect } from 'vitest';

// Property tests are reproducible: a fixed seed unless FC_SEED is given (to explore new cases).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123), numRuns: Number(process.env.FC_RUNS ?? 200) });

// A decision's stamp computes its facts hash when first read, from a getter on its class (see
// src/_lib/decision.ts); compare it with plain data by what it serializes to, every field included.
const isStamp = (v: unknown): v is { toJSON(): unknown } =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null)?.constructor?.name === 'Stamp';
expect.addEqualityTesters([
  function stampEquality(this: { equals(a: unknown, b: unknown): boolean }, a: unknown, b: unknown) {
    if (!isStamp(a) && !isStamp(b)) return undefined;
    return this.equals(isStamp(a) ? a.toJSON() : a, isStamp(b) ? b.toJSON() : b);
  },
]);
