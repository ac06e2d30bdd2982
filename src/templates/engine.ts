import Mustache from 'mustache';
import type { Audience, Channel, Message } from '../_lib/decision.js';
import { TemplateError, type TemplateIssue } from '../_lib/errors.js';
import type { Source } from '../_lib/sources.js';
import { prohibitedWord } from '../_lib/wording.js';
import { internalsOf, isPolicy, type Policy } from '../policy/brand.js';

/** A mustache token as `Mustache.Writer#parse` returns it: `[type, value, start, end, …]`. */
type Token = readonly unknown[];

/** What a template is, before it is parsed. */
export interface TemplateSpec {
  /** Stable catalog id, `<module>/<name>`. */
  readonly id: string;
  readonly audience: Audience;
  /** The channel it is written for; absent when it suits any. */
  readonly channel?: Channel;
  /** Subject line, for e-mail. */
  readonly subject?: string;
  /** Mustache text: `{{name}}` variables only (no sections, partials or delimiter changes). */
  readonly text: string;
  /** The seed passage the wording comes from. */
  readonly source: Source;
  /** One line on when it is used. */
  readonly description: string;
  /**
   * Words the text must never contain, with the rule that forbids them. The pattern is tested on
   * the text as names are read (lower case, invisible characters and accents removed, look-alike
   * letters read as Latin: SOPS.md item 16), so write it in lower case. A policy's replacement
   * text is checked against it, and so is every rendered message.
   */
  readonly mustNotSay?: { readonly pattern: RegExp; readonly rule: string };
}

/** A parsed template of the catalog. */
export interface Template extends TemplateSpec {
  /** The variables it needs, in order of first use, derived by parsing `text`. */
  readonly variables: readonly string[];
  /** @internal */
  readonly tokens: readonly Token[];
}

/** Values for a template's variables. Nested objects are reached with dotted names (`homeowner.firstName`). */
export type TemplateView = Readonly<Record<string, unknown>>;

const TAGS: [string, string] = ['{{', '}}'];

/** A private writer: its parse cache is ours, and host changes to `Mustache.tags` do not reach it. */
const writer = /* @__PURE__ */ new Mustache.Writer();

/**
 * Parses template text and lists its variables, rejecting what strict rendering cannot check.
 * @throws TemplateError when the text uses sections, partials, delimiter changes or cannot be parsed
 */
export function parseTemplateText(id: string, text: string): { tokens: readonly Token[]; variables: readonly string[] } {
  let tokens: Token[];
  try {
    tokens = writer.parse(text, TAGS) as Token[];
  } catch (error) {
    throw new TemplateError(id, [{ variable: '(template)', message: `cannot be parsed: ${(error as Error).message}` }]);
  }
  const variables: string[] = [];
  const issues: TemplateIssue[] = [];
  for (const token of tokens) {
    const [type, value] = token as [string, string];
    if (type === 'name' || type === '&') {
      if (!variables.includes(value)) variables.push(value);
    } else if (type !== 'text' && type !== '!') {
      issues.push({
        variable: value,
        message: `uses "${type}" tags; only {{variable}} placeholders are supported, so every value can be checked`,
      });
    }
  }
  if (issues.length > 0) throw new TemplateError(id, issues);
  return { tokens: tokens.filter((t) => t[0] !== '!'), variables };
}

/**
 * Defines a catalog template: parses it once and derives its variables.
 *
 * @param spec - the template's id, audience, channel, subject, text and source
 * @returns the parsed template
 * @throws TemplateError when the text uses anything but `{{variable}}` placeholders
 *
 * @example
 * ```ts
 * import { defineTemplate } from 'solar-sop/templates';
 * const t = defineTemplate({
 *   id: 'demo/hello', audience: 'homeowner', text: 'Hi {{name}},',
 *   source: { seed: '003_137eaa1282337539.txt', section: 'All others' }, description: 'A greeting.',
 * });
 * t.variables; //=> ['name']
 * ```
 */
export function defineTemplate(spec: TemplateSpec): Template {
  return template(spec, true);
}

/**
 * {@link defineTemplate} for the catalog, without checking the text against its own rule: the
 * catalog's texts are constants, checked once by a test rather than at every start (compiling the
 * installer rule's pattern was 6 ms of a CLI call that never renders that message). @internal
 */
export function defineCatalogTemplate(spec: TemplateSpec): Template {
  return template(spec, false);
}

function template(spec: TemplateSpec, checkText: boolean): Template {
  const { tokens, variables } = parseTemplateText(spec.id, spec.text);
  const { source, mustNotSay } = spec;
  // The rule is checked with a private copy of the pattern (flags g and y dropped, so matching
  // keeps no state), out of reach: `RegExp#compile` changes even a frozen pattern.
  const rule = mustNotSay && { rule: mustNotSay.rule, pattern: copyOf(mustNotSay.pattern) };
  const said = rule && checkText ? forbiddenBy(rule, spec.text, false) : undefined;
  if (said !== undefined) throw new TemplateError(spec.id, [{ variable: '(template)', message: said }]);
  // Our own copies, frozen all the way down, so no host can change a catalog message.
  const template: Template = deepFreeze({
    ...spec,
    source: { ...source },
    ...(mustNotSay && { mustNotSay: { rule: mustNotSay.rule, pattern: copyOf(mustNotSay.pattern) } }),
    variables,
    tokens,
  });
  if (rule) RULES.set(template, rule);
  return template;
}

/** The `mustNotSay` rule of each template {@link defineTemplate} made, as it checks it. */
const RULES = /* @__PURE__ */ new WeakMap<Template, { readonly pattern: RegExp; readonly rule: string }>();

function copyOf(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

function forbiddenBy(rule: { readonly pattern: RegExp; readonly rule: string }, text: string, filled: boolean): string | undefined {
  const word = prohibitedWord(rule.pattern, text, filled);
  return word === undefined ? undefined : `says "${word}"; ${rule.rule}`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Why `text` breaks the template's `mustNotSay` rule (`says "billing"; …`), or `undefined`. A
 * `filled` text is a rendered message: a capitalized name such as Bill in it is a name. @internal
 */
export function forbiddenIn(template: Template, text: string, filled = false): string | undefined {
  const rule = RULES.get(template) ?? template.mustNotSay;
  return rule && forbiddenBy(rule, text, filled);
}

function lookup(view: TemplateView, name: string): unknown {
  if (Object.prototype.hasOwnProperty.call(view, name)) return view[name];
  let value: unknown = view;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and attribute values (`&`, `<`, `>`, `"`, `'`).
 *
 * @param text - plain text
 * @returns the text, safe inside HTML
 *
 * @example
 * ```ts
 * import { escapeHtml } from 'solar-sop/templates';
 * escapeHtml('Sun & <Sons>'); //=> 'Sun &amp; &lt;Sons&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** Output format: plain text (nothing escaped) or HTML (text and values escaped, line breaks kept). */
export type RenderFormat = 'text' | 'html';

/** Options for {@link renderTemplate}. */
export interface RenderOptions {
  /** `text` (default) or `html`. */
  readonly format?: RenderFormat;
  /** A policy whose `templates` may replace this template's text. */
  readonly policy?: Policy;
}

function renderTokens(id: string, tokens: readonly Token[], view: TemplateView, format: RenderFormat): string {
  let out = '';
  let issues: TemplateIssue[] | undefined;
  for (const token of tokens) {
    const type = token[0] as string;
    const value = token[1] as string;
    if (type === 'text') {
      out += format === 'html' ? escapeHtml(value) : value;
      continue;
    }
    const raw = lookup(view, value);
    let text: string | undefined;
    if (typeof raw === 'string') {
      if (raw.trim() !== '') text = raw;
    } else if (
      // Stryker disable next-line ConditionalExpression: Number.isFinite is false for non-numbers
      typeof raw === 'number' && Number.isFinite(raw)
    ) {
      text = String(raw);
    }
    if (text === undefined) {
      (issues ??= []).push({
        variable: value,
        message:
          raw === undefined || raw === null
            ? 'is missing'
            : typeof raw === 'string'
              ? 'is empty'
              : `must be a string or a finite number, got ${typeof raw}`,
      });
      continue;
    }
    out += format === 'html' ? escapeHtml(text) : text;
  }
  if (issues) throw new TemplateError(id, issues);
  return out;
}

/** The tokens to render for `template` under `policy` (its replacement text when it has one). */
function tokensFor(template: Template, policy: Policy | undefined): readonly Token[] {
  if (policy === undefined) return template.tokens;
  if (!isPolicy(policy)) {
    throw new TemplateError(template.id, [{ variable: '(policy)', message: 'is not a policy made by definePolicy() of this copy of solar-sop' }]);
  }
  const override = internalsOf(policy).templates.get(template.id);
  return override ? override.tokens : template.tokens;
}

/**
 * Renders a template strictly: every variable must have a non-empty string or finite number value,
 * otherwise a {@link TemplateError} names each missing one. Plain text is not HTML-escaped; the
 * `html` format escapes the text and every value.
 *
 * @param template - a catalog template
 * @param view - the values, by variable name
 * @param options - format, and a policy whose replacement text to use
 * @returns the rendered text
 * @throws TemplateError when a value is missing, empty or not text
 *
 * @example
 * ```ts
 * import { renderTemplate, ptoDoubleBillingEscalation } from 'solar-sop/templates';
 * renderTemplate(ptoDoubleBillingEscalation, {}).startsWith('We will escalate'); //=> true
 * ```
 */
export function renderTemplate(template: Template, view: TemplateView, options: RenderOptions = {}): string {
  // Stryker disable next-line StringLiteral: only 'html' escapes
  return checked(template, renderTokens(template.id, tokensFor(template, options.policy), view, options.format ?? 'text'));
}

/** The rendered `text`, or a {@link TemplateError} when it breaks the template's `mustNotSay` rule. */
function checked(template: Template, text: string): string {
  const said = forbiddenIn(template, text, true);
  if (said !== undefined) throw new TemplateError(template.id, [{ variable: '(rendered)', message: said }]);
  return text;
}

/**
 * Renders a template into a {@link Message} for a decision. @internal
 */
export function renderMessage(template: Template, view: TemplateView, policy: Policy, channel?: Channel): Message {
  const ch = channel ?? template.channel;
  // Stryker disable next-line StringLiteral: only 'html' escapes
  const text = checked(template, renderTokens(template.id, tokensFor(template, policy), view, 'text'));
  // Each shape written out (object spread is slow on this hot path); keys in one order.
  const subject = template.subject && ch !== 'phone' && ch !== 'chat' ? template.subject : undefined;
  if (ch === undefined) {
    return subject === undefined ? { templateId: template.id, audience: template.audience, text } : { templateId: template.id, audience: template.audience, subject, text };
  }
  return subject === undefined
    ? { templateId: template.id, audience: template.audience, channel: ch, text }
    : { templateId: template.id, audience: template.audience, channel: ch, subject, text };
}
