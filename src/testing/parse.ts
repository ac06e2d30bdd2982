import * as z from 'zod/mini';
import { LineCounter, parseAllDocuments, type Document, type Node, type Range } from 'yaml';
import { SopInputError, formatPath, type SopIssue } from '../_lib/errors.js';
import { safeParseInput, toSopIssues } from '../_lib/validate.js';
import { TestCaseSchema, type TestCase } from './schema.js';

const CaseList = z.array(TestCaseSchema);

/** Where a case (or a problem in a case file) is: the file and its 1-based line and column. */
export interface CaseLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A case read from a file, with where it starts. */
export type LoadedCase = TestCase & { readonly location: CaseLocation };

/** One problem in a case file, with where it is. */
export interface CaseFileIssue extends SopIssue {
  readonly location: CaseLocation;
}

/**
 * Thrown when a case file cannot be read, is not valid YAML or JSON, or holds an invalid case.
 * Each issue says where it is (`file:line:column`).
 */
export class CaseFileError extends SopInputError {
  override readonly issues: readonly CaseFileIssue[];

  constructor(file: string, issues: readonly CaseFileIssue[]) {
    super(file, issues);
    this.issues = issues;
    this.message = `Invalid case file ${file}:\n${issues
      .map((i) => `  ${i.location.file}:${i.location.line}:${i.location.column}: ${i.path.length > 0 ? `${formatPath(i.path)}: ` : ''}${i.message}`)
      .join('\n')}`;
  }
}

function locate(file: string, lines: LineCounter, offset: number): CaseLocation {
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col };
}

/** Where the node at `path` starts, or its nearest ancestor that exists (a missing key is reported on its parent). */
function offsetOf(doc: Document, path: readonly (string | number)[]): number {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node !== undefined) return (node.range as Range)[0];
  }
  // A parsed document always has contents, an empty scalar at least.
  return ((doc.contents as Node).range as Range)[0];
}

/**
 * Reads the cases of one file: YAML or JSON (JSON is read as YAML 1.2, so both give lines), one case
 * or a list of cases per document; several `---` documents are allowed. Each case records its file
 * and line.
 *
 * @param text - the file's text
 * @param file - its name, for locations and messages
 * @returns the validated cases in file order
 * @throws CaseFileError when the text is not valid YAML or JSON or a case is invalid, with line and column
 *
 * @example
 * ```ts
 * import { parseCases } from 'solar-sop/testing';
 * const [c] = parseCases(`
 * name: The grace period is still running on day 59
 * procedure: pto-delay/first-payment-timing
 * facts: { m2ApprovedOn: '2026-09-25', now: '2026-11-23T12:00:00-08:00' }
 * expect: { outcome: within-grace }
 * `, 'grace.yaml');
 * c?.location; //=> { file: 'grace.yaml', line: 2, column: 1 }
 * ```
 */
export function parseCases(text: string, file: string): LoadedCase[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  const issues: CaseFileIssue[] = [];
  const cases: LoadedCase[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      issues.push({ path: [], code: error.code, message: error.message, location: locate(file, lines, error.pos[0]) });
    }
    if (doc.errors.length > 0) continue;
    const value: unknown = doc.toJS();
    const parsed = safeParseInput(Array.isArray(value) ? CaseList : TestCaseSchema, value);
    if (!parsed.success) {
      const raw = parsed.error.issues;
      toSopIssues(parsed.error).forEach((issue, i) => {
        // An unknown field is reported on its object; point at the field itself.
        const keys = (raw[i] as { keys?: readonly string[] }).keys ?? [];
        issues.push({ ...issue, location: locate(file, lines, offsetOf(doc, [...issue.path, ...keys.slice(0, 1)])) });
      });
      continue;
    }
    const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
    list.forEach((c, i) => {
      cases.push({ ...c, location: locate(file, lines, offsetOf(doc, Array.isArray(parsed.data) ? [i] : [])) });
    });
  }
  if (issues.length > 0) throw new CaseFileError(file, issues);
  return cases;
}
