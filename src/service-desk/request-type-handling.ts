import { match, P } from 'ts-pattern';
import { DecisionBuilder, referToArticle, type Decision } from '../_lib/decision.js';
import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { parseInput } from '../_lib/validate.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { renderMessage } from '../templates/engine.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import { RequestTypeHandlingFacts, type RequestTypeId } from './schema.js';
import { deskRequestReceivedReply } from './templates.js';

const SUBJECT = 'service-desk/request-type-handling';

/** Outcomes of {@link requestTypeHandling}: the request type's id. */
export type RequestTypeHandlingOutcome = RequestTypeId;

/** What {@link requestTypeHandling} returns. */
export type RequestTypeHandlingDecision = Decision<
  'service-desk/request-type-handling',
  RequestTypeHandlingOutcome,
  {
    /** The request type as named in JIRA and the seed, for example `General Inquiry`. */
    requestTypeName: string;
    /** The sub-case handled, or `null` for the type's general handling. */
    subtype: string | null;
  }
>;

/** The name of each request type, as the seed and JIRA give it. */
export const REQUEST_TYPE_NAMES: Readonly<Record<RequestTypeId, string>> = {
  'general-inquiry': 'General Inquiry',
  'technical-support': 'Technical Support',
  'industry-wide-data-change': 'Industry-wide data change',
  'company-specific-data-change': 'Company-specific data change',
  'project-specific-data-change': 'Project-specific data change',
  'account-management': 'Account Management',
  onboarding: 'Onboarding',
  'feature-request': 'Feature Requests',
  'non-platform': 'Non-Platform Request',
};

/** The three company-specific requests handled by coordinating and creating a CS ticket. */
const COORDINATED = P.union('non-integrated-financing', 'deactivate-integrated-financing', 'installer-contracts');
const COORDINATED_RULES = {
  'non-integrated-financing': R.nonIntegratedFinancing,
  'deactivate-integrated-financing': R.deactivateIntegratedFinancing,
  'installer-contracts': R.installerContracts,
} as const;

/**
 * The handling steps of a request type (the seed's 9 types), and of each sub-case the seed names:
 * incentives (reply, CS ticket, close the SS ticket once the CS ticket is in UAT), SRECs,
 * equipment; downstream-org invites, small configuration requests (incentive override,
 * enabling or disabling features such as PV Watts, utility degradation percent), non-integrated
 * financing, de-activating integrated financing, installer contracts; legal contact information
 * (refer to the financier), unarchiving; cancellation (with the account manager told), billing
 * information, training; onboarding; feature requests; non-platform tickets. The outcome is the
 * request type's id.
 *
 * @param facts - `requestType`, `subtype` where the seed splits the type, and for incentives the
 *   `customerName` and `agentName` of the "request received" reply
 * @param options - `policy` and `timeZone`
 * @returns the decision, with `requestTypeName` and `subtype`
 * @throws SopInputError for invalid facts, or an incentive request without `customerName` or `agentName`
 *
 * @example
 * ```ts
 * import { requestTypeHandling } from 'solar-sop/service-desk';
 * const d = requestTypeHandling({ requestType: 'project-specific-data-change', subtype: 'legal-contact-info' });
 * d.outcome; //=> 'project-specific-data-change'
 * d.actions[1]; //=> { kind: 'refer', to: 'financier', summary: 'Refer the request to update legal contact information to the financier.' }
 * ```
 */
export function requestTypeHandling(facts: RequestTypeHandlingFacts, options?: DecideOptions): RequestTypeHandlingDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(RequestTypeHandlingFacts, facts, SUBJECT);
  // Stryker disable next-line ConditionalExpression: the schema allows 'incentives' only here
  if (f.requestType === 'industry-wide-data-change' && f.subtype === 'incentives') {
    const issues: SopIssue[] = [];
    for (const key of ['customerName', 'agentName'] as const) {
      if (f[key] === undefined) {
        issues.push({ path: [key], code: 'required', message: 'is required for an incentive request: the "request received" reply uses it' });
      }
    }
    if (issues.length > 0) throw new SopInputError(SUBJECT, issues);
  }
  const sd = policy.serviceDesk;
  const requestTypeName = REQUEST_TYPE_NAMES[f.requestType];
  const subtype = 'subtype' in f && f.subtype !== undefined ? f.subtype : null;
  const b = new DecisionBuilder(f);
  b.fired(R.requestType, `Request type: ${requestTypeName}${subtype ? ` (${subtype})` : ''}.`);
  b.act({ kind: 'update-ticket', field: 'Request Type', value: requestTypeName, summary: `Set the Request Type to "${requestTypeName}".` });

  match(f)
    .with({ requestType: 'general-inquiry' }, () => {
      b.fired(R.generalInquiry, 'Software navigation, features, usage, or a request that fits no other type (yet).');
      b.act({
        kind: 'reply',
        to: 'customer',
        summary: 'Answer the question; if the request turns out to fit another request type, update the request type later.',
      });
    })
    .with({ requestType: 'technical-support' }, () => {
      b.fired(R.technicalSupport, 'Rule out user error, browser and hardware causes before forwarding the concern to dev.');
      b.act(
        {
          kind: 'check',
          what: 'user error, browser- or hardware-related cause',
          summary: 'Rule out the possible root cause: make sure the issue is not a user error, or browser- or hardware-related.',
        },
        { kind: 'escalate', to: 'dev', via: 'dev ticket', summary: 'If none of those is the cause, forward the concern to dev.' },
      );
    })
    .with({ requestType: 'industry-wide-data-change' }, (g) => {
      b.fired(R.industryWide, `A data change that affects all businesses in the platform: ${g.subtype}.`);
      match(g.subtype)
        .with('incentives', () => {
          b.fired(R.incentives, 'Incentive request: reply that we received it, then create a CS ticket for the configuration team.');
          b.reply(
            renderMessage(deskRequestReceivedReply, { customerName: g.customerName, agentName: g.agentName }, policy),
            'Reply to the customer that we received their request and are now working on it.',
          );
          b.act(
            {
              kind: 'create-ticket',
              project: 'CS',
              fields: { assignee: 'configuration team', summary: 'Add, edit or remove incentives' },
              summary: 'Create a CS ticket for the configuration team.',
            },
            {
              kind: 'reply',
              to: 'customer',
              summary: 'Keep in touch with the customer for follow-ups or additional information, and with the configuration team for updates.',
            },
          );
          b.fired(R.incentivesClose, 'The SS ticket closes once the CS ticket is placed in UAT status.');
          b.act({ kind: 'wait', until: null, summary: 'Close the SS ticket once the CS ticket is placed in UAT status.' });
        })
        .with('srecs', () => {
          b.fired(R.srecs, 'Support adds or updates SRECs itself, following the SREC process.');
          b.act({ kind: 'check', what: 'SREC process', summary: 'Add or update the SRECs yourself, following the SREC process.' });
        })
        .with('equipment', () => {
          b.fired(R.equipment, 'Equipment: keep in touch on the ticket and create a CS ticket.');
          b.act(
            { kind: 'reply', to: 'customer', summary: 'Maintain communication with the customer on the ticket.' },
            {
              kind: 'create-ticket',
              project: 'CS',
              fields: { assignee: 'configuration team', summary: 'Add, edit or remove equipment' },
              summary: 'Create a CS ticket according to the equipment process.',
            },
          );
        })
        .exhaustive();
    })
    .with({ requestType: 'company-specific-data-change' }, (g) => {
      b.fired(R.companySpecific, 'A data change that only affects the reporter\'s organization.');
      b.fired(R.collectDocuments, 'Collect every needed document and attach it to the ticket.');
      b.fired(R.requiredTickets, 'Keep in touch on the SS ticket and create the other required tickets.');
      b.act(
        { kind: 'check', what: 'needed documents', summary: 'Collect all the needed documents and attach them to the ticket.' },
        { kind: 'reply', to: 'customer', summary: 'Maintain communication with the reporter on the SS ticket.' },
      );
      match(g.subtype)
        .with('downstream-org-invite', () => {
          b.fired(R.downstreamOrgInvite, 'Invite a new downstream org: create the CS ticket and establish the partnership.');
          b.act({
            kind: 'create-ticket',
            project: 'CS',
            fields: { summary: 'Invite a new downstream org' },
            summary: 'Create the CS ticket and establish the requested partnership according to the process.',
          });
        })
        .with('incentive-override', () => {
          b.fired(R.incentiveOverride, 'Small configuration request: adding an incentive override has its own SOP.');
          b.act({ kind: 'check', what: 'incentive override SOP', summary: 'Follow the SOP for adding an incentive override.' });
        })
        .with('feature-toggle', () => {
          b.fired(R.featureToggle, 'Small configuration request: enabling or disabling a feature has its own SOP.');
          b.act({
            kind: 'check',
            what: 'feature enable/disable SOP',
            summary: 'Follow the SOP for enabling and disabling features (DocuSign, Cost Buildup, PV Watts, Project Sunroof, and so on).',
          });
        })
        .with('utility-degradation', () => {
          b.fired(R.utilityDegradation, 'Small configuration request: the utility degradation percent has its own SOP.');
          b.act({ kind: 'check', what: 'utility degradation SOP', summary: 'Follow the SOP for updating the utility degradation percent.' });
        })
        .with(COORDINATED, (s) => {
          b.fired(COORDINATED_RULES[s], `${s}: coordinate with the reporter and the configuration team.`);
          b.fired(R.coordinateCsTicket, 'Create a CS ticket according to the company-specific data change process.');
          b.act({
            kind: 'create-ticket',
            project: 'CS',
            fields: { assignee: 'configuration team', summary: s },
            summary: 'Coordinate with the reporter and the configuration team and create a CS ticket according to the process.',
          });
        })
        .with(undefined, () => {
          b.act({
            kind: 'check',
            what: 'required tickets',
            summary: 'Create the other required tickets as outlined in the company-specific data change process.',
          });
        })
        .exhaustive();
    })
    .with({ requestType: 'project-specific-data-change' }, (g) => {
      b.fired(R.projectSpecific, 'A data change on a specific project (customer site).');
      match(g.subtype)
        .with('legal-contact-info', () => {
          b.fired(R.legalContactInfo, 'Legal contact information is the financier\'s to update.');
          b.act({ kind: 'refer', to: 'financier', summary: 'Refer the request to update legal contact information to the financier.' });
        })
        .with('unarchive', () => {
          b.fired(R.unarchive, 'Unarchiving a customer site follows the unarchive request process.');
          b.act({ kind: 'check', what: 'unarchive request process', summary: 'Follow the unarchive request process for the customer site.' });
        })
        .with(undefined, () => {
          b.act({ kind: 'change-setting', setting: 'customer site data', value: 'as requested', summary: 'Update the data on the specific customer site as requested.' });
        })
        .exhaustive();
    })
    .with({ requestType: 'account-management' }, (g) => {
      b.fired(R.accountManagement, 'Billing, cancellation, subscription, training, status or EB inquiry.');
      match(g.subtype)
        .with('cancellation', () => {
          b.fired(R.cancellation, 'Cancellation: follow the cancellation process and give the account manager a heads-up.');
          b.act(
            { kind: 'check', what: 'cancellation process', summary: 'Follow the cancellation process.' },
            { kind: 'notify', to: 'Account Manager', via: 'Slack', summary: 'Slack the Account Manager as a heads up.' },
          );
        })
        .with('billing-information', () => {
          b.fired(R.billingInformation, `Send the instructions "${sd.billingInstructions.title}".`);
          b.act(
            referToArticle(
              sd.billingInstructions,
              `Send the customer the instructions on how to update their billing information ("${sd.billingInstructions.title}").`,
            ),
          );
        })
        .with('training', () => {
          b.fired(R.training, `Have them sign up for time: "${sd.trainingSignup.title}".`);
          b.act(referToArticle(sd.trainingSignup, `Have the customer sign up for a time by following the link ("${sd.trainingSignup.title}").`));
        })
        .with(undefined, () => {
          b.act({ kind: 'reply', to: 'customer', summary: 'Answer the account inquiry (billing, subscription changes, status checks, EB).' });
        })
        .exhaustive();
    })
    .with({ requestType: 'onboarding' }, () => {
      b.fired(R.noCustomerContact, 'Onboarding tickets carry no customer contact and have their own SOP.');
      b.act({ kind: 'check', what: 'onboarding SOP', summary: 'Follow the onboarding ticket\'s SOP.' });
    })
    .with({ requestType: 'feature-request' }, () => {
      b.fired(R.featureRequest, 'New ideas and feature requests are documented according to the feature request process.');
      b.act({ kind: 'log', where: 'feature request process', entry: 'the feature request', summary: 'Document the request according to the feature request process.' });
    })
    .with(
      // Stryker disable next-line ObjectLiteral: last branch: {} matches what it does
      { requestType: 'non-platform' },
      () => {
        b.fired(R.nonPlatform, 'Trade shows, resumes, sales pitches: a non-platform ticket.');
        b.act({
          kind: 'check',
          what: 'non-platform ticket',
          summary: `Handle it as a non-platform ticket: close it as non-platform, or if it might need attention, message the ${sd.supportSupervisor} (see nonPlatformTicket).`,
        });
      },
    )
    .exhaustive();

  return b.build(SUBJECT, f.requestType, policy, { requestTypeName, subtype });
}
