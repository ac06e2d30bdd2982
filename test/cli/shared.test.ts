// The CLI's small pure helpers, in-process (the commands themselves are tested as child processes).
import { describe, expect, it } from 'vitest';
import { decodeUtf8, escapeControl, nearest, stripBom } from '../../src/cli/shared.js';

describe('nearest', () => {
  it('finds the candidate a typo came from, in any letter case', () => {
    expect(nearest('m2ApprovdOn', ['installer', 'm2ApprovedOn', 'now'])).toBe('m2ApprovedOn');
    expect(nearest('LST', ['list', 'decide', 'schema', 'batch'])).toBe('list');
  });

  it('suggests nothing for a word near no candidate', () => {
    expect(nearest('frobnicate', ['list', 'decide', 'schema', 'batch'])).toBeUndefined();
    expect(nearest('x', [])).toBeUndefined();
  });
});

describe('escapeControl', () => {
  it('writes control and bidirectional characters as \\u escapes, keeping newlines and tabs', () => {
    expect(escapeControl('a\u001b[31mb\r\u009b\u202e\tc\n')).toBe('a\\u001b[31mb\\u000d\\u009b\\u202e\tc\n');
  });
});

describe('text input', () => {
  it('drops one byte order mark and refuses bytes that are not UTF-8', () => {
    expect(stripBom('\uFEFF\uFEFF{}')).toBe('\uFEFF{}');
    expect(decodeUtf8(Buffer.from('\uFEFF{"a":1}'), 'x')).toBe('{"a":1}');
    expect(() => decodeUtf8(Buffer.from([0x7b, 0xff, 0x7d]), 'The facts file f.json')).toThrow('The facts file f.json is not valid UTF-8 text');
  });
});
