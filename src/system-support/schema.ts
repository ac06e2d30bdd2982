import * as z from 'zod/mini';
import { described } from '../_lib/describe.js';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../_lib/limits.js';
import { nameText } from '../_lib/fields.js';
import { CalendarDateSchema, Instant } from '../_lib/time.js';

// Each exported schema is built inside a `/* @__PURE__ */` call, so that a bundler drops the ones (and their descriptions) a consumer
// does not import; esbuild keeps any other call made at the top of a module.

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_TEXT_LENGTH));

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

const contractType = described(z.enum(SYSTEM_CONTRACT_TYPES), 'PPA (the company owns the system) or RIC (the homeowner owns it)');
const channel = described(z.enum(SYSTEM_SUPPORT_CHANNELS), 'How the customer reached us: phone, chat or email');

/** One contract of the homeowner, as listed on the manufacturer's site. */
export const SystemContract = /* @__PURE__ */ (() => z.strictObject({
  id: described(text, 'The contract (or job) id as the agent sees it'),
  signedOn: described(CalendarDateSchema, 'Date the contract was signed, YYYY-MM-DD'),
}))();

/** Facts for {@link routeSystemInquiry}. */
export const RouteSystemInquiryFacts = /* @__PURE__ */ (() => z.strictObject({
  customerAuthenticated: described(z.boolean(), 'Whether the Customer Authentication Policy Process has been completed for this contact'),
  m3Approved: described(z.boolean(), 'Whether the job is M3 (final milestone, PTO letter) approved'),
  concern: described(z.enum(SYSTEM_CONCERNS), 'What the customer is contacting us about'),
  contractType,
  channel,
  installerName: described(
    z.optional(nameText),
    'The installer organization; required when the reply gives the installer’s contact (M3 not approved, RIC service concerns)',
  ),
  installerContact: described(z.optional(text), 'The installer’s phone number or e-mail address; required with installerName'),
  monitoringPlatform: described(
    z.optional(z.enum(MONITORING_PLATFORMS)),
    'Where the system is monitored: MyEverbright, or the manufacturer site (Enphase, SolarEdge); required for monitoring concerns past the M3 gate',
  ),
  spokeWithOmnidian: described(z.optional(z.boolean()), 'The customer says they already spoke with Omnidian about this (default false)'),
  transferredFromOmnidian: described(z.optional(z.boolean()), 'Omnidian transferred the customer to us (default false)'),
  contracts: described(
    z.optional(z.array(SystemContract).check(z.minLength(1, 'must list at least one contract, or be left out'), z.maxLength(MAX_LIST_ITEMS))),
    'The contracts that appear on the manufacturer site; the one with the latest date signed is used',
  ),
}))();
/** Facts for {@link routeSystemInquiry}, as the caller writes them. */
export type RouteSystemInquiryFacts = z.input<typeof RouteSystemInquiryFacts>;

/** An open Omnidian (O&M) case of the homeowner. */
export const OmnidianCase = /* @__PURE__ */ (() => z.strictObject({
  createdAt: described(Instant, 'When the case was created, ISO 8601 with offset'),
  lastUpdateAt: described(z.optional(Instant), 'When the case was last updated, ISO 8601 with offset; absent when never updated'),
  hasNewUpdate: described(z.boolean(), 'Whether there is an update the homeowner has not heard yet'),
}))();

/** Facts for {@link omnidianFollowUp}. */
export const OmnidianFollowUpFacts = /* @__PURE__ */ (() => z.strictObject({
  now: described(Instant, 'The current moment, ISO 8601 with offset'),
  openCase: described(z.optional(OmnidianCase), 'The open case related to this concern; absent when there is none'),
}))();
/** Facts for {@link omnidianFollowUp}, as the caller writes them. */
export type OmnidianFollowUpFacts = z.input<typeof OmnidianFollowUpFacts>;

/** An open Case or Case Review related to a reactivation request. */
export const ReactivationCase = /* @__PURE__ */ (() => z.strictObject({
  kind: described(z.enum(['case', 'case-review']), 'An open Case, or a Case Review'),
  reference: described(text, 'The case number'),
}))();

/** Facts for {@link reactivationRequest}. */
export const ReactivationRequestFacts = /* @__PURE__ */ (() => z.strictObject({
  now: described(Instant, 'The current moment, ISO 8601 with offset; "today" is its date in the time zone'),
  paymentMadeOn: described(CalendarDateSchema, 'The date the customer made the payment, YYYY-MM-DD'),
  channel,
  stillDeactivated: described(z.boolean(), 'Whether the system is still deactivated'),
  openCase: described(z.optional(ReactivationCase), 'An open Case or Case Review related to this concern; absent when there is none'),
}))();
/** Facts for {@link reactivationRequest}, as the caller writes them. */
export type ReactivationRequestFacts = z.input<typeof ReactivationRequestFacts>;
