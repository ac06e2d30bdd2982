import * as z from 'zod/mini';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../_lib/limits.js';
import { CalendarDateSchema, TimeZoneSchema } from '../_lib/time.js';
import { BusinessHoursSchema } from '../calendar/business-hours-schema.js';
import type { PolicyRevisionInput } from './revisions.js';

const name = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_TEXT_LENGTH));
const names = z.array(name).check(z.maxLength(MAX_LIST_ITEMS));
const email = z.email({ error: 'expected an e-mail address' });
const url = z.nullable(z.url({ error: 'expected a URL' }));

/** The bound of one policy number: its least (`min`) or a value it must exceed (`above`), its greatest, its unit, and why. */
export interface PolicyBound {
  readonly min?: number;
  readonly above?: number;
  readonly max: number;
  /** `true` when only whole numbers are accepted. */
  readonly integer: boolean;
  readonly unit: string;
  /** Why the bound is where it is. */
  readonly reason: string;
}

/**
 * The bounds of every number of a policy, by dotted path. Each is far beyond what the SOPs ask
 * for, and keeps every date or instant a decision computes inside the years it can write.
 */
export const POLICY_BOUNDS = {
  'serviceDesk.firstResponseMinutes': {
    min: 1, max: 43_200, integer: true, unit: 'minutes',
    reason: 'a first response due more than 30 days after the ticket is no longer a first response',
  },
  'serviceDesk.atRiskMinutes': {
    min: 0, max: 43_200, integer: true, unit: 'minutes',
    reason: 'as long as the longest first-response time',
  },
  'serviceDesk.queueCheckIntervalMinutes': {
    min: 1, max: 1_440, integer: true, unit: 'minutes',
    reason: 'an unmonitored queue is checked at least once a day',
  },
  'serviceDesk.closeAfterConfirmationHours': {
    above: 0, max: 8_760, integer: false, unit: 'hours',
    reason: 'a ticket waits at most a year for a reply before it may be closed',
  },
  'serviceDesk.closeAfterFollowUpHours': {
    above: 0, max: 8_760, integer: false, unit: 'hours',
    reason: 'a ticket waits at most a year for a reply before it may be closed',
  },
  'serviceDesk.minFollowUpsBeforeClosing': {
    min: 1, max: 100, integer: true, unit: 'follow-ups',
    reason: 'more follow-ups than this before closing is a typo, not a procedure',
  },
  'ptoDelay.gracePeriodDays': {
    min: 1, max: 3_650, integer: true, unit: 'calendar days',
    reason: 'a first payment is due at most ten years after installation',
  },
  'systemSupport.reactivationWindowBusinessDays': {
    min: 1, max: 260, integer: true, unit: 'business days',
    reason: 'a reactivation window of at most a year of business days',
  },
  'systemSupport.omnidianEscalationHours': {
    above: 0, max: 8_760, integer: false, unit: 'hours',
    reason: 'an unresponsive Omnidian case is escalated within a year',
  },
} as const satisfies Record<string, PolicyBound>;

/** The schema of a bounded policy number. */
function bounded(path: keyof typeof POLICY_BOUNDS): z.ZodMiniNumber {
  const b: PolicyBound = POLICY_BOUNDS[path];
  const base = b.integer ? z.number().check(z.int()) : z.number();
  const low = b.above === undefined ? base.check(z.gte(b.min as number)) : base.check(z.gt(b.above));
  return low.check(z.lte(b.max, `must be at most ${b.max} ${b.unit}: ${b.reason}`));
}

/** A linked article: its title as on the wiki, and a URL when the host knows it. */
export const ArticleSchema = z.strictObject({ title: name, url });
export type Article = z.output<typeof ArticleSchema>;

const HolidayRuleSchema = z.union(
  [
    z.literal('us-federal'),
    z.literal('none'),
    z.strictObject({ dates: z.array(CalendarDateSchema).check(z.maxLength(MAX_LIST_ITEMS)) }),
    z.custom<(date: string) => boolean>((v) => typeof v === 'function', 'expected a function (date: string) => boolean'),
  ],
  { error: 'expected "us-federal", "none", { dates: ["YYYY-MM-DD", …] } or a function (date) => boolean' },
);

/** The schema every policy satisfies; see `defaultPolicy` for each value's meaning and source. */
export const PolicySchema = z.strictObject({
  name,
  version: name,
  calendar: z.strictObject({
    timeZone: TimeZoneSchema,
    holidays: HolidayRuleSchema,
    closures: z.array(CalendarDateSchema).check(z.maxLength(MAX_LIST_ITEMS)),
  }),
  installerAliases: z.record(name, names),
  serviceDesk: z.strictObject({
    firstResponseMinutes: bounded('serviceDesk.firstResponseMinutes'),
    atRiskMinutes: bounded('serviceDesk.atRiskMinutes'),
    queueCheckIntervalMinutes: bounded('serviceDesk.queueCheckIntervalMinutes'),
    priorityInstallers: names,
    closeAfterConfirmationHours: bounded('serviceDesk.closeAfterConfirmationHours'),
    closeAfterFollowUpHours: bounded('serviceDesk.closeAfterFollowUpHours'),
    minFollowUpsBeforeClosing: bounded('serviceDesk.minFollowUpsBeforeClosing'),
    staffForwardingDomain: name,
    financingLabel: name,
    supportSupervisor: name,
    nonPlatformOrganization: name,
    billingInstructions: ArticleSchema,
    trainingSignup: ArticleSchema,
    businessHours: z.nullable(BusinessHoursSchema),
  }),
  ptoDelay: z.strictObject({
    gracePeriodDays: bounded('ptoDelay.gracePeriodDays'),
    assignee: name,
    project: name,
    label: name,
    requestType: name,
    sharedReporterEmail: email,
    sharedReporterInstallers: names,
    noContactInstallers: names,
    thingsYouCanDoInstallers: names,
    littleton: z.strictObject({ installer: name, city: name, states: names }),
    omnidianDomain: name,
  }),
  systemSupport: z.strictObject({
    reactivationWindowBusinessDays: bounded('systemSupport.reactivationWindowBusinessDays'),
    omnidianEscalationHours: bounded('systemSupport.omnidianEscalationHours'),
    serviceDepartment: name,
    omnidianContact: z.nullable(name),
    accountServicing: name,
    savingsArticles: z.array(ArticleSchema).check(z.maxLength(MAX_LIST_ITEMS)),
    personalPropertyDamageArticle: ArticleSchema,
    insuranceAppraisalArticle: ArticleSchema,
    monitoringHost: name,
  }),
  pvWattsOutage: z.strictObject({
    outageLogUrl: z.url(),
    followUpLogUrl: z.url(),
    chatShortcut: name,
    productionMethodArticle: ArticleSchema,
    invalidationArticle: ArticleSchema,
  }),
  templates: z.record(name, z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(MAX_TEXT_LENGTH))),
});

/** A policy's values (what `definePolicy` returns, minus its frozen brand). */
export type PolicyValues = z.output<typeof PolicySchema>;

/** Overrides for {@link definePolicy}: `name` and `version` plus any part of the policy. */
export type PolicyOverrides = {
  name: string;
  version: string;
  /** Dated changes, in date order (SOPS.md item 19); a decision uses the one in force on its `asOf` date. */
  revisions?: readonly PolicyRevisionInput[];
} & DeepPartial<Omit<PolicyValues, 'name' | 'version'>>;

/** Every property optional, recursively; arrays and functions are replaced whole. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;
