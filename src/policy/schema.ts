import * as z from 'zod';
import { CalendarDateSchema, TimeZoneSchema } from '../_lib/time.js';
import { BusinessHoursSchema } from '../calendar/business-hours-schema.js';
import type { PolicyRevisionInput } from './revisions.js';

const name = z.string().trim().min(1, 'must not be empty');
const names = z.array(name);
const email = z.email({ error: 'expected an e-mail address' });
const minutes = z.number().int().positive();
const hours = z.number().positive();
const url = z.url({ error: 'expected a URL' }).nullable();

/** A linked article: its title as on the wiki, and a URL when the host knows it. */
export const ArticleSchema = z.strictObject({ title: name, url });
export type Article = z.output<typeof ArticleSchema>;

const HolidayRuleSchema = z.union(
  [
    z.literal('us-federal'),
    z.literal('none'),
    z.strictObject({ dates: z.array(CalendarDateSchema) }),
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
    closures: z.array(CalendarDateSchema),
  }),
  installerAliases: z.record(name, names),
  serviceDesk: z.strictObject({
    firstResponseMinutes: minutes,
    atRiskMinutes: z.number().int().nonnegative(),
    queueCheckIntervalMinutes: minutes,
    priorityInstallers: names,
    closeAfterConfirmationHours: hours,
    closeAfterFollowUpHours: hours,
    minFollowUpsBeforeClosing: z.number().int().positive(),
    staffForwardingDomain: name,
    financingLabel: name,
    supportSupervisor: name,
    nonPlatformOrganization: name,
    billingInstructions: ArticleSchema,
    trainingSignup: ArticleSchema,
    businessHours: BusinessHoursSchema.nullable(),
  }),
  ptoDelay: z.strictObject({
    gracePeriodDays: z.number().int().positive(),
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
    reactivationWindowBusinessDays: z.number().int().positive(),
    omnidianEscalationHours: hours,
    serviceDepartment: name,
    omnidianContact: name.nullable(),
    accountServicing: name,
    savingsArticles: z.array(ArticleSchema),
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
  templates: z.record(name, z.string().min(1, 'must not be empty')),
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
