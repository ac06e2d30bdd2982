import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SopInputError } from '../../src/_lib/errors.js';
import { CaseFileError, loadCaseFiles, parseCases } from '../../src/testing/index.js';

const FPT = 'pto-delay/first-payment-timing';
const one = `name: Day 59 is within grace
procedure: ${FPT}
facts: { m2ApprovedOn: '2026-09-25', installer: Top Electric }
now: '2026-11-23T12:00:00-08:00'
expect: { outcome: within-grace }
`;

function problems(text: string, file = 'cases.yaml'): string[] {
  try {
    parseCases(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(CaseFileError);
    expect(error).toBeInstanceOf(SopInputError);
    return (error as CaseFileError).issues.map((i) => `${i.location.line}:${i.location.column} ${i.path.join('.')} ${i.code}`);
  }
  throw new Error('expected a CaseFileError');
}

describe('parseCases', () => {
  it('reads one case, keeping its values as text (no YAML dates) and recording its line', () => {
    const [c] = parseCases(`# a comment\n${one}`, 'one.yaml');
    expect(c).toMatchObject({ name: 'Day 59 is within grace', procedure: FPT, facts: { m2ApprovedOn: '2026-09-25' }, location: { file: 'one.yaml', line: 2, column: 1 } });
  });

  it('reads a list of cases and several documents, each case with its own line', () => {
    const list = `- ${one.trimEnd().split('\n').join('\n  ')}\n- ${one.trimEnd().split('\n').join('\n  ')}\n`;
    const cases = parseCases(`${list}---\n${one}`, 'many.yaml');
    expect(cases.map((c) => c.location.line)).toEqual([1, 6, 12]);
  });

  it('reads JSON, with lines', () => {
    const cases = parseCases(JSON.stringify([{ name: 'x', procedure: FPT, facts: {} }, { name: 'y', procedure: FPT, facts: {} }], null, 2), 'cases.json');
    expect(cases.map((c) => [c.name, c.location.line])).toEqual([['x', 2], ['y', 7]]);
  });

  it('reads an empty file as no cases', () => {
    expect(parseCases('', 'empty.yaml')).toEqual([]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    expect(problems('- name: x\n  facts: [1, 2\n')).toEqual(['3:1  BAD_INDENT']);
  });

  it('reports invalid cases at the line of the bad value, an unknown field at the field, a missing one at its object', () => {
    const text = `- name: x\n  procedure: nope\n  facts: {}\n- name: y\n  procedure: ${FPT}\n  factz: {}\n`;
    expect(problems(text)).toEqual(['2:14 0.procedure invalid_value', '4:3 1.facts invalid_type', '6:10 1 unrecognized_keys']);
  });

  it('reports a document that holds nothing at its start', () => {
    expect(problems('---\n')).toEqual(['1:4  invalid_type']);
  });

  it('rejects what a procedure cannot take: now without now, steps outside PV Watts, expect beside steps, an event in the facts, an error beside an outcome', () => {
    const text = `- name: a
  procedure: pto-delay/homeowner-reply
  now: '2026-11-23T12:00:00Z'
  facts: {}
- name: b
  procedure: ${FPT}
  facts: {}
  steps: [{ event: {} }]
- name: c
  procedure: pv-watts-outage/step
  facts: { org: { name: A }, event: {} }
  expect: { outcome: x }
  steps: [{ event: {} }]
- name: d
  procedure: ${FPT}
  facts: {}
  expect: { outcome: x, error: { paths: [now] } }
`;
    expect(problems(text)).toEqual(['3:8 0.now custom', '8:10 1.steps custom', '12:11 2.expect custom', '11:37 2.facts.event custom', '17:32 3.expect.error custom']);
  });

  it('says where each problem is in its message', () => {
    expect(() => parseCases('name: x\nprocedure: nope\nfacts: {}\n', 'a.yaml')).toThrow(/a\.yaml:2:12: procedure: expected one of "pv-watts-outage\/step"/);
  });
});

describe('loadCaseFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'solar-sop-cases-'));
  mkdirSync(join(dir, 'b-more'));
  writeFileSync(join(dir, 'b-more', 'two.yml'), one);
  writeFileSync(join(dir, 'a.yaml'), one);
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ name: 'json', procedure: FPT, facts: {} }));
  writeFileSync(join(dir, 'notes.txt'), 'not a case file');

  it('reads every case file under a folder, in name order, and files given by name whatever their extension', () => {
    writeFileSync(join(dir, 'b-more', 'case.txt'), one);
    expect(loadCaseFiles([dir]).map((c) => c.location.file.slice(dir.length))).toEqual(['/a.yaml', '/b-more/two.yml', '/c.json']);
    expect(loadCaseFiles([join(dir, 'b-more', 'case.txt')])).toHaveLength(1);
  });

  it('names a path that cannot be read', () => {
    const missing = join(dir, 'missing.yaml');
    expect(() => loadCaseFiles([missing])).toThrow(CaseFileError);
    expect(() => loadCaseFiles([missing])).toThrow(`${missing}:1:1: cannot be read (ENOENT)`);
  });
});
