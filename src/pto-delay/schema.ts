import * as z from 'zod';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../_lib/limits.js';
import { nameText } from '../_lib/fields.js';
import { CalendarDateSchema, Instant } from '../_lib/time.js';

const text = z.string().trim().min(1, 'must not be empty').max(MAX_TEXT_LENGTH);
const email = z.string().trim().max(MAX_TEXT_LENGTH).pipe(z.email({ error: 'expected an e-mail address such as "name@example.com"' }));
const ticketKey = z
  .string()
  .trim()
  .max(MAX_TEXT_LENGTH)
  .regex(/^[A-Za-z][A-Za-z0-9_]*-\d+$/, 'expected a Jira ticket key such as "PTO-123"');

/** Facts for {@link firstPaymentTiming}. */
export const FirstPaymentTimingFacts = z.strictObject({
  /** M2 approval date = installation date = contract "Start Date", `YYYY-MM-DD`. */
  m2ApprovedOn: CalendarDateSchema.describe('M2 approval date (installation date, contract Start Date), YYYY-MM-DD'),
  /** The installer organization, named in the grace-ended reply. */
  installer: nameText.describe('Installer organization of the system'),
  /** The current moment; "today" is its date in the policy's time zone. */
  now: Instant.describe('The current moment, ISO 8601 with offset'),
});
/** Facts for {@link firstPaymentTiming}, as the caller writes them. */
export type FirstPaymentTimingFacts = z.input<typeof FirstPaymentTimingFacts>;

/** The homeowner: their name, and their e-mail address when known (the reporter of their ticket). */
export const PtoHomeownerSchema = z
  .strictObject({
    firstName: nameText.describe('Homeowner first name'),
    lastName: nameText.describe('Homeowner last name'),
    email: email.optional().describe('Homeowner e-mail address, the reporter of the homeowner ticket (when known)'),
  })
  .describe('The homeowner (the customer)');

/** Where the solar system is installed. */
export const PtoSiteSchema = z
  .strictObject({
    street: text.optional().describe('Street address of the system (noted at intake when known)'),
    city: text.describe('City where the system is installed'),
    state: text.describe('State where the system is installed, abbreviation or full name ("CO" or "Colorado")'),
    postalCode: text.optional().describe('ZIP code of the system (noted at intake when known)'),
  })
  .describe('Address where the solar system is installed');

const installer = nameText.describe('Installer organization of the system (matched ignoring case, punctuation and legal suffixes)');
const m2ApprovedOn = CalendarDateSchema.describe('M2 approval date (installation date, contract Start Date), YYYY-MM-DD');
const inspectionComplete = z
  .boolean()
  .optional()
  .describe('Whether the system has passed inspection; absent when not known');
const onlyAwaitingPto = z
  .boolean()
  .optional()
  .describe('Whether the homeowner is only waiting on PTO from the utility (nothing else outstanding); absent when not known');
const homeownerTicketKey = ticketKey.optional().describe('Key of the homeowner ticket, when it already exists (for example "PTO-123")');

/** Facts for {@link ptoHomeownerReply}. */
export const PtoHomeownerReplyFacts = z.strictObject({
  installer,
  site: PtoSiteSchema,
  homeowner: PtoHomeownerSchema,
  m2ApprovedOn,
  inspectionComplete,
  onlyAwaitingPto,
  ticketKey: homeownerTicketKey,
});
/** Facts for {@link ptoHomeownerReply}, as the caller writes them. */
export type PtoHomeownerReplyFacts = z.input<typeof PtoHomeownerReplyFacts>;

const contractorEmail = email
  .optional()
  .describe('The "Contractor" e-mail of the contract phase in engine; required unless the installer uses the shared reporter address');
const installerContactName = nameText
  .optional()
  .describe('Name of the installer contact the message greets; required when an installer ticket is created');

/** Facts for {@link ptoInstallerOutreach}. */
export const PtoInstallerOutreachFacts = z.strictObject({
  installer,
  contractorEmail,
  installerContactName,
  homeowner: PtoHomeownerSchema,
  homeownerTicketKey: ticketKey.optional().describe('Key of the homeowner ticket the installer ticket is linked from (for example "PTO-123")'),
});
/** Facts for {@link ptoInstallerOutreach}, as the caller writes them. */
export type PtoInstallerOutreachFacts = z.input<typeof PtoInstallerOutreachFacts>;

/** Facts for {@link partnerTicket}. */
export const PartnerTicketFacts = z.strictObject({
  fromEmail: email.describe('E-mail address the ticket came from'),
  source: z
    .literal('account-servicing')
    .optional()
    .describe('Set to "account-servicing" when the ticket came from Account Servicing (the host knows; the address does not show it)'),
  description: text.describe('Short description of the request, used in the ticket title'),
  organization: nameText.optional().describe('Organization to set on the ticket, when known'),
  homeownerTicketKey: ticketKey.optional().describe('Key of the corresponding homeowner ticket, when known (for example "PTO-123")'),
});
/** Facts for {@link partnerTicket}, as the caller writes them. */
export type PartnerTicketFacts = z.input<typeof PartnerTicketFacts>;

/** Pertinent inspection details a homeowner may give. */
export const PtoInspectionIssueSchema = z
  .enum(['not-scheduled', 'pending', 'failed'])
  .describe('Inspection not scheduled, scheduled but pending, or failed (municipality requires changes)');

/** Facts for {@link handlePtoConcern}. */
export const HandlePtoConcernFacts = z.strictObject({
  channel: z.enum(['phone', 'ticket']).describe('How the concern came in: a call on the homeowner line, or a ticket'),
  installer,
  site: PtoSiteSchema,
  homeowner: PtoHomeownerSchema,
  m2ApprovedOn,
  now: Instant.describe('The current moment, ISO 8601 with offset'),
  inspectionComplete,
  onlyAwaitingPto,
  inspectionIssue: PtoInspectionIssueSchema.optional(),
  cannotReachInstaller: z
    .boolean()
    .optional()
    .describe('The homeowner has been trying to contact the installer and cannot get in touch'),
  ptoNotSubmitted: z
    .boolean()
    .optional()
    .describe('The installer has not submitted the request for PTO with the utility'),
  notes: z.array(text).max(MAX_LIST_ITEMS).optional().describe('Any other pertinent details the homeowner gave'),
  stillAskingAboutDoubleBilling: z
    .boolean()
    .optional()
    .describe('The homeowner is still asking about double billing (billed by both the utility and us)'),
  ticketKey: homeownerTicketKey,
  existingOpenTickets: z
    .array(ticketKey)
    .max(MAX_LIST_ITEMS)
    .optional()
    .describe('Keys of existing open tickets for this homeowner found by search, the original homeowner ticket first'),
  contractorEmail,
  installerContactName,
});
/** Facts for {@link handlePtoConcern}, as the caller writes them. */
export type HandlePtoConcernFacts = z.input<typeof HandlePtoConcernFacts>;
