import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/_lib/errors.js';
import { definePolicy } from '../../src/policy/define.js';
import {
  defineTemplate,
  escapeHtml,
  getTemplate,
  ptoInstallerMessage,
  renderTemplate,
  templateCatalog,
} from '../../src/templates/index.js';
import { defineCatalogTemplate, forbiddenIn, renderMessage } from '../../src/templates/engine.js';
import { defaultPolicy } from '../../src/policy/default.js';
import { sourceProblem } from '../_helpers/seeds.js';

const MODULE_OF_SEED: Record<string, string> = {
  '000_528f9a7c318c3fea.txt': 'pv-watts-outage',
  '001_6481b703e4879196.txt': 'system-support',
  '002_216c58d8b114dee1.txt': 'system-support',
  '003_137eaa1282337539.txt': 'pto-delay',
  '004_5ebfbb886c605469.txt': 'service-desk',
};
const source = { seed: '003_137eaa1282337539.txt', section: 'All others' } as const;
const demo = defineTemplate({ id: 'demo/x', audience: 'homeowner', channel: 'email', subject: 'S', text: 'Hi {{name}}, {{{raw}}} {{a.b}}!{{! a comment }}', source, description: 'd' });

describe('the template catalog', () => {
  it('says nothing its own rule forbids (the check defineTemplate makes, done here for the catalog)', () => {
    const ruled = templateCatalog.filter((t) => t.mustNotSay !== undefined);
    expect(ruled.map((t) => t.id)).toContain('pto-delay/installer-outreach');
    for (const t of ruled) expect(forbiddenIn(t, t.text), t.id).toBeUndefined();
  });

  it('holds every seed message once, with unique ids, each citing its seed passage verbatim', () => {
    const ids = templateCatalog.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of templateCatalog) {
      expect(sourceProblem(t.source), t.id).toBeUndefined();
      expect(t.id.split('/')[0], t.id).toBe(MODULE_OF_SEED[t.source.seed]);
      if (t.channel === 'email') expect(t.subject, t.id).toBeTruthy();
    }
  });

  it('derives each template’s variables by parsing it (they match mustache’s own parse)', () => {
    for (const t of templateCatalog) {
      const names = (Mustache.parse(t.text) as unknown[][]).filter((tok) => tok[0] === 'name' || tok[0] === '&').map((tok) => tok[1]);
      expect([...t.variables].sort(), t.id).toEqual([...new Set(names)].sort());
    }
  });

  it('renders every template once all its variables are given, leaving no placeholder', () => {
    for (const t of templateCatalog) {
      const view = Object.fromEntries(t.variables.map((v) => [v, `<${v}>`]));
      const text = renderTemplate(t, view);
      expect(text, t.id).not.toMatch(/\{\{|\}\}/);
      for (const v of t.variables) expect(text).toContain(`<${v}>`);
    }
  });

  it('finds templates by id', () => {
    expect(getTemplate('pto-delay/installer-outreach')).toBe(ptoInstallerMessage);
    expect(getTemplate('nope')).toBeUndefined();
  });
});

describe('renderTemplate', () => {
  it('lists the variables, including triple-mustache and dotted ones, without comments', () => {
    expect(demo.variables).toEqual(['name', 'raw', 'a.b']);
  });

  it('lists each variable once in order of first use, reads {{& name}} as a variable and drops comments', () => {
    const t = defineTemplate({ id: 'demo/v', audience: 'homeowner', text: '{{b}} {{{a}}} {{& c}} {{b}}{{! note }}.', source, description: 'd' });
    expect(t.variables).toEqual(['b', 'a', 'c']);
    expect(renderTemplate(t, { a: 'A', b: 'B', c: 'C' })).toBe('B A C B.');
  });

  it('keeps the template’s own text as written in plain text, and escapes it in HTML', () => {
    const t = defineTemplate({ id: 'demo/amp', audience: 'homeowner', text: 'Sun & <Sons> for {{name}}', source, description: 'd' });
    expect(renderTemplate(t, { name: 'Ana' })).toBe('Sun & <Sons> for Ana');
    expect(renderTemplate(t, { name: 'Ana' }, { format: 'text' })).toBe('Sun & <Sons> for Ana');
    expect(renderTemplate(t, { name: 'Ana' }, { format: 'html' })).toBe('Sun &amp; &lt;Sons&gt; for Ana');
  });

  it('does not HTML-escape plain text', () => {
    expect(renderTemplate(demo, { name: 'O’Brien & <Sons>', raw: 'a/b=c', a: { b: 2 } })).toBe('Hi O’Brien & <Sons>, a/b=c 2!');
  });

  it('escapes the text and every value in HTML', () => {
    expect(renderTemplate(demo, { name: '<b>"x"</b>', raw: "&'", a: { b: 1 } }, { format: 'html' })).toBe(
      'Hi &lt;b&gt;&quot;x&quot;&lt;/b&gt;, &amp;&#39; 1!',
    );
    expect(escapeHtml('a & b')).toBe('a &amp; b');
  });

  it('names every missing, empty or non-text value at once', () => {
    try {
      renderTemplate(demo, { name: '  ', raw: true, a: { c: 1 } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).issues).toEqual([
        { variable: 'name', message: 'is empty' },
        { variable: 'raw', message: 'must be a string or a finite number, got boolean' },
        { variable: 'a.b', message: 'is missing' },
      ]);
    }
    expect(() => renderTemplate(demo, { name: 'x', raw: Number.NaN, a: null })).toThrow(/raw: must be a string or a finite number, got number/);
    expect(() => renderTemplate(demo, { name: null, raw: 'r', a: 'str' })).toThrow(/name: is missing/);
  });

  it('reads a dotted name only through objects, never a property of a string', () => {
    const t = defineTemplate({ id: 'demo/len', audience: 'homeowner', text: '{{a.length}}', source, description: 'd' });
    expect(() => renderTemplate(t, { a: 'abc' })).toThrow(/a\.length: is missing/);
    expect(renderTemplate(t, { a: { length: 3 } })).toBe('3');
  });

  it('never falls back to an outer value for a dotted name', () => {
    expect(() => renderTemplate(demo, { name: 'n', raw: 'r', b: 'outer', a: {} })).toThrow(/a\.b: is missing/);
  });

  it('prefers an exact key with a dot over a path', () => {
    expect(renderTemplate(demo, { name: 'n', raw: 'r', 'a.b': 'flat' })).toBe('Hi n, r flat!');
  });

  it('uses a policy’s replacement text', () => {
    const policy = definePolicy({ name: 'p', version: '1', templates: { 'pto-delay/installer-outreach': 'Hello {{installerContactName}}: PTO for {{homeownerName}}?' } });
    expect(renderTemplate(ptoInstallerMessage, { installerContactName: 'Sam', homeownerName: 'Ana Ruiz' }, { policy })).toBe('Hello Sam: PTO for Ana Ruiz?');
  });

  it('is not affected by a host changing mustache’s global tags or escape', () => {
    const tags = Mustache.tags;
    const escape = Mustache.escape;
    try {
      Mustache.tags = ['<%', '%>'];
      Mustache.escape = () => 'HIJACKED';
      const t = defineTemplate({ id: 'demo/y', audience: 'homeowner', text: 'Hi {{name}}', source, description: 'd' });
      expect(renderTemplate(t, { name: 'A' })).toBe('Hi A');
    } finally {
      Mustache.tags = tags;
      Mustache.escape = escape;
    }
  });
});

describe('defineTemplate', () => {
  it('refuses a text that says what its rule forbids (a catalog template is checked by the test above instead)', () => {
    const spec = { id: 'demo/rule', audience: 'installer', text: 'About the bill', source, description: 'd', mustNotSay: { pattern: /bill/i, rule: 'no money' } } as const;
    expect(defineCatalogTemplate(spec).text).toBe('About the bill');
    expect(() =>
      defineTemplate({ id: 'demo/rule', audience: 'installer', text: 'About the bill', source, description: 'd', mustNotSay: { pattern: /bill/i, rule: 'no money' } }),
    ).toThrow('says "bill"; no money');
  });

  it('reads its own text as a template’s text, not as a filled message: "Bill" there is the word', () => {
    expect(() =>
      defineTemplate({ id: 'demo/rule', audience: 'installer', text: 'Ask Bill about it', source, description: 'd', mustNotSay: { pattern: /\bbill\b/, rule: 'no money' } }),
    ).toThrow('says "bill"; no money');
  });

  it('keeps its own copy of the source and of the rule: changing the pattern it was given or exposes changes nothing', () => {
    const given = { seed: '003_137eaa1282337539.txt', section: 'All others' } as const;
    const pattern = /\bmoney\b/;
    const t = defineTemplate({ id: 'demo/copy', audience: 'installer', text: 'Hi {{name}}', source: given, description: 'd', mustNotSay: { pattern, rule: 'no money' } });
    expect(t.source).toEqual(given);
    expect(t.source).not.toBe(given);
    // RegExp#compile changes even a frozen pattern before it fails to reset its lastIndex.
    expect(() => (t.mustNotSay?.pattern as RegExp & { compile(p: string): void }).compile('nothing')).toThrow(TypeError);
    expect(t.mustNotSay?.pattern.source).toBe('nothing');
    pattern.compile('nothing');
    expect(() => renderTemplate(t, { name: 'money' })).toThrow('says "money"; no money');
  });

  it('reports a forbidden word as a problem of the whole template', () => {
    try {
      defineTemplate({ id: 'demo/rule', audience: 'installer', text: 'About the bill', source, description: 'd', mustNotSay: { pattern: /bill/i, rule: 'no money' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).templateId).toBe('demo/rule');
      expect((error as TemplateError).issues).toEqual([{ variable: '(template)', message: 'says "bill"; no money' }]);
    }
  });

  it('reports text mustache cannot parse as a problem of the whole template, with mustache’s reason', () => {
    try {
      defineTemplate({ id: 'demo/bad', audience: 'homeowner', text: 'Hi {{unclosed', source, description: 'd' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      const issues = (error as TemplateError).issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]?.variable).toBe('(template)');
      expect(issues[0]?.message).toMatch(/^cannot be parsed: Unclosed tag/);
    }
  });

  it.each([
    ['{{#s}}x{{/s}}', /uses "#" tags/],
    ['{{^s}}x{{/s}}', /uses "\^" tags/],
    ['{{> partial}}', /uses ">" tags/],
    ['{{=<% %>=}}', /cannot be parsed|uses "=" tags/],
    ['{{unclosed', /cannot be parsed/],
  ])('rejects %s', (text, message) => {
    expect(() => defineTemplate({ id: 'demo/bad', audience: 'homeowner', text, source, description: 'd' })).toThrow(message);
  });
});

describe('renderMessage', () => {
  it('carries the template’s audience, channel and e-mail subject', () => {
    expect(renderMessage(demo, { name: 'n', raw: 'r', a: { b: 1 } }, defaultPolicy)).toEqual({
      templateId: 'demo/x', audience: 'homeowner', channel: 'email', subject: 'S', text: 'Hi n, r 1!',
    });
  });

  it('drops the subject on chat and phone, and has no channel when neither side gives one', () => {
    expect(renderMessage(demo, { name: 'n', raw: 'r', a: { b: 1 } }, defaultPolicy, 'chat')).toEqual({
      templateId: 'demo/x', audience: 'homeowner', channel: 'chat', text: 'Hi n, r 1!',
    });
    const plain = defineTemplate({ id: 'demo/z', audience: 'internal', text: 'ok', source, description: 'd' });
    expect(renderMessage(plain, {}, defaultPolicy)).toEqual({ templateId: 'demo/z', audience: 'internal', text: 'ok' });
  });

  it('gives every shape of message its keys in one order, with no key left undefined', () => {
    const view = { name: 'n', raw: 'r', a: { b: 1 } };
    const anyChannel = defineTemplate({ id: 'demo/s', audience: 'customer', subject: 'S', text: 'ok', source, description: 'd' });
    const plain = defineTemplate({ id: 'demo/z', audience: 'internal', text: 'ok', source, description: 'd' });
    const keys = (m: object) => Object.keys(m).join(',');
    expect(keys(renderMessage(demo, view, defaultPolicy))).toBe('templateId,audience,channel,subject,text');
    expect(keys(renderMessage(demo, view, defaultPolicy, 'phone'))).toBe('templateId,audience,channel,text');
    expect(keys(renderMessage(anyChannel, {}, defaultPolicy))).toBe('templateId,audience,subject,text');
    expect(keys(renderMessage(anyChannel, {}, defaultPolicy, 'chat'))).toBe('templateId,audience,channel,text');
    expect(keys(renderMessage(plain, {}, defaultPolicy))).toBe('templateId,audience,text');
    expect(renderMessage(anyChannel, {}, defaultPolicy)).toStrictEqual({ templateId: 'demo/s', audience: 'customer', subject: 'S', text: 'ok' });
  });
});

describe('the installer message rule holds for every rendering (issue 13)', () => {
  it('refuses to render the installer message with money talk in a value, and to use something that is not a policy', async () => {
    const { renderTemplate, ptoInstallerMessage: message } = await import('../../src/templates/index.js');
    const { TemplateError } = await import('../../src/_lib/errors.js');
    expect(() => renderTemplate(message, { installerContactName: 'Sam', homeownerName: 'Ana owes $5' })).toThrow(TemplateError);
    expect(() => renderTemplate(message, { installerContactName: 'Sam', homeownerName: 'Ana owes $5' })).toThrow('(rendered): says "owes"');
    expect(renderTemplate(message, { installerContactName: 'Bill', homeownerName: 'Ana Diaz' }, { format: 'html' })).toContain('Hi Bill,');
    expect(() => renderTemplate(message, { installerContactName: 'Sam', homeownerName: 'Ana' }, { policy: {} as never })).toThrow(
      '(policy): is not a policy made by definePolicy() of this copy of solar-sop',
    );
  });

  it('checks a template without a rule of its own only for what it says', async () => {
    const { defineTemplate, renderTemplate } = await import('../../src/templates/index.js');
    const free = defineTemplate({ id: 'demo/free', audience: 'homeowner', text: 'Your bill: {{amount}}', source: { seed: '003_137eaa1282337539.txt', section: 'All others' }, description: 'x' });
    expect(renderTemplate(free, { amount: '$5' })).toBe('Your bill: $5');
    expect(() => defineTemplate({ id: 'demo/ruled', audience: 'installer', text: 'Your M\u041ENEY', source: { seed: '003_137eaa1282337539.txt', section: 'All others' }, description: 'x', mustNotSay: { pattern: /money/g, rule: 'no money' } })).toThrow(
      'says "money"; no money',
    );
  });
});
