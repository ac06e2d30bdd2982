import * as z from 'zod/mini';
import { described, withMeta } from '../_lib/describe.js';
import type { WithMsInstants } from '../_lib/instants.js';
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from '../_lib/limits.js';
import { nameText } from '../_lib/fields.js';
import { Instant, instantIssue, instantMs, isoInstant } from '../_lib/time.js';

// Each exported schema is built inside a `/* @__PURE__ */` call, so that a bundler drops the ones (and their descriptions) a consumer
// does not import; esbuild keeps any other call made at the top of a module.

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(MAX_TEXT_LENGTH));

/**
 * An instant kept in a state: an ISO 8601 date-time string with an offset, normalized to UTC
 * (`YYYY-MM-DDTHH:mm:ss.sssZ`) so that states stay plain JSON.
 */
const StoredInstant = withMeta(
  z.pipe(
    z.string({ error: 'expected an ISO 8601 date-time string with an offset, such as "2026-11-23T09:30:00Z"' }).check(z.maxLength(MAX_TEXT_LENGTH)),
    z.transform((value: string, payload) => {
      // InstantMs's reading and issues, without a nested zod parse per instant.
      const ms = instantMs(value);
      const issue = instantIssue(value, ms);
      if (issue === undefined) return isoInstant(ms);
      payload.issues.push({ code: 'custom', message: issue.message, input: value });
      return z.NEVER;
    }),
  ),
  { format: 'date-time' },
);

/** How the customer reached us (and how the workaround was offered). */
export const PvWattsChannel = /* @__PURE__ */ (() => described(z.enum(['chat', 'email']), 'Channel of the conversation: "chat" or "email"'))();
/** `chat` or `email`. */
export type PvWattsChannel = z.output<typeof PvWattsChannel>;

/** The customer organization a state is about. */
export const PvWattsOrg = /* @__PURE__ */ (() => z.strictObject({
  /** The organization's name as shown in the platform. */
  name: described(nameText, 'The customer organization’s name, as shown in the platform'),
  /** The organization's id in the platform, when known. */
  id: described(z.optional(text), 'The organization’s id in the platform, when known'),
}))();
/** A customer organization. */
export type PvWattsOrg = z.output<typeof PvWattsOrg>;

/** Who gave express consent to switch off PV Watts, when, and on which channel. */
export const PvWattsConsent = /* @__PURE__ */ (() => z.strictObject({
  /** When consent was given. */
  at: described(StoredInstant, 'When the consent was given, ISO 8601 with offset'),
  /** The channel consent came in on. */
  channel: PvWattsChannel,
  /** The person at the organization who gave it. */
  givenBy: described(nameText, 'The person at the organization who gave express consent'),
}))();
/** A recorded consent. */
export type PvWattsConsent = z.output<typeof PvWattsConsent>;

const org = described(PvWattsOrg, 'The customer organization');
const updatedAt = described(StoredInstant, 'When the latest event was applied to this state (UTC ISO 8601)');
const reportedAt = described(StoredInstant, 'When the organization reported the issue (UTC ISO 8601)');
const contactName = described(nameText, 'The contact at the organization whom the e-mails greet');
const channel = described(PvWattsChannel, 'Channel on which the issue was reported and the workaround offered');

/** Nothing reported yet: the state `initialPvWattsState(org)` returns. */
export const PvWattsAwaitingReportState = /* @__PURE__ */ (() => z.strictObject({
  status: described(z.literal('awaiting-report'), 'No outage issue has been reported by the organization yet'),
  org,
}))();
/** The organization does not have PV Watts turned on: the outage is not its problem. */
export const PvWattsNotUsingState = /* @__PURE__ */ (() => z.strictObject({
  status: described(z.literal('not-using-pv-watts'), 'The organization does not have PV Watts turned on'),
  org,
  contactName,
  channel,
  reportedAt,
  updatedAt,
}))();
/** The workaround was offered; no answer yet. The organization is impacted and not switched. */
export const PvWattsWorkaroundOfferedState = /* @__PURE__ */ (() => z.strictObject({
  status: described(z.literal('workaround-offered'), 'The workaround was offered and the organization has not answered'),
  org,
  contactName,
  channel,
  reportedAt,
  updatedAt,
}))();
/** The organization declined the switch: it stays on PV Watts (impacted, not switched). */
export const PvWattsImpactedNotSwitchedState = /* @__PURE__ */ (() => z.strictObject({
  status: described(z.literal('impacted-not-switched'), 'The organization declined the switch and stays on PV Watts'),
  org,
  contactName,
  channel,
  reportedAt,
  declinedAt: described(StoredInstant, 'When the organization declined the switch (UTC ISO 8601)'),
  updatedAt,
}))();
/** Switched off PV Watts, with the express consent that allowed it. */
export const PvWattsSwitchedState = /* @__PURE__ */ (() => z.strictObject({
  status: described(z.literal('switched'), 'The organization was switched to the in-house production methodology'),
  org,
  contactName,
  channel,
  reportedAt,
  consent: described(PvWattsConsent, 'The express consent the switch was made on'),
  switchedAt: described(StoredInstant, 'When the organization was switched off PV Watts (UTC ISO 8601)'),
  updatedAt,
}))();
/** PV Watts works again and the organization has been followed up (and switched back if it was switched). */
export const PvWattsRestoredState = /* @__PURE__ */ (() => z.strictObject({
  status: described(z.literal('restored'), 'PV Watts is back and the organization has been followed up'),
  org,
  contactName,
  wasSwitched: described(z.boolean(), 'Whether the organization had been switched off PV Watts and was switched back'),
  restoredAt: described(StoredInstant, 'When the organization was followed up after PV Watts was restored (UTC ISO 8601)'),
  updatedAt,
}))();

/** State `awaiting-report`: nothing reported yet. */
export type PvWattsAwaitingReportState = z.output<typeof PvWattsAwaitingReportState>;
/** State `not-using-pv-watts`: the organization does not have PV Watts on. */
export type PvWattsNotUsingState = z.output<typeof PvWattsNotUsingState>;
/** State `workaround-offered`: offered, no answer yet. */
export type PvWattsWorkaroundOfferedState = z.output<typeof PvWattsWorkaroundOfferedState>;
/** State `impacted-not-switched`: declined the switch. */
export type PvWattsImpactedNotSwitchedState = z.output<typeof PvWattsImpactedNotSwitchedState>;
/** State `switched`: switched off PV Watts with recorded consent. */
export type PvWattsSwitchedState = z.output<typeof PvWattsSwitchedState>;
/** State `restored`: followed up after PV Watts came back. */
export type PvWattsRestoredState = z.output<typeof PvWattsRestoredState>;

const STATUSES = ['awaiting-report', 'not-using-pv-watts', 'workaround-offered', 'impacted-not-switched', 'switched', 'restored'] as const;

/** The state of one organization in the PV Watts outage procedure; a discriminated union on `status`. */
export const PvWattsStateSchema = /* @__PURE__ */ (() => described(
  z.discriminatedUnion(
    'status',
    [PvWattsAwaitingReportState, PvWattsNotUsingState, PvWattsWorkaroundOfferedState, PvWattsImpactedNotSwitchedState, PvWattsSwitchedState, PvWattsRestoredState],
    { error: `expected a state whose "status" is one of ${STATUSES.map((s) => `"${s}"`).join(', ')}` },
  ),
  'The organization’s state in the PV Watts outage procedure (plain JSON, as a previous step returned it)',
))();
/** The state of one organization: plain, serialisable JSON data. */
export type PvWattsState = z.output<typeof PvWattsStateSchema>;
/** Every `status` of {@link PvWattsState}. */
export type PvWattsStatus = PvWattsState['status'];
/** The statuses, in procedure order. */
export const PV_WATTS_STATUSES: readonly PvWattsStatus[] = STATUSES;

const at = described(Instant, 'When it happened, ISO 8601 with offset (or a Date)');
const agentName = described(nameText, 'The agent’s name, signing the e-mails');

/** The organization reports an issue saving projects (or it is noticed) during a PV Watts outage. */
export const PvWattsIssueReportedEvent = /* @__PURE__ */ (() => z.strictObject({
  type: described(z.literal('issue-reported'), 'The organization reports an issue during the PV Watts outage'),
  at,
  pvWattsEnabled: described(z.boolean(), 'Whether the organization has PV Watts turned on (the first check of the SOP)'),
  channel: PvWattsChannel,
  contactName: described(nameText, 'The contact who reported the issue; the e-mails greet them'),
  agentName: described(z.optional(agentName), 'The agent’s name, signing the offer e-mail; required when the offer goes by e-mail'),
}))();
/** The organization gives express consent to switch off PV Watts. */
export const PvWattsConsentGivenEvent = /* @__PURE__ */ (() => z.strictObject({
  type: described(z.literal('consent-given'), 'The organization gives express consent to be switched off PV Watts'),
  at,
  channel: described(PvWattsChannel, 'Channel on which consent was given'),
  givenBy: described(nameText, 'The person at the organization who gave express consent'),
  agentName,
}))();
/** The organization does not want to be switched. */
export const PvWattsConsentDeclinedEvent = /* @__PURE__ */ (() => z.strictObject({
  type: described(z.literal('consent-declined'), 'The organization declines the switch'),
  at,
}))();
/** An agent is about to switch the organization (for example on a supervisor's instruction). */
export const PvWattsSwitchRequestedEvent = /* @__PURE__ */ (() => z.strictObject({
  type: described(z.literal('switch-requested'), 'An agent is about to switch the organization off PV Watts'),
  at,
  requestedBy: described(z.optional(nameText), 'Who asked for the switch (an agent or supervisor), when known'),
}))();
/** The switched organization says it is still blocked. */
export const PvWattsStillBlockedEvent = /* @__PURE__ */ (() => z.strictObject({
  type: described(z.literal('still-blocked'), 'The switched organization says it is still blocked'),
  at,
  symptom: described(
    z.enum(['phases-spinning', 'recalculating-existing-project', 'other']),
    'What they see: the quote and usage phases spinning, recalculating an existing project, or something else',
  ),
}))();
/** PV Watts works again. */
export const PvWattsRestoredEvent = /* @__PURE__ */ (() => z.strictObject({
  type: described(z.literal('pv-watts-restored'), 'PV Watts is working again'),
  at,
  agentName,
}))();

/** Event `issue-reported`, as the caller writes it. */
export type PvWattsIssueReportedEvent = z.input<typeof PvWattsIssueReportedEvent>;
/** Event `consent-given`, as the caller writes it. */
export type PvWattsConsentGivenEvent = z.input<typeof PvWattsConsentGivenEvent>;
/** Event `consent-declined`, as the caller writes it. */
export type PvWattsConsentDeclinedEvent = z.input<typeof PvWattsConsentDeclinedEvent>;
/** Event `switch-requested`, as the caller writes it. */
export type PvWattsSwitchRequestedEvent = z.input<typeof PvWattsSwitchRequestedEvent>;
/** Event `still-blocked`, as the caller writes it. */
export type PvWattsStillBlockedEvent = z.input<typeof PvWattsStillBlockedEvent>;
/** Event `pv-watts-restored`, as the caller writes it. */
export type PvWattsRestoredEvent = z.input<typeof PvWattsRestoredEvent>;

const EVENT_TYPES = ['issue-reported', 'consent-given', 'consent-declined', 'switch-requested', 'still-blocked', 'pv-watts-restored'] as const;

/** Something that happened to the organization; a discriminated union on `type`. */
export const PvWattsEventSchema = /* @__PURE__ */ (() => described(
  z.discriminatedUnion(
    'type',
    [PvWattsIssueReportedEvent, PvWattsConsentGivenEvent, PvWattsConsentDeclinedEvent, PvWattsSwitchRequestedEvent, PvWattsStillBlockedEvent, PvWattsRestoredEvent],
    { error: `expected an event whose "type" is one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}` },
  ),
  'What happened',
))();
/** An event, as the caller writes it (`at` a Date or an ISO string with offset). */
export type PvWattsEvent = z.input<typeof PvWattsEventSchema>;
/** An event after validation (`at` in epoch milliseconds). @internal */
export type ParsedPvWattsEvent = WithMsInstants<z.output<typeof PvWattsEventSchema>>;
/** Every `type` of {@link PvWattsEvent}. */
export type PvWattsEventType = PvWattsEvent['type'];
/** The event types, in procedure order. */
export const PV_WATTS_EVENT_TYPES: readonly PvWattsEventType[] = EVENT_TYPES;
/** What a still-blocked organization sees. */
export type PvWattsStillBlockedSymptom = z.output<typeof PvWattsStillBlockedEvent>['symptom'];

/** The state and event of one step. @internal */
export const PvWattsStepInput = /* @__PURE__ */ (() => z.strictObject({
  state: PvWattsStateSchema,
  event: PvWattsEventSchema,
}))();

/**
 * Facts for the `pv-watts-outage/step` procedure (the CLI): the current `state`, or the `org` to
 * start from (exactly one of the two), and the `event`.
 */
export const PvWattsStepFacts = /* @__PURE__ */ (() => z
  .strictObject({
    state: described(
      z.optional(PvWattsStateSchema),
      'The organization’s current state, as the previous step returned it; omit it and give org to start from the beginning',
    ),
    org: described(z.optional(PvWattsOrg), 'The organization, when starting from the beginning (instead of state)'),
    event: PvWattsEventSchema,
  })
  .check(
    z.superRefine((facts, ctx) => {
      if ((facts.state === undefined) === (facts.org === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: facts.state === undefined ? ['org'] : ['state'],
          message: facts.state === undefined ? 'give either state (to continue) or org (to start from the beginning)' : 'give either state or org, not both',
        });
      }
    }),
  ))();
/** Facts for the `pv-watts-outage/step` procedure, as the caller writes them. */
export type PvWattsStepFacts = z.input<typeof PvWattsStepFacts>;

/** Facts for the `pv-watts-outage/restoration-plan` procedure (the CLI). */
export const PvWattsRestorationPlanFacts = /* @__PURE__ */ (() => z.strictObject({
  states: described(z.array(PvWattsStateSchema).check(z.maxLength(MAX_LIST_ITEMS)), 'The states of every organization of the outage, one per organization'),
}))();
/** Facts for the `pv-watts-outage/restoration-plan` procedure, as the caller writes them. */
export type PvWattsRestorationPlanFacts = z.input<typeof PvWattsRestorationPlanFacts>;
