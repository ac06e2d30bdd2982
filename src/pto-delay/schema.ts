import * as z from 'zod/mini';
import { described } from '../_lib/describe.js';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../_lib/limits.js';
import { nameText } from '../_lib/fields.js';
import { CalendarDateSchema, Instant } from '../_lib/time.js';

// Each exported schema is built inside a `/* @__PURE__ */` call, so that a bundler drops the ones (and their descriptions) a consumer
// does not import; esbuild keeps any other call made at the top of a module.

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_TEXT_LENGTH));
const email = z.pipe(z.string().check(z.trim(), z.maxLength(MAX_TEXT_LENGTH)), z.email({ error: 'expected an e-mail address such as "name@example.com"' }));
const ticketKey = z
  .string()
  .check(z.trim(), z.maxLength(MAX_TEXT_LENGTH), z.regex(/^[A-Za-z][A-Za-z0-9_]*-\d+$/, 'expected a Jira ticket key such as "PTO-123"'));

/** Facts for {@link firstPaymentTiming}. */
export const FirstPaymentTimingFacts = /* @__PURE__ */ (() => z.strictObject({
  /** M2 approval date = installation date = contract "Start Date", `YYYY-MM-DD`. */
  m2ApprovedOn: described(CalendarDateSchema, 'M2 approval date (installation date, contract Start Date), YYYY-MM-DD'),
  /** The installer organization, named in the grace-ended reply. */
  installer: described(nameText, 'Installer organization of the system'),
  /** The current moment; "today" is its date in the policy's time zone. */
  now: described(Instant, 'The current moment, ISO 8601 with offset'),
}))();
/** Facts for {@link firstPaymentTiming}, as the caller writes them. */
export type FirstPaymentTimingFacts = z.input<typeof FirstPaymentTimingFacts>;

/** The homeowner: their name, and their e-mail address when known (the reporter of their ticket). */
export const PtoHomeownerSchema = /* @__PURE__ */ (() => described(
  z.strictObject({
    firstName: described(nameText, 'Homeowner first name'),
    lastName: described(nameText, 'Homeowner last name'),
    email: described(z.optional(email), 'Homeowner e-mail address, the reporter of the homeowner ticket (when known)'),
  }),
  'The homeowner (the customer)',
))();

/** Where the solar system is installed. */
export const PtoSiteSchema = /* @__PURE__ */ (() => described(
  z.strictObject({
    street: described(z.optional(text), 'Street address of the system (noted at intake when known)'),
    city: described(text, 'City where the system is installed'),
    state: described(text, 'State where the system is installed, abbreviation or full name ("CO" or "Colorado")'),
    postalCode: described(z.optional(text), 'ZIP code of the system (noted at intake when known)'),
  }),
  'Address where the solar system is installed',
))();

const installer = described(nameText, 'Installer organization of the system (matched ignoring case, punctuation and legal suffixes)');
const m2ApprovedOn = described(CalendarDateSchema, 'M2 approval date (installation date, contract Start Date), YYYY-MM-DD');
const inspectionComplete = described(z.optional(z.boolean()), 'Whether the system has passed inspection; absent when not known');
const onlyAwaitingPto = described(
  z.optional(z.boolean()),
  'Whether the homeowner is only waiting on PTO from the utility (nothing else outstanding); absent when not known',
);
const homeownerTicketKey = described(z.optional(ticketKey), 'Key of the homeowner ticket, when it already exists (for example "PTO-123")');

/** Facts for {@link ptoHomeownerReply}. */
export const PtoHomeownerReplyFacts = /* @__PURE__ */ (() => z.strictObject({
  installer,
  site: PtoSiteSchema,
  homeowner: PtoHomeownerSchema,
  m2ApprovedOn,
  inspectionComplete,
  onlyAwaitingPto,
  ticketKey: homeownerTicketKey,
}))();
/** Facts for {@link ptoHomeownerReply}, as the caller writes them. */
export type PtoHomeownerReplyFacts = z.input<typeof PtoHomeownerReplyFacts>;

const contractorEmail = described(
  z.optional(email),
  'The "Contractor" e-mail of the contract phase in engine; required unless the installer uses the shared reporter address',
);
const installerContactName = described(z.optional(nameText), 'Name of the installer contact the message greets; required when an installer ticket is created');

/** Facts for {@link ptoInstallerOutreach}. */
export const PtoInstallerOutreachFacts = /* @__PURE__ */ (() => z.strictObject({
  installer,
  contractorEmail,
  installerContactName,
  homeowner: PtoHomeownerSchema,
  homeownerTicketKey: described(z.optional(ticketKey), 'Key of the homeowner ticket the installer ticket is linked from (for example "PTO-123")'),
}))();
/** Facts for {@link ptoInstallerOutreach}, as the caller writes them. */
export type PtoInstallerOutreachFacts = z.input<typeof PtoInstallerOutreachFacts>;

/** Facts for {@link partnerTicket}. */
export const PartnerTicketFacts = /* @__PURE__ */ (() => z.strictObject({
  fromEmail: described(email, 'E-mail address the ticket came from'),
  source: described(
    z.optional(z.literal('account-servicing')),
    'Set to "account-servicing" when the ticket came from Account Servicing (the host knows; the address does not show it)',
  ),
  description: described(text, 'Short description of the request, used in the ticket title'),
  organization: described(z.optional(nameText), 'Organization to set on the ticket, when known'),
  homeownerTicketKey: described(z.optional(ticketKey), 'Key of the corresponding homeowner ticket, when known (for example "PTO-123")'),
}))();
/** Facts for {@link partnerTicket}, as the caller writes them. */
export type PartnerTicketFacts = z.input<typeof PartnerTicketFacts>;

/** Pertinent inspection details a homeowner may give. */
export const PtoInspectionIssueSchema = /* @__PURE__ */ (() => described(
  z.enum(['not-scheduled', 'pending', 'failed']),
  'Inspection not scheduled, scheduled but pending, or failed (municipality requires changes)',
))();

/** Facts for {@link handlePtoConcern}. */
export const HandlePtoConcernFacts = /* @__PURE__ */ (() => z.strictObject({
  channel: described(z.enum(['phone', 'ticket']), 'How the concern came in: a call on the homeowner line, or a ticket'),
  installer,
  site: PtoSiteSchema,
  homeowner: PtoHomeownerSchema,
  m2ApprovedOn,
  now: described(Instant, 'The current moment, ISO 8601 with offset'),
  inspectionComplete,
  onlyAwaitingPto,
  inspectionIssue: z.optional(PtoInspectionIssueSchema),
  cannotReachInstaller: described(z.optional(z.boolean()), 'The homeowner has been trying to contact the installer and cannot get in touch'),
  ptoNotSubmitted: described(z.optional(z.boolean()), 'The installer has not submitted the request for PTO with the utility'),
  notes: described(z.optional(z.array(text).check(z.maxLength(MAX_LIST_ITEMS))), 'Any other pertinent details the homeowner gave'),
  stillAskingAboutDoubleBilling: described(z.optional(z.boolean()), 'The homeowner is still asking about double billing (billed by both the utility and us)'),
  ticketKey: homeownerTicketKey,
  existingOpenTickets: described(
    z.optional(z.array(ticketKey).check(z.maxLength(MAX_LIST_ITEMS))),
    'Keys of existing open tickets for this homeowner found by search, the original homeowner ticket first',
  ),
  contractorEmail,
  installerContactName,
}))();
/** Facts for {@link handlePtoConcern}, as the caller writes them. */
export type HandlePtoConcernFacts = z.input<typeof HandlePtoConcernFacts>;
