import { match } from 'ts-pattern';
import { DecisionBuilder, referToArticle, type Decision } from '../_lib/decision.js';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { parseInput } from '../_lib/validate.js';
import type { Policy } from '../policy/brand.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { renderMessage } from '../templates/engine.js';
import { SYSTEM_SUPPORT_RULES as R } from './rules.js';
import { RouteSystemInquiryFacts, type SystemConcern } from './schema.js';
import { systemM3NotApproved, systemNoPanelCleaning, systemOmnidianReferral, systemRicReferral } from './templates.js';

/** Outcomes of {@link routeSystemInquiry}. */
export type RouteSystemInquiryOutcome =
  | 'authenticate-first'
  | 'm3-not-approved'
  | 'explain-savings'
  | 'refer-to-omnidian'
  | 'create-om-case'
  | 'refer-to-installer-warranty'
  | 'myeverbright-monitoring'
  | 'manufacturer-monitoring'
  | 'decline-panel-cleaning'
  | 'property-damage-claim'
  | 'insurance-appraisal';

/** Every outcome of {@link routeSystemInquiry}, in documentation order. */
export const ROUTE_SYSTEM_INQUIRY_OUTCOMES = [
  'authenticate-first',
  'm3-not-approved',
  'explain-savings',
  'refer-to-omnidian',
  'create-om-case',
  'refer-to-installer-warranty',
  'myeverbright-monitoring',
  'manufacturer-monitoring',
  'decline-panel-cleaning',
  'property-damage-claim',
  'insurance-appraisal',
] as const satisfies readonly RouteSystemInquiryOutcome[];

/** The family a concern belongs to; the family decides the route. */
export type SystemConcernGroup = 'savings' | 'service' | 'monitoring' | 'panel-cleaning' | 'property-damage' | 'insurance-appraisal';

/** The family of each concern. */
export const SYSTEM_CONCERN_GROUPS: Readonly<Record<SystemConcern, SystemConcernGroup>> = {
  'cost-savings': 'savings',
  'high-utility-bills': 'savings',
  'no-savings-noticed': 'savings',
  maintenance: 'service',
  repair: 'service',
  outage: 'service',
  'system-damage': 'service',
  'monitoring-setup': 'monitoring',
  'monitoring-access': 'monitoring',
  'monitoring-data': 'monitoring',
  'panel-cleaning': 'panel-cleaning',
  'personal-property-damage': 'property-damage',
  'insurance-appraisal': 'insurance-appraisal',
};

/**
 * Whether the M3 gate applies to a family (SOPS.md item 12): maintenance, repair, outage, damage,
 * monitoring and savings concerns; not insurance appraisals, and not panel cleaning (never provided).
 */
export const SYSTEM_M3_GATED: Readonly<Record<SystemConcernGroup, boolean>> = {
  savings: true,
  service: true,
  monitoring: true,
  'property-damage': true,
  'panel-cleaning': false,
  'insurance-appraisal': false,
};

/** A contract chosen on the manufacturer site. */
export interface SystemSelectedContract {
  readonly id: string;
  readonly signedOn: string;
}

/** What {@link routeSystemInquiry} returns. */
export type RouteSystemInquiryDecision = Decision<
  'system-support/route-inquiry',
  RouteSystemInquiryOutcome,
  {
    /** The family of the concern. */
    concernGroup: SystemConcernGroup;
    /** Whether the M3 gate applies to the concern (SOPS.md item 12). */
    m3GateApplies: boolean;
    /** For manufacturer monitoring with `contracts`: the one with the latest date signed; else `null`. */
    selectedContract: SystemSelectedContract | null;
  }
>;

type Facts = ReturnType<typeof parse>;
const SUBJECT = 'system-support/route-inquiry';
const parse = (facts: unknown) => parseInput(RouteSystemInquiryFacts, facts, SUBJECT);

const MANUFACTURER_NAMES = { enphase: 'Enphase', solaredge: 'SolarEdge' } as const;

/** The route the facts take; throws when a fact that route needs is missing. */
function routeOf(f: Facts, group: SystemConcernGroup): RouteSystemInquiryOutcome {
  if (!f.customerAuthenticated) return 'authenticate-first';
  if (SYSTEM_M3_GATED[group] && !f.m3Approved) return 'm3-not-approved';
  return match(group)
    .with('savings', () => 'explain-savings' as const)
    .with('service', () => serviceRoute(f))
    .with('monitoring', () => monitoringRoute(f))
    .with('panel-cleaning', () => 'decline-panel-cleaning' as const)
    .with('property-damage', () => 'property-damage-claim' as const)
    .with('insurance-appraisal', () => 'insurance-appraisal' as const)
    .exhaustive();
}

/** PPA or RIC maintenance, repair, outage or damage (SOPS.md item 11). */
function serviceRoute(f: Facts): RouteSystemInquiryOutcome {
  if (f.contractType === 'RIC') return 'refer-to-installer-warranty';
  return f.spokeWithOmnidian === true || f.transferredFromOmnidian === true ? 'create-om-case' : 'refer-to-omnidian';
}

/** MyEverbright or the manufacturer site; the platform is required here. */
function monitoringRoute(f: Facts): RouteSystemInquiryOutcome {
  if (f.monitoringPlatform === undefined) {
    throw new SopInputError(SUBJECT, [
      {
        path: ['monitoringPlatform'],
        code: 'required_for_route',
        message: `is required for the concern "${f.concern}" once the customer is authenticated and the job is M3 approved: the steps differ for MyEverbright and the manufacturer site`,
      },
    ]);
  }
  return f.monitoringPlatform === 'myeverbright' ? 'myeverbright-monitoring' : 'manufacturer-monitoring';
}

/** Throws when the installer's name or contact is missing on a route whose reply gives them. */
function requireInstaller(f: Facts, outcome: RouteSystemInquiryOutcome): { installerName: string; installerContact: string } {
  const issues: SopIssue[] = [];
  const why =
    outcome === 'm3-not-approved'
      ? 'the job is not M3 approved, and the reply gives the installer’s contact information'
      : 'a RIC homeowner is referred to their installer for maintenance, repairs, outages and damage';
  if (f.installerName === undefined) issues.push({ path: ['installerName'], code: 'required_for_route', message: `is required because ${why}` });
  if (f.installerContact === undefined) issues.push({ path: ['installerContact'], code: 'required_for_route', message: `is required because ${why}` });
  if (issues.length > 0) throw new SopInputError(SUBJECT, issues);
  return { installerName: f.installerName as string, installerContact: f.installerContact as string };
}

/** The contract with the latest date signed; throws when two share it. */
function latestContract(contracts: readonly SystemSelectedContract[]): SystemSelectedContract {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: sort reads only the sign < 0
  const sorted = [...contracts].sort((a, b) => (a.signedOn < b.signedOn ? 1 : a.signedOn > b.signedOn ? -1 : 0));
  const [first, second] = sorted as [SystemSelectedContract, SystemSelectedContract | undefined];
  if (second !== undefined && second.signedOn === first.signedOn) {
    const tied = sorted.filter((c) => c.signedOn === first.signedOn).map((c) => c.id);
    throw new SopInputError(SUBJECT, [
      {
        path: ['contracts'],
        code: 'ambiguous_latest_contract',
        message: `contracts ${tied.join(', ')} share the latest date signed (${first.signedOn}), so "the one with the latest date signed" is not one contract; list only the contract to use`,
      },
    ]);
  }
  return first;
}

/** Every route ends with disposition notes and stop. */
function finish(b: DecisionBuilder, outcome: RouteSystemInquiryOutcome): void {
  b.fired(R.dispositionNotes, `Outcome ${outcome}: enter disposition notes and stop.`);
  b.act(
    { kind: 'disposition-notes', summary: 'Enter disposition notes for this contact.' },
    { kind: 'stop', summary: 'Stop: this inquiry is handled.' },
  );
}

/** What an outcome's explanation needs. */
interface Ctx {
  readonly b: DecisionBuilder;
  readonly f: Facts;
  readonly policy: Policy;
  readonly installer: { installerName: string; installerContact: string } | undefined;
  readonly selected: SystemSelectedContract | null;
  readonly gated: boolean;
}

/** Not authenticated: the authentication process comes first. */
function explainAuthenticateFirst({ b }: Ctx): void {
  b.fired(R.authentication, 'The customer is not authenticated: complete the Customer Authentication Policy Process before anything else.');
  b.act({
    kind: 'check',
    what: 'Customer Authentication Policy Process',
    summary: 'Complete the Customer Authentication Policy Process before discussing the system; run this procedure again once it is done.',
  });
}

/** Authenticated: records authentication and the M3 gate, and hands the context on. */
function passGate(c: Ctx): Ctx {
  const { b, f, gated } = c;
  b.fired(R.authentication, 'The customer is authenticated.');
  b.fired(
    R.m3Gate,
    gated
      ? `The concern "${f.concern}" is subject to the M3 gate (SOPS.md item 12); the job is ${f.m3Approved ? 'M3 approved: go on' : 'not M3 approved: monitoring is unavailable'}.`
      : `The concern "${f.concern}" is not subject to the M3 gate (SOPS.md item 12); go on whether or not the job is M3 approved (it is${f.m3Approved ? '' : ' not'}).`,
  );
  return c;
}

/** M3 not approved: the seed reply and the installer’s contact. */
function explainM3NotApproved({ b, f, policy, installer }: Ctx): void {
  const inst = installer as { installerName: string; installerContact: string };
  b.fired(R.m3NotApprovedReply, `Reply that the final milestone is not complete and monitoring is unavailable (${f.channel}).`);
  b.reply(
    renderMessage(systemM3NotApproved, inst, policy, f.channel),
    'Tell the customer the final milestone has not been completed and monitoring is unavailable, and to contact their installer.',
  );
  b.fired(R.installerContact, `Give the installer’s contact: ${inst.installerName}, ${inst.installerContact}.`);
  b.act({
    kind: 'refer',
    to: inst.installerName,
    contact: inst.installerContact,
    summary: `Give the customer the installer’s contact information: ${inst.installerName}, ${inst.installerContact}.`,
  });
}

/** Savings, utility bills, production: the savings articles. */
function explainSavings({ b, f, policy }: Ctx): void {
  const ss = policy.systemSupport;
  b.fired(R.savings, `The concern "${f.concern}" is about savings, utility bills or production.`);
  const articles = ss.savingsArticles;
  b.fired(
    R.savingsArticles,
    articles.length > 0
      ? `Point the customer to ${articles.map((a) => `"${a.title}"${a.url === null ? ' (no link in the policy)' : ` (${a.url})`}`).join(' and ')}.`
      : 'The policy lists no savings articles: explain without one.',
  );
  for (const article of articles) b.act(referToArticle(article, `Point the customer to the article "${article.title}".`));
  b.act({
    kind: 'reply',
    to: 'homeowner',
    channel: f.channel,
    summary: 'Explain how solar savings, production, usage and utility bills relate, using the articles.',
  });
}

/** PPA service concern: Omnidian (warm transfer on the phone, contact details on chat or e-mail). */
function explainReferToOmnidian({ b, f, policy }: Ctx): void {
  const ss = policy.systemSupport;
  b.fired(R.serviceConcern, `The concern "${f.concern}" is maintenance, a repair, an outage or system damage.`);
  b.fired(R.ppaOmnidian, `PPA: refer the customer to our service department, ${ss.serviceDepartment}; they have not spoken with it about this yet.`);
  b.fired(R.omnidianFacilitates, `${ss.serviceDepartment} coordinates with the installer; the customer need not contact the installer.`);
  const contact = ss.omnidianContact;
  if (f.channel === 'phone') {
    b.fired(
      R.omnidianWarmTransfer,
      `Phone call: give ${ss.serviceDepartment}’s information (${contact ?? 'the policy holds no contact details'}) and warm transfer.`,
    );
    b.act(
      {
        kind: 'refer',
        to: ss.serviceDepartment,
        ...(contact !== null ? { contact } : {}),
        summary:
          contact !== null
            ? `Give the customer ${ss.serviceDepartment}’s information: ${contact}.`
            : `Give the customer ${ss.serviceDepartment}’s information (the policy holds no contact details: supply them yourself).`,
      },
      {
        kind: 'transfer',
        to: ss.serviceDepartment,
        warm: true,
        summary: `Warm transfer the call to ${ss.serviceDepartment}: stay on the line and introduce the customer.`,
      },
    );
  } else if (contact !== null) {
    b.fired(R.omnidianContactDetails, `${f.channel === 'chat' ? 'Chat' : 'E-mail'}: give ${ss.serviceDepartment}’s contact details (${contact}).`);
    b.reply(
      renderMessage(systemOmnidianReferral, { serviceDepartment: ss.serviceDepartment, serviceDepartmentContact: contact }, policy, f.channel),
      `Send the customer ${ss.serviceDepartment}’s contact details.`,
    );
  } else {
    b.fired(
      R.omnidianContactDetails,
      `${f.channel === 'chat' ? 'Chat' : 'E-mail'}: give ${ss.serviceDepartment}’s contact details, but the policy has no contact for ${ss.serviceDepartment} (systemSupport.omnidianContact is null), so the omnidian-referral message cannot be rendered.`,
    );
    b.act({
      kind: 'refer',
      to: ss.serviceDepartment,
      summary: `Give the customer ${ss.serviceDepartment}’s contact details; the policy holds none, so supply them yourself.`,
    });
  }
}

/** PPA service concern the customer already took to Omnidian: a Salesforce O&M case. */
function explainCreateOmCase({ b, f, policy }: Ctx): void {
  const ss = policy.systemSupport;
  const reason =
    f.transferredFromOmnidian === true
      ? `${ss.serviceDepartment} transferred the customer to us`
      : `the customer already spoke with ${ss.serviceDepartment}`;
  b.fired(R.serviceConcern, `The concern "${f.concern}" is maintenance, a repair, an outage or system damage.`);
  b.fired(R.omCase, `PPA and ${reason}: create a Salesforce case with the O&M team to troubleshoot further.`);
  b.act({
    kind: 'create-ticket',
    project: 'Salesforce O&M case',
    fields: { concern: f.concern, contractType: f.contractType, reason, assignTo: 'O&M team' },
    summary: `Create a Salesforce case with the O&M team to troubleshoot further (${reason}).`,
  });
}

/** RIC service concern: the installer and the contract package (SOPS.md item 11). */
function explainReferToInstallerWarranty({ b, f, policy, installer }: Ctx): void {
  const inst = installer as { installerName: string; installerContact: string };
  b.fired(R.serviceConcern, `The concern "${f.concern}" is maintenance, a repair, an outage or system damage.`);
  b.fired(R.ricInstaller, `RIC: the homeowner owns the system, so refer them to their installer, ${inst.installerName} (SOPS.md item 11).`);
  b.fired(R.ricContractPackage, 'Refer them to their contract package for the manufacturer’s warranty.');
  b.reply(
    renderMessage(systemRicReferral, inst, policy, f.channel),
    'Tell the homeowner their installer handles maintenance, repairs and outages, and that the contract package has the manufacturer’s warranty.',
  );
  b.act(
    {
      kind: 'refer',
      to: inst.installerName,
      contact: inst.installerContact,
      summary: `Refer the homeowner to their installer, ${inst.installerName} (${inst.installerContact}).`,
    },
    {
      kind: 'refer',
      to: 'contract package',
      summary: 'Refer the homeowner to their contract package for details about their manufacturer and its warranty.',
    },
  );
}

/** Monitoring in MyEverbright: view as customer and read off the production. */
function explainMyeverbrightMonitoring({ b, f }: Ctx): void {
  b.fired(R.monitoringPlatform, `The concern "${f.concern}" is about system monitoring.`);
  b.fired(R.myEverbright, 'The system is monitored in MyEverbright: view it as the customer.');
  b.fired(R.myEverbrightSearch, 'Search by the customer’s name and open the result with the correct contact information on record.');
  b.fired(R.myEverbrightViewAsCustomer, 'View as customer to see the system from the customer’s perspective.');
  b.fired(R.myEverbrightProduction, 'Check that the system is running correctly and communicating production.');
  b.fired(R.myEverbrightReadings, 'Read off Current Power, Today’s kWh and Current Month’s kWh.');
  b.fired(R.myEverbrightFilters, 'The customer can filter by date and set the view by Day/Week/Month/Year.');
  b.act(
    {
      kind: 'check',
      what: 'MyEverbright customer record',
      summary: 'In MyEverbright, type the customer’s name and open the result with the correct contact information on record.',
    },
    {
      kind: 'check',
      what: 'MyEverbright view as customer',
      summary: 'View the system as the customer, and check that it is running correctly and communicating production to us.',
    },
    {
      kind: 'reply',
      to: 'homeowner',
      summary: 'Read off the Current Power, Today’s kWh and Current Month’s kWh.',
    },
    {
      kind: 'reply',
      to: 'homeowner',
      summary: 'Tell the customer they can filter by date and set the view by Day, Week, Month or Year.',
    },
  );
}

/** Monitoring on the manufacturer site: call Enphase or SolarEdge with the customer. */
function explainManufacturerMonitoring({ b, f, policy, selected }: Ctx): void {
  const ss = policy.systemSupport;
  const platform = f.monitoringPlatform as 'enphase' | 'solaredge';
  const maker = MANUFACTURER_NAMES[platform];
  b.fired(R.monitoringPlatform, `The concern "${f.concern}" is about system monitoring.`);
  b.fired(R.manufacturerSite, `The system is monitored on the manufacturer site (${maker}).`);
  if (selected !== null) {
    b.fired(
      R.latestContract,
      `${(f.contracts as readonly SystemSelectedContract[]).length} contract(s) listed; use ${selected.id}, signed ${selected.signedOn}, the latest date signed.`,
    );
    b.act({ kind: 'check', what: 'contract', summary: `Select contract ${selected.id} (signed ${selected.signedOn}), the one with the latest date signed.` });
  } else {
    b.fired(R.latestContract, 'No contracts listed: if several appear, select the one with the latest date signed.');
    b.act({ kind: 'check', what: 'contract', summary: 'If multiple contracts appear, select the one with the latest date signed.' });
  }
  b.fired(R.manufacturerCall, `Call ${maker}: the customer needs help accessing their system monitoring; remain on the line until ${maker} says it is OK to release.`);
  b.act({
    kind: 'transfer',
    to: maker,
    warm: true,
    summary: `Contact ${maker}, advise them the customer needs assistance accessing their system monitoring, and remain on the line until ${maker} states it is OK to release.`,
  });
  if (platform === 'enphase') {
    b.fired(R.enphaseQuestions, `Enphase may ask: the host (${ss.monitoringHost}), the homeowner’s name, the homeowner’s e-mail address.`);
    b.act({
      kind: 'reply',
      to: 'partner',
      summary: `Answer Enphase’s verification questions: the host is ${ss.monitoringHost}; give the homeowner’s name and e-mail address on record.`,
    });
  }
  if (f.contractType === 'PPA') {
    b.fired(R.ppaAuthorization, `PPA: ${ss.monitoringHost} owns the system, so authorize the customer on the owner’s behalf.`);
    b.act({
      kind: 'reply',
      to: 'partner',
      summary: `When ${maker} asks whether ${ss.monitoringHost} authorizes the customer to obtain system monitoring information, grant permission on ${ss.monitoringHost}’s behalf.`,
    });
  }
}

/** Panel cleaning: never provided. */
function explainDeclinePanelCleaning({ b, f, policy }: Ctx): void {
  b.fired(R.noPanelCleaning, 'Panel cleaning is not part of our maintenance services.');
  b.reply(renderMessage(systemNoPanelCleaning, {}, policy, f.channel), 'Tell the customer we do not provide panel cleaning.');
}

/** Personal property damage: the claims article. */
function explainPropertyDamageClaim({ b, policy }: Ctx): void {
  const ss = policy.systemSupport;
  const article = ss.personalPropertyDamageArticle;
  b.fired(R.propertyDamage, `Personal property damage claim: follow the article "${article.title}"${article.url === null ? ' (no link in the policy)' : ` (${article.url})`}.`);
  b.act(referToArticle(article, `Handle the personal property damage claim as the article "${article.title}" describes.`));
}

/** Insurance appraisal: PPA only; a RIC homeowner insures their own system. */
function explainInsuranceAppraisal({ b, f, policy }: Ctx): void {
  const ss = policy.systemSupport;
  const article = ss.insuranceAppraisalArticle;
  if (f.contractType === 'PPA') {
    b.fired(R.insuranceAppraisal, `PPA: the homeowner wants an appraisal or replacement value to insure the system; follow "${article.title}".`);
    b.fired(R.insuranceOptional, 'They are not required to insure it, but are free to request the appraisal.');
    b.act(
      referToArticle(article, `Provide the appraisal or replacement value as the article "${article.title}" describes.`),
      { kind: 'reply', to: 'homeowner', summary: 'Tell the homeowner they are not required to insure the system, but are free to request the appraisal.' },
    );
  } else {
    b.fired(
      R.insuranceAppraisal,
      'RIC: the appraisal process is for PPA systems; the homeowner owns the system and insures it themselves.',
    );
    b.act({
      kind: 'reply',
      to: 'homeowner',
      summary: 'Tell the homeowner that they own the system (RIC), so insuring it, and any appraisal for that, is theirs to arrange.',
    });
  }
}

/**
 * Routes a homeowner's system inquiry (maintenance, repairs, outages, damage, monitoring, savings,
 * panel cleaning, personal property damage, insurance appraisal): authentication first; then the M3
 * gate (SOPS.md item 12) with the seed's "final milestone has not yet been completed" reply and the
 * installer's contact; then the route for the concern. PPA service concerns go to Omnidian (a warm
 * transfer on the phone, contact details on chat or e-mail) or, when the customer already spoke with
 * Omnidian or was sent by them, to a Salesforce O&M case; RIC service concerns go to the installer
 * and the contract package (SOPS.md item 11). Every route ends with disposition notes and stop.
 *
 * When the policy has no Omnidian contact (`systemSupport.omnidianContact` is `null`, as in the
 * default policy, because the seed gives none), a PPA referral on chat or e-mail cannot render the
 * `omnidian-referral` message: the decision has a `refer` action telling the agent to supply the
 * contact details, and the trace says the policy has none.
 *
 * @param facts - `customerAuthenticated`, `m3Approved`, `concern`, `contractType`, `channel`, and
 *   when the route needs them `installerName`/`installerContact`, `monitoringPlatform`,
 *   `spokeWithOmnidian`, `transferredFromOmnidian`, `contracts`
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `concernGroup`, `m3GateApplies` and `selectedContract`
 * @throws SopInputError for invalid facts; for a missing installer name or contact when the route
 *   gives them; for a monitoring concern past the M3 gate without `monitoringPlatform`; for two
 *   contracts sharing the latest date signed on the manufacturer route
 *
 * @example
 * ```ts
 * import { routeSystemInquiry } from 'solar-sop/system-support';
 * const d = routeSystemInquiry({
 *   customerAuthenticated: true, m3Approved: true, concern: 'outage', contractType: 'PPA', channel: 'phone',
 * });
 * d.outcome; //=> 'refer-to-omnidian'
 * d.actions.map((a) => a.kind); //=> ['refer', 'transfer', 'disposition-notes', 'stop']
 * ```
 */
export function routeSystemInquiry(facts: RouteSystemInquiryFacts, options?: DecideOptions): RouteSystemInquiryDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parse(facts);
  const group = SYSTEM_CONCERN_GROUPS[f.concern];
  const gated = SYSTEM_M3_GATED[group];
  const outcome = routeOf(f, group);
  const installer =
    outcome === 'm3-not-approved' || outcome === 'refer-to-installer-warranty' ? requireInstaller(f, outcome) : undefined;
  const selected =
    outcome === 'manufacturer-monitoring' && f.contracts !== undefined ? latestContract(f.contracts) : null;
  const b = new DecisionBuilder(f);
  const c: Ctx = { b, f, policy, installer, selected, gated };
  match(outcome)
    .with('authenticate-first', () => explainAuthenticateFirst(c))
    .with('m3-not-approved', () => explainM3NotApproved(passGate(c)))
    .with('explain-savings', () => explainSavings(passGate(c)))
    .with('refer-to-omnidian', () => explainReferToOmnidian(passGate(c)))
    .with('create-om-case', () => explainCreateOmCase(passGate(c)))
    .with('refer-to-installer-warranty', () => explainReferToInstallerWarranty(passGate(c)))
    .with('myeverbright-monitoring', () => explainMyeverbrightMonitoring(passGate(c)))
    .with('manufacturer-monitoring', () => explainManufacturerMonitoring(passGate(c)))
    .with('decline-panel-cleaning', () => explainDeclinePanelCleaning(passGate(c)))
    .with('property-damage-claim', () => explainPropertyDamageClaim(passGate(c)))
    .with('insurance-appraisal', () => explainInsuranceAppraisal(passGate(c)))
    .exhaustive();
  finish(b, outcome);
  return b.build(SUBJECT, outcome, policy, { concernGroup: group, m3GateApplies: gated, selectedContract: selected === null ? null : { ...selected } });
}
