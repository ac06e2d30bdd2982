import * as z from 'zod/mini';
import { described } from '../_lib/describe.js';

/**
 * The JSON shape every decision has (src/_lib/decision.ts), as a zod schema for the OpenAPI
 * document. A type test (test/server/decision-schema.test-d.ts) keeps the two in step.
 */
const Audience = z.enum(['homeowner', 'customer', 'installer', 'partner', 'internal']);
const Channel = z.enum(['phone', 'chat', 'email']);
const text = z.string();

const action = <K extends string, S extends z.core.$ZodShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), summary: described(text, 'One imperative sentence an agent can follow'), ...shape });

export const ActionSchema = described(
  z.discriminatedUnion('kind', [
    action('reply', { to: Audience, channel: z.optional(Channel), templateId: z.optional(text) }),
    action('transfer', { to: text, warm: z.boolean() }),
    action('refer', { to: text, contact: z.optional(text) }),
    action('create-ticket', { project: text, fields: z.record(z.string(), z.union([text, z.array(text)])) }),
    action('link-ticket', { from: text, to: text, relation: text }),
    action('update-ticket', { field: text, value: z.union([text, z.array(text)]) }),
    action('close-ticket', { resolution: z.optional(text) }),
    action('escalate', { to: text, via: text }),
    action('notify', { to: text, via: z.optional(text) }),
    action('log', { where: text, entry: text }),
    action('check', { what: text }),
    action('ask', { question: text }),
    action('record', { field: text, value: text }),
    action('change-setting', { setting: text, value: text }),
    action('wait', { until: described(z.nullable(z.string()), 'ISO 8601 instant, or null when only an event can end the wait') }),
    action('disposition-notes', {}),
    action('stop', {}),
  ]),
  'One step an agent takes',
);

export const MessageSchema = described(
  z.object({ templateId: text, audience: Audience, channel: z.optional(Channel), subject: z.optional(text), text }),
  'A canned message, rendered and ready to send',
);

export const TraceEntrySchema = described(
  z.object({ rule: text, source: z.object({ seed: text, section: text }), detail: text }),
  'A rule that fired, with the SOP passage it encodes',
);

/** Every decision's fields; procedure-specific fields (such as `eligibleAt`) come beside them. */
export const DecisionSchema = described(
  z.looseObject({
    procedure: text,
    outcome: text,
    actions: z.array(ActionSchema),
    messages: z.array(MessageSchema),
    trace: z.array(TraceEntrySchema),
    policy: z.object({ name: text, version: text }),
  }),
  'A decision: the outcome, the ordered actions, the rendered messages and the trace',
);
