import * as z from 'zod';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../_lib/limits.js';
import { nameText } from '../_lib/fields.js';
import { CalendarDateSchema, Instant } from '../_lib/time.js';

const text = z.string().trim().min(1, 'must not be empty').max(MAX_TEXT_LENGTH);

/** Every concern {@link routeSystemInquiry} routes, in the seed's order. */
export const SYSTEM_CONCERNS = [
  'cost-savings',
  'high-utility-bills',
  'no-savings-noticed',
  'maintenance',
  'repair',
  'outage',
  'system-damage',
  'monitoring-setup',
  'monitoring-access',
  'monitoring-data',
  'panel-cleaning',
  'personal-property-damage',
  'insurance-appraisal',
] as const;

/** What the homeowner is contacting us about. */
export type SystemConcern = (typeof SYSTEM_CONCERNS)[number];

/** The contract types: PPA (the company owns the system) and RIC (the homeowner owns it). */
export const SYSTEM_CONTRACT_TYPES = ['PPA', 'RIC'] as const;
/** The channels the customer may use. */
export const SYSTEM_SUPPORT_CHANNELS = ['phone', 'chat', 'email'] as const;
/** Where the system's production is monitored. */
export const MONITORING_PLATFORMS = ['myeverbright', 'enphase', 'solaredge'] as const;

const contractType = z.enum(SYSTEM_CONTRACT_TYPES).describe('PPA (the company owns the system) or RIC (the homeowner owns it)');
const channel = z.enum(SYSTEM_SUPPORT_CHANNELS).describe('How the customer reached us: phone, chat or email');

/** One contract of the homeowner, as listed on the manufacturer's site. */
export const SystemContract = z.strictObject({
  id: text.describe('The contract (or job) id as the agent sees it'),
  signedOn: CalendarDateSchema.describe('Date the contract was signed, YYYY-MM-DD'),
});

/** Facts for {@link routeSystemInquiry}. */
export const RouteSystemInquiryFacts = z.strictObject({
  customerAuthenticated: z
    .boolean()
    .describe('Whether the Customer Authentication Policy Process has been completed for this contact'),
  m3Approved: z.boolean().describe('Whether the job is M3 (final milestone, PTO letter) approved'),
  concern: z.enum(SYSTEM_CONCERNS).describe('What the customer is contacting us about'),
  contractType,
  channel,
  installerName: nameText
    .optional()
    .describe('The installer organization; required when the reply gives the installer’s contact (M3 not approved, RIC service concerns)'),
  installerContact: text
    .optional()
    .describe('The installer’s phone number or e-mail address; required with installerName'),
  monitoringPlatform: z
    .enum(MONITORING_PLATFORMS)
    .optional()
    .describe('Where the system is monitored: MyEverbright, or the manufacturer site (Enphase, SolarEdge); required for monitoring concerns past the M3 gate'),
  spokeWithOmnidian: z
    .boolean()
    .optional()
    .describe('The customer says they already spoke with Omnidian about this (default false)'),
  transferredFromOmnidian: z
    .boolean()
    .optional()
    .describe('Omnidian transferred the customer to us (default false)'),
  contracts: z
    .array(SystemContract)
    .min(1, 'must list at least one contract, or be left out')
    .max(MAX_LIST_ITEMS)
    .optional()
    .describe('The contracts that appear on the manufacturer site; the one with the latest date signed is used'),
});
/** Facts for {@link routeSystemInquiry}, as the caller writes them. */
export type RouteSystemInquiryFacts = z.input<typeof RouteSystemInquiryFacts>;

/** An open Omnidian (O&M) case of the homeowner. */
export const OmnidianCase = z.strictObject({
  createdAt: Instant.describe('When the case was created, ISO 8601 with offset'),
  lastUpdateAt: Instant.optional().describe('When the case was last updated, ISO 8601 with offset; absent when never updated'),
  hasNewUpdate: z.boolean().describe('Whether there is an update the homeowner has not heard yet'),
});

/** Facts for {@link omnidianFollowUp}. */
export const OmnidianFollowUpFacts = z.strictObject({
  now: Instant.describe('The current moment, ISO 8601 with offset'),
  openCase: OmnidianCase.optional().describe('The open case related to this concern; absent when there is none'),
});
/** Facts for {@link omnidianFollowUp}, as the caller writes them. */
export type OmnidianFollowUpFacts = z.input<typeof OmnidianFollowUpFacts>;

/** An open Case or Case Review related to a reactivation request. */
export const ReactivationCase = z.strictObject({
  kind: z.enum(['case', 'case-review']).describe('An open Case, or a Case Review'),
  reference: text.describe('The case number'),
});

/** Facts for {@link reactivationRequest}. */
export const ReactivationRequestFacts = z.strictObject({
  now: Instant.describe('The current moment, ISO 8601 with offset; "today" is its date in the time zone'),
  paymentMadeOn: CalendarDateSchema.describe('The date the customer made the payment, YYYY-MM-DD'),
  channel,
  stillDeactivated: z.boolean().describe('Whether the system is still deactivated'),
  openCase: ReactivationCase.optional().describe('An open Case or Case Review related to this concern; absent when there is none'),
});
/** Facts for {@link reactivationRequest}, as the caller writes them. */
export type ReactivationRequestFacts = z.input<typeof ReactivationRequestFacts>;
