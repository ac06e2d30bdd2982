/**
 * Pieces shared by the PTO delay decision functions: installer and site matching (SOPS.md item 7),
 * the homeowner ticket and its title. Module-internal: not exported from `index.ts`.
 * @internal
 */
import type { DecisionBuilder } from '../_lib/decision.js';
import { findIn, nameCandidate, namesIn, normalizedIn, readsAs, type NameCandidate } from '../_lib/names.js';
import { internalsOf, type Policy } from '../policy/brand.js';
import { PTO_RULES } from './rules.js';

/** A homeowner as the validated facts give it. @internal */
export interface HomeownerFacts {
  readonly firstName: string;
  readonly lastName: string;
  readonly email?: string | undefined;
}

/** A site as the validated facts give it. @internal */
export interface SiteFacts {
  readonly street?: string | undefined;
  readonly city: string;
  readonly state: string;
  readonly postalCode?: string | undefined;
}

/** `Littleton, CO/Colorado`: the policy's Littleton, for explanations. @internal */
export function littletonLabel(policy: Policy): string {
  const l = policy.ptoDelay.littleton;
  // Loops rather than join/slice: policy arrays are frozen, and those builtins are slow on frozen arrays.
  let states = '';
  for (let i = 0; i < l.states.length; i++) states += i === 0 ? l.states[i] : `/${l.states[i]}`;
  return `${l.city}, ${states}`;
}

/** `First Last`. @internal */
export function fullName(h: HomeownerFacts): string {
  return `${h.firstName} ${h.lastName}`;
}

/** The address on one line, as far as it is known. @internal */
export function siteLine(s: SiteFacts): string {
  return [s.street, s.city, [s.state, s.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** `"A", "B" or "C"`-style list. @internal */
export function orList(names: readonly string[]): string {
  const n = names.length;
  if (n === 0) return '(none)';
  let out = names[0] as string;
  for (let i = 1; i < n; i++) out += `${i === n - 1 ? ' or ' : ', '}${names[i] as string}`;
  return out;
}

/**
 * The organization name to record: the policy's spelling when the installer is one it names
 * (`"TOP ELECTRIC, LLC"` → `"Top Electric"`), otherwise the name as given. `candidate` is
 * `nameCandidate(installer)`. @internal
 */
export function organizationName(installer: string, candidate: NameCandidate, policy: Policy): string {
  const internals = internalsOf(policy);
  return findIn(internals.names, candidate, internals.organizations) ?? installer;
}

/**
 * The no-contact installer (Blue Hammer, Stronger) the installer `candidate` is, or `undefined`; a
 * name that reads as one is one (SOPS.md item 16: fail closed). @internal
 */
export function noContactMatch(candidate: NameCandidate, policy: Policy): string | undefined {
  return findIn(internalsOf(policy).names, candidate, policy.ptoDelay.noContactInstallers);
}

/** `true` when the installer `candidate` is the Littleton installer of the policy (Top Electric). @internal */
export function isLittletonInstaller(candidate: NameCandidate, policy: Policy): boolean {
  return namesIn(internalsOf(policy).names, candidate, policy.ptoDelay.littleton.installer);
}

/**
 * `true` when the site is Littleton, CO: the city matches the policy's (same normalization as
 * organization names) and the state is one of the policy's spellings, ignoring case and punctuation. @internal
 */
export function isInLittleton(site: SiteFacts, policy: Policy): boolean {
  const l = policy.ptoDelay.littleton;
  const index = internalsOf(policy).names;
  if (!readsAs(nameCandidate(site.city), normalizedIn(index, l.city))) return false;
  const state = nameCandidate(site.state);
  return l.states.some((s) => readsAs(state, normalizedIn(index, s)));
}

/** `Homeowner Concern Received - First Last - Organization`. @internal */
export function concernTitle(homeowner: HomeownerFacts, organization: string): string {
  return `Homeowner Concern Received - ${fullName(homeowner)} - ${organization}`;
}

/**
 * Records the homeowner ticket: created in the PTO project when there is none yet, otherwise moved
 * there and its fields set (title, assignee, reporter, organization, label, request type). Returns
 * the ticket's title. @internal
 */
export function explainHomeownerTicket(
  b: DecisionBuilder,
  t: { readonly ticketKey?: string | undefined; readonly homeowner: HomeownerFacts; readonly organization: string },
  policy: Policy,
): string {
  const p = policy.ptoDelay;
  const title = concernTitle(t.homeowner, t.organization);
  const reporter = t.homeowner.email;
  b.fired(
    PTO_RULES.homeownerTicket,
    t.ticketKey === undefined
      ? `No homeowner ticket yet: create one, assigned to ${p.assignee}, reporter ${reporter ?? "the homeowner's e-mail address (not given)"}, organization "${t.organization}".`
      : `Homeowner ticket ${t.ticketKey} exists: assign it to ${p.assignee}, reporter ${reporter ?? "the homeowner's e-mail address (not given)"}, organization "${t.organization}".`,
  );
  b.fired(PTO_RULES.ptoProject, `The ticket belongs in the ${p.project} project.`);
  b.fired(PTO_RULES.concernTitle, `Title: "${title}".`);
  b.fired(PTO_RULES.requestType, `Label ${p.label}; request type ${p.requestType} (the seed's "TO/M3 Delay" is a typo, SOPS.md item 10).`);
  if (t.ticketKey === undefined) {
    b.act({
      kind: 'create-ticket',
      project: p.project,
      fields:
        reporter !== undefined
          ? { title, assignee: p.assignee, reporter, organization: t.organization, labels: [p.label], requestType: p.requestType }
          : { title, assignee: p.assignee, organization: t.organization, labels: [p.label], requestType: p.requestType },
      summary: `Create the homeowner ticket in the ${p.project} project titled "${title}", assigned to ${p.assignee}, with label ${p.label} and request type ${p.requestType}.`,
    });
  } else {
    const key = t.ticketKey;
    b.act(
      { kind: 'update-ticket', field: 'project', value: p.project, summary: `Move ${key} to the ${p.project} project.` },
      { kind: 'update-ticket', field: 'title', value: title, summary: `Set the title of ${key} to "${title}".` },
      { kind: 'update-ticket', field: 'assignee', value: p.assignee, summary: `Assign ${key} to ${p.assignee}.` },
      ...(reporter !== undefined
        ? [{ kind: 'update-ticket' as const, field: 'reporter', value: reporter, summary: `Set the reporter of ${key} to ${reporter}.` }]
        : []),
      { kind: 'update-ticket', field: 'organization', value: t.organization, summary: `Set the organization of ${key} to ${t.organization}.` },
      { kind: 'update-ticket', field: 'labels', value: [p.label], summary: `Add the label ${p.label} to ${key}.` },
      { kind: 'update-ticket', field: 'requestType', value: p.requestType, summary: `Set the request type of ${key} to ${p.requestType}.` },
    );
  }
  if (reporter === undefined) {
    b.act({
      kind: 'check',
      what: "the homeowner's e-mail address",
      summary: "Look up the homeowner's e-mail address and add it as the reporter of the homeowner ticket.",
    });
  }
  return title;
}
