import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

// `npm test` builds the bin first (ONLY=cli tsup).
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = ['cli.cjs', ...readdirSync(`${dist}cli-chunks`).map((f) => `cli-chunks/${f}`)];

describe('the built bin (dist/cli.cjs and its chunks)', () => {
  it('is CommonJS with a shebang, executable, and every chunk a .cjs file', () => {
    const bin = readFileSync(`${dist}cli.cjs`, 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(`${dist}cli.cjs`).mode & 0o111).not.toBe(0);
    expect(files.filter((f) => !f.endsWith('.cjs'))).toEqual([]);
    expect(JSON.parse(readFileSync(`${dist}../package.json`, 'utf8')).bin).toEqual({ 'solar-sop': 'dist/cli.cjs' });
  });

  // tsup turns esbuild's ESM chunks into CommonJS with sucrase; its syntax transforms broke minified
  // code (tsup.config.ts has esbuild lower that syntax first). Their helpers must not appear.
  it.each(files)('%s compiles and holds none of sucrase’s syntax helpers', (file) => {
    const code = readFileSync(dist + file, 'utf8').replace(/^#!.*\n/, '');
    expect(() => new Script(`(function (exports, require, module) {${code}\n})`, { filename: file })).not.toThrow();
    expect(code).not.toMatch(/_nullishCoalesce|_optionalChain|\.__init\b|_asyncNullishCoalesce/);
  });
});
