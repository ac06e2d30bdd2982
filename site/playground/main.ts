// The playground of the procedure pages: runs the real library in the browser. Each element with
// `data-playground="<procedure id>"` gets an example picker, a facts editor (JSON, checked by the
// procedure's own schema), `now`, policy overrides (JSON, through definePolicy), and shows the
// outcome, the actions in order, the messages as rendered, and the trace linked to the passages.
// The case lives in the URL hash so it can be shared; "Copy as test case" gives a case file entry.
import { schemaJsonSchema } from '../../src/_lib/json-schema.js';
import type { Decision } from '../../src/_lib/decision.js';
import { formatPath, SopInputError } from '../../src/_lib/errors.js';
import type { ProcedureInfo } from '../../src/_lib/procedure.js';
import { definePolicy } from '../../src/policy/define.js';
import type { PolicyOverrides } from '../../src/policy/schema.js';
import { passageHref } from '../passages.js';

// The site root, from this script's own address (assets/playground-<module>.js).
const root = new URL('../', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);

type Attrs = Record<string, string | undefined>;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The share format: `#try=<procedure id>&case=<base64url of {facts, policy} as typed>`. */
function encodeCase(id: string, facts: string, policy: string): string {
  const json = JSON.stringify({ facts, policy });
  const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(json))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#try=${encodeURIComponent(id)}&case=${b64}`;
}
function decodeCase(hash: string): { id: string; facts: string; policy: string } | undefined {
  const m = /^#try=([^&]+)&case=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!m) return undefined;
  try {
    const bin = atob((m[2] as string).replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)))) as { facts?: unknown; policy?: unknown };
    return { id: decodeURIComponent(m[1] as string), facts: String(parsed.facts ?? ''), policy: String(parsed.policy ?? '') };
  } catch {
    return undefined;
  }
}

/** Events to continue a PV Watts case with, `at` one minute after the last event. */
const PV_EVENTS: Record<string, (at: string) => object> = {
  'consent-given': (at) => ({ type: 'consent-given', at, channel: 'chat', givenBy: 'Dana Reyes', agentName: 'Sam' }),
  'consent-declined': (at) => ({ type: 'consent-declined', at }),
  'switch-requested': (at) => ({ type: 'switch-requested', at }),
  'still-blocked': (at) => ({ type: 'still-blocked', at, symptom: 'phases-spinning' }),
  'pv-watts-restored': (at) => ({ type: 'pv-watts-restored', at, agentName: 'Sam' }),
  'issue-reported': (at) => ({ type: 'issue-reported', at, pvWattsEnabled: true, channel: 'chat', contactName: 'Dana Reyes' }),
};

/** A trace detail, with each `SOPS.md item N` it names linked to that product decision. */
function detail(text: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const m of text.matchAll(/SOPS\.md items? (\d+)/g)) {
    out.push(text.slice(at, m.index));
    out.push(el('a', { class: 'cite-link', href: new URL(`sops.html#item-${m[1]}`, root).href }, m[0]));
    at = (m.index as number) + m[0].length;
  }
  out.push(text.slice(at));
  return out;
}

interface Run {
  readonly decision?: Decision;
  readonly state?: unknown;
  readonly issues: { path: string; message: string }[];
  readonly facts?: unknown;
  readonly policy?: PolicyOverrides;
}

function run(info: ProcedureInfo, factsText: string, policyText: string, options: { timeZone?: string } | undefined): Run {
  let facts: unknown;
  try {
    facts = JSON.parse(factsText);
  } catch (e) {
    return { issues: [{ path: 'facts', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  let overrides: PolicyOverrides | undefined;
  let policy;
  if (policyText.trim()) {
    try {
      overrides = { name: 'playground', version: '1', ...(JSON.parse(policyText) as object) } as PolicyOverrides;
    } catch (e) {
      return { facts, issues: [{ path: 'policy', message: `not valid JSON: ${(e as Error).message}` }] };
    }
    try {
      policy = definePolicy(overrides);
    } catch (e) {
      if (e instanceof SopInputError) return { facts, issues: e.issues.map((i) => ({ path: `policy ${formatPath(i.path)}`, message: i.message })) };
      throw e;
    }
  }
  try {
    const result = info.decide(facts, { ...options, ...(policy ? { policy } : {}) }) as Decision & { decision?: Decision; state?: unknown };
    const decision = result.decision ?? result;
    return { decision, state: result.state, issues: [], facts, ...(overrides ? { policy: overrides } : {}) };
  } catch (e) {
    if (e instanceof SopInputError) return { facts, issues: e.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
    return { facts, issues: [{ path: '(decision)', message: `${(e as Error).name}: ${(e as Error).message}` }] };
  }
}

function mount(host: HTMLElement, info: ProcedureInfo): void {
  const id = info.id;
  const examples = info.examples;
  const picker = el('select', { 'aria-label': 'Example' }, ...examples.map((e, i) => el('option', { value: String(i) }, `${e.name}: ${e.description}`)), el('option', { value: 'custom' }, '(edited)'));
  const now = el('input', { type: 'text', 'aria-label': 'now', placeholder: '2026-11-23T09:30:00-08:00', spellcheck: 'false' });
  const facts = el('textarea', { 'aria-label': 'Facts (JSON)', spellcheck: 'false', rows: '14', 'data-facts': '' });
  const policy = el('textarea', { 'aria-label': 'Policy overrides (JSON)', spellcheck: 'false', rows: '5', placeholder: '{ "ptoDelay": { "gracePeriodDays": 90 } }', 'data-policy': '' });
  const issues = el('ul', { class: 'pg-issues' });
  const schema = el('pre', { class: 'pg-schema' });
  const schemaBox = el('details', {}, el('summary', {}, 'Facts schema (JSON Schema)'), schema);
  schemaBox.addEventListener('toggle', () => {
    if (schemaBox.open && !schema.textContent) schema.textContent = JSON.stringify(schemaJsonSchema(info.schema), null, 2);
  });
  const outcome = el('strong', { 'data-outcome': '' });
  const actions = el('ol', { class: 'pg-actions' });
  const messages = el('div', { class: 'pg-messages' });
  const trace = el('ol', { class: 'pg-trace' });
  const copied = el('pre', { class: 'pg-copied', hidden: '' });
  const status = el('span', { class: 'pg-status', role: 'status' });
  const copyCase = el('button', { type: 'button' }, 'Copy as test case');
  const copyFacts = el('button', { type: 'button' }, 'Copy facts (JSON)');
  const copyLink = el('button', { type: 'button' }, 'Copy link to this case');
  const chain = el('div', { class: 'pg-chain', hidden: '' });
  const nextEvent = el('select', { 'aria-label': 'Next event' }, ...Object.keys(PV_EVENTS).map((k) => el('option', { value: k }, k)));
  const next = el('button', { type: 'button' }, 'Next step from the new state');
  chain.append(el('label', {}, 'Next event ', nextEvent), ' ', next);

  host.replaceChildren(
    el('div', { class: 'pg-head' }, el('label', {}, 'Example ', picker), info.usesNow ? el('label', {}, el('code', {}, 'now'), ' ', now) : ''),
    el(
      'div',
      { class: 'pg-grid' },
      el('div', { class: 'pg-in' }, el('label', { class: 'pg-label' }, 'Facts (JSON)'), facts, issues, el('details', {}, el('summary', {}, 'Policy overrides (JSON, applied with definePolicy)'), policy), schemaBox),
      el(
        'div',
        { class: 'pg-out' },
        el('p', { class: 'pg-outcome' }, 'Outcome: ', outcome),
        el('p', { class: 'pg-label' }, 'Actions, in order'),
        actions,
        el('p', { class: 'pg-label' }, 'Messages, as sent'),
        messages,
        el('p', { class: 'pg-label' }, 'Trace: each rule and the passage it encodes'),
        trace,
        chain,
        el('div', { class: 'pg-buttons' }, copyCase, copyFacts, copyLink, status),
        copied,
      ),
    ),
  );

  let options: { timeZone?: string } | undefined;
  let name = 'a case tried in the playground';
  let last: Run = { issues: [] };

  const decide = (share: boolean) => {
    last = run(info, facts.value, policy.value, options);
    const f = last.facts as { now?: unknown } | undefined;
    if (info.usesNow && document.activeElement !== now) now.value = typeof f?.now === 'string' ? f.now : '';
    issues.replaceChildren(...last.issues.map((i) => el('li', { 'data-issue': i.path }, el('code', {}, i.path), ' ', i.message)));
    facts.setAttribute('aria-invalid', String(last.issues.length > 0));
    const d = last.decision;
    outcome.textContent = d ? d.outcome : last.issues.length ? 'no decision: fix the facts' : '';
    outcome.className = d ? 'ok' : 'bad';
    actions.replaceChildren(...(d?.actions ?? []).map((a) => el('li', {}, el('code', {}, a.kind), ' ', a.summary)));
    messages.replaceChildren(
      ...(d?.messages ?? []).map((m) =>
        el(
          'div',
          { class: 'pg-message' },
          el('div', { class: 'pg-meta' }, `to ${m.audience}${m.channel ? ` · ${m.channel}` : ''} · `, el('code', {}, m.templateId)),
          m.subject ? el('div', { class: 'pg-subject' }, `Subject: ${m.subject}`) : '',
          el('pre', { class: 'pg-text' }, m.text),
        ),
      ),
    );
    if (d && d.messages.length === 0) messages.append(el('p', { class: 'pg-none' }, 'No canned message.'));
    trace.replaceChildren(
      ...(d?.trace ?? []).map((t) =>
        el('li', {}, el('code', {}, t.rule), ' ', ...detail(t.detail), ' ', el('a', { class: 'cite-link', href: new URL(passageHref(t.source.seed, t.source.section), root).href }, `“${t.source.section}”`)),
      ),
    );
    chain.hidden = !(id === 'pv-watts-outage/step' && last.state);
    if (share) history.replaceState(null, '', encodeCase(id, facts.value, policy.value));
  };

  const load = (i: number) => {
    const ex = examples[i];
    if (!ex) return;
    picker.value = String(i);
    name = ex.description;
    options = ex.options;
    facts.value = JSON.stringify(ex.facts, null, 2);
    decide(false);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const edited = () => {
    if (picker.value !== 'custom') name = `${name.replace(/\.$/, '')} (edited in the playground)`;
    picker.value = 'custom';
    clearTimeout(timer);
    timer = setTimeout(() => decide(true), 150);
  };
  facts.addEventListener('input', edited);
  policy.addEventListener('input', edited);
  picker.addEventListener('change', () => (picker.value === 'custom' ? undefined : load(Number(picker.value))));
  now.addEventListener('input', () => {
    try {
      const f = JSON.parse(facts.value) as Record<string, unknown>;
      if (now.value.trim()) f['now'] = now.value.trim();
      else delete f['now'];
      facts.value = JSON.stringify(f, null, 2);
    } catch {
      // The facts are not JSON: the issue is already shown beside them.
    }
    edited();
  });
  next.addEventListener('click', () => {
    const prev = last.facts as { event?: { at?: string } } | undefined;
    const at = new Date(new Date(prev?.event?.at ?? '2026-11-23T17:00:00Z').getTime() + 60_000).toISOString().replace('.000Z', 'Z');
    facts.value = JSON.stringify({ state: last.state, event: (PV_EVENTS[nextEvent.value] as (at: string) => object)(at) }, null, 2);
    edited();
  });

  const copy = (text: string, what: string) => {
    copied.textContent = text;
    copied.hidden = false;
    const done = () => (status.textContent = `${what} copied.`);
    const manual = () => (status.textContent = `${what} is below: select it and copy.`);
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, manual);
    else manual();
  };
  copyCase.addEventListener('click', () => {
    if (!last.decision) return copy(JSON.stringify(last.facts ?? null, null, 2), 'The facts (no decision yet)');
    const testCase = { name, procedure: id, facts: last.facts, ...(last.policy ? { policy: last.policy } : {}), expect: { outcome: last.decision.outcome } };
    copy(JSON.stringify(testCase, null, 2), 'The test case');
  });
  copyFacts.addEventListener('click', () => copy(JSON.stringify(last.facts ?? null, null, 2), 'The facts'));
  copyLink.addEventListener('click', () => copy(new URL(encodeCase(id, facts.value, policy.value), location.href).href, 'The link'));

  const shared = decodeCase(location.hash);
  if (shared && shared.id === id) {
    picker.value = 'custom';
    facts.value = shared.facts;
    policy.value = shared.policy;
    decide(false);
    host.scrollIntoView();
  } else load(0);
  host.dataset['ready'] = 'true';
}

/** Mounts every playground of the page whose procedure is among `procedures` (one module's). */
export function mountAll(procedures: readonly ProcedureInfo[]): void {
  for (const host of document.querySelectorAll<HTMLElement>('[data-playground]')) {
    const info = procedures.find((p) => p.id === host.dataset['playground']);
    if (info) mount(host, info);
  }
}
