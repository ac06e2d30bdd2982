/**
 * Library errors as the CLI reports them: each issue with its path, the library's `code` and
 * sentence, and for an unknown field the nearest field the facts schema knows ("did you mean").
 */
import { formatPath, SopInputError } from '../_lib/errors.js';
import type { ProcedureInfo } from '../_lib/procedure.js';
import { factsJsonSchema } from '../json-schema.js';
import { nearest } from './shared.js';

/** One issue of an error record. */
export interface IssueRecord {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  /** For an unknown field: the known field it is probably a typo of. */
  readonly suggestion?: string;
}

/** The `error` of a batch error record. */
export interface ErrorRecord {
  /** `SopInputError`, `TemplateError`, … or the CLI's own `InvalidJson`, `InvalidUtf8`, `EmptyLine`, `InternalError`. */
  readonly type: string;
  readonly message: string;
  readonly issues?: readonly (IssueRecord | { readonly variable: string; readonly message: string })[];
}

type Node = { properties?: Record<string, Node>; items?: Node; anyOf?: Node[]; oneOf?: Node[]; allOf?: Node[] };

/** Every variant of a JSON Schema node (through anyOf / oneOf / allOf). */
function variants(node: Node | undefined): Node[] {
  if (node === undefined) return [];
  const nested = node.anyOf ?? node.oneOf ?? node.allOf;
  return nested ? nested.flatMap(variants) : [node];
}

const schemas = new WeakMap<ProcedureInfo, Node>();

/** The field names the facts schema allows at `path` (every variant's). */
export function knownFields(p: ProcedureInfo, path: readonly (string | number)[]): string[] {
  let schema = schemas.get(p);
  if (schema === undefined) {
    schema = factsJsonSchema(p.schema) as Node;
    schemas.set(p, schema);
  }
  let nodes = variants(schema);
  for (const part of path) {
    nodes = nodes.flatMap((n) => variants(typeof part === 'number' ? n.items : n.properties?.[part]));
  }
  return [...new Set(nodes.flatMap((n) => Object.keys(n.properties ?? {})))];
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const part of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[part] : undefined;
  return v;
}

/** The issues of a {@link SopInputError}, with a suggestion for each misspelt field. */
export function issueRecords(p: ProcedureInfo, facts: unknown, error: SopInputError): IssueRecord[] {
  return error.issues.map((issue) => {
    const record = { path: formatPath(issue.path), code: issue.code, message: issue.message };
    if (issue.code !== 'unrecognized_keys' || error.subject !== p.id) return record;
    const at = valueAt(facts, issue.path);
    if (at === null || typeof at !== 'object') return record;
    const known = knownFields(p, issue.path);
    const suggestions = Object.keys(at)
      .filter((key) => !known.includes(key))
      .map((key) => nearest(key, known))
      .filter((s): s is string => s !== undefined);
    return suggestions.length > 0 ? { ...record, suggestion: suggestions.join(', ') } : record;
  });
}

/** The error record of a library error thrown for these facts. */
export function errorRecord(p: ProcedureInfo, facts: unknown, error: Error): ErrorRecord {
  const issues = error instanceof SopInputError ? issueRecords(p, facts, error) : (error as { issues?: ErrorRecord['issues'] }).issues;
  return { type: error.name, message: error.message, ...(issues ? { issues } : {}) };
}

/** The message of a library error thrown for these facts, with "did you mean" where a field is misspelt. */
export function errorMessage(p: ProcedureInfo, facts: unknown, error: Error): string {
  if (!(error instanceof SopInputError)) return error.message;
  const issues = issueRecords(p, facts, error);
  const lines = issues.map((i) => `  - ${i.path}: ${i.message}${i.suggestion ? `; did you mean "${i.suggestion}"?` : ''}`);
  return `Invalid input for ${error.subject} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
