import * as z from 'zod/mini';
import { described } from '../_lib/describe.js';
import { procedures } from '../procedures.js';

const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
/** A JSON object: facts, a partial decision, an action pattern, policy overrides. */
const object = z.record(z.string(), z.unknown());
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** What the messages of a decision must (or must not) say. */
export const MessageExpectation = described(
  z.strictObject({
    templateId: described(z.optional(text), 'Only messages rendered from this template'),
    audience: described(z.optional(z.enum(['homeowner', 'customer', 'installer', 'partner', 'internal'])), 'Only messages for this audience'),
    channel: described(z.optional(z.enum(['phone', 'chat', 'email'])), 'Only messages for this channel'),
    contains: described(z.optional(z.array(z.string().check(z.minLength(1)))), 'Each string appears in the text of one of the selected messages'),
    notContains: described(z.optional(z.array(z.string().check(z.minLength(1)))), 'No selected message’s text contains any of these strings'),
  }),
  'Selects messages by templateId, audience and channel (all of them when none is given); a selector that selects nothing fails',
);

/** An expected `SopInputError` (or another documented error) instead of a decision. */
export const ErrorExpectation = described(
  z.strictObject({
    type: described(
      z._default(text, 'SopInputError'),
      'The error’s name: SopInputError (default), ConsentRequiredError, InvalidTransitionError, TemplateError',
    ),
    paths: described(z.optional(z.array(z.string())), 'Issue paths the error must list, as formatPath writes them: "site.city", "followUps[2]", "(root)"'),
    codes: described(z.optional(z.array(text)), 'Issue codes the error must list, such as "invalid_type"'),
    message: described(z.optional(text), 'Text the error’s message contains'),
  }),
  'The decision must throw this error',
);

/** What a case expects; every part is optional and matches partially. */
export const CaseExpectation = described(
  z
    .strictObject({
      outcome: described(z.optional(text), 'The decision’s outcome'),
      decision: described(z.optional(object), 'Fields of the decision, matched deeply and partially (objects may hold fewer keys; arrays match item by item)'),
      state: described(z.optional(object), 'pv-watts-outage/step only: fields of the next state, matched like decision'),
      actions: described(
        z.optional(
          z.strictObject({
            include: described(z.optional(z.array(object)), 'Each pattern matches (partially) at least one action, for example { kind: reply, to: homeowner }'),
            exclude: described(z.optional(z.array(object)), 'No action matches any of these patterns'),
          }),
        ),
        'Actions that must and must not appear',
      ),
      messages: described(z.optional(z.array(MessageExpectation)), 'What the rendered messages say'),
      rules: described(z.optional(z.array(text)), 'Rule ids that must appear in the trace, for example pto-delay/grace-period'),
      error: z.optional(ErrorExpectation),
    })
    .check(
      z.superRefine((e, ctx) => {
        const withDecision = (['outcome', 'decision', 'state', 'actions', 'messages', 'rules'] as const).filter((k) => e[k] !== undefined);
        if (e.error !== undefined && withDecision.length > 0) {
          ctx.addIssue({ code: 'custom', path: ['error'], message: `expects an error, so it cannot also expect ${withDecision.join(', ')} of a decision` });
        }
      }),
    ),
  'What the decision must show; a case without expect only has to decide without an error',
);

/** One event of a multi-step PV Watts case and what its step must decide. */
export const CaseStep = z.strictObject({
  event: described(object, 'The event, as pvWattsOutage takes it; the state comes from the previous step'),
  expect: z.optional(CaseExpectation),
});

const PROCEDURE_IDS = procedures.map((p) => p.id) as [string, ...string[]];
const USES_NOW: ReadonlySet<string> = new Set(procedures.filter((p) => p.usesNow).map((p) => p.id));

/** One test case of a host's rule suite (see docs/testing.md). */
export const TestCaseSchema = described(
  z
    .strictObject({
      name: described(text, 'A sentence saying what the case shows'),
      procedure: described(z.enum(PROCEDURE_IDS), 'The procedure id, as `solar-sop list` shows it'),
      facts: described(object, 'The facts; for steps, the starting { org } or { state } without an event'),
      now: described(
        z.optional(z.string().check(z.regex(ISO_WITH_OFFSET, 'expected an ISO 8601 date-time with an offset, such as 2026-11-23T09:30:00Z'))),
        'The moment of the decision, used when the facts have no "now"',
      ),
      policy: described(z.optional(object), 'Policy overrides for this case, merged over the suite’s --policy'),
      options: z.optional(z.strictObject({ timeZone: described(z.optional(text), 'IANA time zone for calendar questions') })),
      expect: z.optional(CaseExpectation),
      steps: described(
        z.optional(z.array(CaseStep).check(z.minLength(1))),
        'pv-watts-outage/step only: events applied in order, each step starting from the previous state',
      ),
    })
    .check(
      z.superRefine((c, ctx) => {
        if (c.now !== undefined && !USES_NOW.has(c.procedure)) ctx.addIssue({ code: 'custom', path: ['now'], message: `${c.procedure} takes no "now"` });
        if (c.steps !== undefined) {
          if (c.procedure !== 'pv-watts-outage/step') ctx.addIssue({ code: 'custom', path: ['steps'], message: 'only pv-watts-outage/step cases have steps' });
          if (c.expect !== undefined) ctx.addIssue({ code: 'custom', path: ['expect'], message: 'a case with steps gives expect on each step' });
          if ('event' in c.facts) ctx.addIssue({ code: 'custom', path: ['facts', 'event'], message: 'a case with steps gives each event in its step' });
        }
      }),
    ),
  'A test case: a procedure, the facts, and what the decision must show',
);

/** A test case as written in a case file. */
export type TestCaseInput = z.input<typeof TestCaseSchema>;
/** A validated test case. */
export type TestCase = z.output<typeof TestCaseSchema>;
/** What a case expects. */
export type CaseExpectation = z.output<typeof CaseExpectation>;

/** A case file: one case, or a list of cases. */
export const CaseFileSchema = described(z.union([TestCaseSchema, z.array(TestCaseSchema)]), 'One solar-sop test case or a list of them');

/**
 * The JSON Schema of a case file (one case or a list of cases), for editors and CI linters.
 *
 * @returns a JSON Schema (draft 2020-12) object
 *
 * @example
 * ```ts
 * import { casesJsonSchema } from 'solar-sop/testing';
 * casesJsonSchema().title; //=> 'solar-sop test cases'
 * ```
 */
export function casesJsonSchema(): Record<string, unknown> {
  return { title: 'solar-sop test cases', ...z.toJSONSchema(CaseFileSchema, { io: 'input', unrepresentable: 'any' }) };
}
