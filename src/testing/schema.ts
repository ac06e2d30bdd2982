import * as z from 'zod';
import { procedures } from '../procedures.js';

const text = z.string().trim().min(1, 'must not be empty');
/** A JSON object: facts, a partial decision, an action pattern, policy overrides. */
const object = z.record(z.string(), z.unknown());
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** What the messages of a decision must (or must not) say. */
export const MessageExpectation = z
  .strictObject({
    templateId: text.optional().describe('Only messages rendered from this template'),
    audience: z
      .enum(['homeowner', 'customer', 'installer', 'partner', 'internal'])
      .optional()
      .describe('Only messages for this audience'),
    channel: z.enum(['phone', 'chat', 'email']).optional().describe('Only messages for this channel'),
    contains: z.array(z.string().min(1)).optional().describe('Each string appears in the text of one of the selected messages'),
    notContains: z.array(z.string().min(1)).optional().describe('No selected message’s text contains any of these strings'),
  })
  .describe('Selects messages by templateId, audience and channel (all of them when none is given); a selector that selects nothing fails');

/** An expected `SopInputError` (or another documented error) instead of a decision. */
export const ErrorExpectation = z
  .strictObject({
    type: text
      .default('SopInputError')
      .describe('The error’s name: SopInputError (default), ConsentRequiredError, InvalidTransitionError, TemplateError'),
    paths: z.array(z.string()).optional().describe('Issue paths the error must list, as formatPath writes them: "site.city", "followUps[2]", "(root)"'),
    codes: z.array(text).optional().describe('Issue codes the error must list, such as "invalid_type"'),
    message: text.optional().describe('Text the error’s message contains'),
  })
  .describe('The decision must throw this error');

/** What a case expects; every part is optional and matches partially. */
export const CaseExpectation = z
  .strictObject({
    outcome: text.optional().describe('The decision’s outcome'),
    decision: object.optional().describe('Fields of the decision, matched deeply and partially (objects may hold fewer keys; arrays match item by item)'),
    state: object.optional().describe('pv-watts-outage/step only: fields of the next state, matched like decision'),
    actions: z
      .strictObject({
        include: z.array(object).optional().describe('Each pattern matches (partially) at least one action, for example { kind: reply, to: homeowner }'),
        exclude: z.array(object).optional().describe('No action matches any of these patterns'),
      })
      .optional()
      .describe('Actions that must and must not appear'),
    messages: z.array(MessageExpectation).optional().describe('What the rendered messages say'),
    rules: z.array(text).optional().describe('Rule ids that must appear in the trace, for example pto-delay/grace-period'),
    error: ErrorExpectation.optional(),
  })
  .superRefine((e, ctx) => {
    const withDecision = (['outcome', 'decision', 'state', 'actions', 'messages', 'rules'] as const).filter((k) => e[k] !== undefined);
    if (e.error !== undefined && withDecision.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['error'], message: `expects an error, so it cannot also expect ${withDecision.join(', ')} of a decision` });
    }
  })
  .describe('What the decision must show; a case without expect only has to decide without an error');

/** One event of a multi-step PV Watts case and what its step must decide. */
export const CaseStep = z.strictObject({
  event: object.describe('The event, as pvWattsOutage takes it; the state comes from the previous step'),
  expect: CaseExpectation.optional(),
});

const PROCEDURE_IDS = procedures.map((p) => p.id) as [string, ...string[]];
const USES_NOW: ReadonlySet<string> = new Set(procedures.filter((p) => p.usesNow).map((p) => p.id));

/** One test case of a host's rule suite (see docs/testing.md). */
export const TestCaseSchema = z
  .strictObject({
    name: text.describe('A sentence saying what the case shows'),
    procedure: z.enum(PROCEDURE_IDS).describe('The procedure id, as `solar-sop list` shows it'),
    facts: object.describe('The facts; for steps, the starting { org } or { state } without an event'),
    now: z
      .string()
      .regex(ISO_WITH_OFFSET, 'expected an ISO 8601 date-time with an offset, such as 2026-11-23T09:30:00Z')
      .optional()
      .describe('The moment of the decision, used when the facts have no "now"'),
    policy: object.optional().describe('Policy overrides for this case, merged over the suite’s --policy'),
    options: z
      .strictObject({ timeZone: text.optional().describe('IANA time zone for calendar questions') })
      .optional(),
    expect: CaseExpectation.optional(),
    steps: z.array(CaseStep).min(1).optional().describe('pv-watts-outage/step only: events applied in order, each step starting from the previous state'),
  })
  .superRefine((c, ctx) => {
    if (c.now !== undefined && !USES_NOW.has(c.procedure)) ctx.addIssue({ code: 'custom', path: ['now'], message: `${c.procedure} takes no "now"` });
    if (c.steps !== undefined) {
      if (c.procedure !== 'pv-watts-outage/step') ctx.addIssue({ code: 'custom', path: ['steps'], message: 'only pv-watts-outage/step cases have steps' });
      if (c.expect !== undefined) ctx.addIssue({ code: 'custom', path: ['expect'], message: 'a case with steps gives expect on each step' });
      if ('event' in c.facts) ctx.addIssue({ code: 'custom', path: ['facts', 'event'], message: 'a case with steps gives each event in its step' });
    }
  })
  .describe('A test case: a procedure, the facts, and what the decision must show');

/** A test case as written in a case file. */
export type TestCaseInput = z.input<typeof TestCaseSchema>;
/** A validated test case. */
export type TestCase = z.output<typeof TestCaseSchema>;
/** What a case expects. */
export type CaseExpectation = z.output<typeof CaseExpectation>;

/** A case file: one case, or a list of cases. */
export const CaseFileSchema = z.union([TestCaseSchema, z.array(TestCaseSchema)]).describe('One solar-sop test case or a list of them');

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
