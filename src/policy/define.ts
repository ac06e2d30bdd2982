import * as z from 'zod/mini';
import { SopInputError, TemplateError, type SopIssue } from '../_lib/errors.js';
import { safeParseInput, toSopIssues } from '../_lib/validate.js';
import { getTemplate, templateCatalog } from '../templates/catalog.js';
import { forbiddenIn, parseTemplateText } from '../templates/engine.js';
import { brandPolicy, type CompiledOverride, type Policy } from './brand.js';
import { defaultPolicy } from './default.js';
import { parseRevisions, registerRevisions, type PolicyRevision } from './revisions.js';
import { PolicySchema, type PolicyOverrides, type PolicyValues } from './schema.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Objects merge key by key; anything else (arrays, functions, values) replaces. */
function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
  return out;
}

const Identity = z.object({ name: z.string().check(z.trim(), z.minLength(1)), version: z.string().check(z.trim(), z.minLength(1)) });

/** Why a policy needs a name and a version, added to each problem with them. */
const IDENTITY_REASON: Readonly<Record<string, string>> = {
  name: 'name the policy so decisions record which one they used',
  version: 'version the policy so decisions record which one they used',
};

function compileOverrides(templates: Readonly<Record<string, string>>, issues: SopIssue[]): Map<string, CompiledOverride> {
  const compiled = new Map<string, CompiledOverride>();
  for (const [id, text] of Object.entries(templates)) {
    const path = ['templates', id];
    const template = getTemplate(id);
    if (!template) {
      issues.push({
        path,
        code: 'unknown_template',
        message: `is not a template id; known ids are ${templateCatalog.map((t) => t.id).join(', ')}`,
      });
      continue;
    }
    try {
      const { tokens, variables } = parseTemplateText(id, text);
      const unknown = variables.filter((v) => !template.variables.includes(v));
      if (unknown.length > 0) {
        issues.push({
          path,
          code: 'unsupplied_variable',
          message: `uses ${unknown.map((v) => `{{${v}}}`).join(', ')}, which the procedure does not supply; available: ${
            template.variables.map((v) => `{{${v}}}`).join(', ') || 'none'
          }`,
        });
        continue;
      }
      const said = forbiddenIn(template, text);
      if (said !== undefined) {
        issues.push({ path, code: 'forbidden_wording', message: said });
        continue;
      }
      compiled.set(id, { text, tokens });
    } catch (error) {
      const detail = (error as TemplateError).issues.map((i) => `${i.variable} ${i.message}`).join('; ');
      issues.push({ path, code: 'invalid_template', message: detail });
    }
  }
  return compiled;
}

/**
 * Makes a policy from the default one and your overrides: validated, deep-merged (objects merge key
 * by key; arrays and values replace), frozen, and ready to pass as `{ policy }` to any decision.
 * A replacement template text may only use variables the original template uses.
 *
 * @param overrides - a `name` and `version` for the new policy, and the values to change
 * @returns the frozen policy
 * @throws SopInputError listing every invalid override
 *
 * @example
 * ```ts
 * import { definePolicy } from 'solar-sop';
 * const policy = definePolicy({
 *   name: 'acme-support', version: '2027-01',
 *   serviceDesk: { priorityInstallers: ['Acme Solar'] },
 * });
 * policy.serviceDesk.firstResponseMinutes; //=> 120
 * ```
 */
export function definePolicy(overrides: PolicyOverrides): Policy {
  const issues: SopIssue[] = [];
  if (!isPlainObject(overrides)) {
    throw new SopInputError('policy', [{ path: [], code: 'invalid_type', message: 'expected an object of overrides' }]);
  }
  const { revisions, ...values } = overrides as PolicyOverrides & { revisions?: unknown };
  const identity = safeParseInput(Identity, values);
  if (!identity.success) {
    for (const issue of toSopIssues(identity.error)) issues.push({ ...issue, message: `${issue.message}: ${IDENTITY_REASON[issue.path[0] as string]}` });
  }
  const merged = merge(defaultPolicy, values);
  const parsed = safeParseInput(PolicySchema, merged);
  if (!parsed.success) {
    for (const issue of toSopIssues(parsed.error)) {
      const key = issue.path[0];
      if ((key === 'name' || key === 'version') && !identity.success) continue;
      issues.push(issue);
    }
  }
  const templates = parsed.success ? compileOverrides(parsed.data.templates, issues) : new Map<string, CompiledOverride>();
  const specs = parseRevisions(revisions, issues);
  if (issues.length > 0 || !parsed.success) throw new SopInputError('policy', issues);
  const base = brandPolicy(parsed.data, { templates });
  if (specs.length === 0) return base;
  // Each revision is the one before with its changes, checked as a whole policy (SOPS.md item 19).
  const list: PolicyRevision[] = [{ effectiveFrom: null, note: 'the base values', policy: base }];
  let before: PolicyValues = parsed.data;
  specs.forEach((spec, i) => {
    const prefix = ['revisions', i, 'changes'];
    const next = safeParseInput(PolicySchema, merge(before, spec.changes));
    if (!next.success) {
      for (const issue of toSopIssues(next.error, prefix)) issues.push(issue);
      return;
    }
    const own: SopIssue[] = [];
    const compiled = compileOverrides(next.data.templates, own);
    for (const issue of own) issues.push({ ...issue, path: [...prefix, ...issue.path] });
    list.push({ effectiveFrom: spec.effectiveFrom, note: spec.note, policy: brandPolicy(next.data, { templates: compiled }, spec.effectiveFrom) });
    before = next.data;
  });
  if (issues.length > 0) throw new SopInputError('policy', issues);
  return registerRevisions(base, list);
}
