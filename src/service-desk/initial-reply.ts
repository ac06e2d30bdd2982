import { match } from 'ts-pattern';
import { DecisionBuilder, type Decision } from '../_lib/decision.js';
import { SopInputError } from '../_lib/errors.js';
import { parseInput } from '../_lib/validate.js';
import { resolveOptions, type DecideOptions } from '../policy/resolve.js';
import { renderMessage } from '../templates/engine.js';
import { SERVICE_DESK_RULES as R } from './rules.js';
import { InitialReplyFacts } from './schema.js';
import { deskFirstStepReply, deskGeneralInitialReply, deskProbingQuestionsReply } from './templates.js';

const SUBJECT = 'service-desk/initial-reply';

/** Outcomes of {@link initialReply}: the type of initial reply. */
export type InitialReplyOutcome = 'first-step-to-resolution' | 'probing-questions' | 'general-initial-response';

/** What {@link initialReply} returns. */
export type InitialReplyDecision = Decision<'service-desk/initial-reply', InitialReplyOutcome, object>;

/**
 * Which initial reply to send, rendered: a first step to resolution when we can suggest a
 * resolution now; otherwise probing questions when we need more details; otherwise the general
 * initial response (received, looking into it), which also sets the status back from Waiting for
 * Customer to Waiting for Support.
 *
 * @param facts - `canSuggestResolution`, `needsMoreDetails`, `customerName`, `agentName`, and the
 *   `suggestion` or `questions` the chosen reply needs
 * @param options - `policy` and `timeZone`
 * @returns the decision, with the rendered reply in `messages`
 * @throws SopInputError for invalid facts, or a missing `suggestion` or `questions` for the reply chosen
 *
 * @example
 * ```ts
 * import { initialReply } from 'solar-sop/service-desk';
 * const d = initialReply({ canSuggestResolution: false, needsMoreDetails: false, customerName: 'Pat', agentName: 'Ana' });
 * d.outcome; //=> 'general-initial-response'
 * d.messages[0].text.startsWith('Hi Pat,'); //=> true
 * ```
 */
export function initialReply(facts: InitialReplyFacts, options?: DecideOptions): InitialReplyDecision {
  const { policy } = resolveOptions(options, SUBJECT, facts);
  const f = parseInput(InitialReplyFacts, facts, SUBJECT);
  const outcome: InitialReplyOutcome = f.canSuggestResolution
    ? 'first-step-to-resolution'
    : f.needsMoreDetails
      ? 'probing-questions'
      : 'general-initial-response';
  if (outcome === 'first-step-to-resolution' && f.suggestion === undefined) {
    throw new SopInputError(SUBJECT, [
      { path: ['suggestion'], code: 'required', message: 'is required when a resolution can be suggested: the first-step reply sends it' },
    ]);
  }
  if (outcome === 'probing-questions' && f.questions === undefined) {
    throw new SopInputError(SUBJECT, [
      { path: ['questions'], code: 'required', message: 'is required when more details are needed: the probing-questions reply asks them' },
    ]);
  }
  const names = { customerName: f.customerName, agentName: f.agentName };
  const b = new DecisionBuilder(f);
  b.fired(
    R.initialReply,
    `Can suggest a resolution now: ${f.canSuggestResolution ? 'yes' : 'no'}; needs more details: ${f.needsMoreDetails ? 'yes' : 'no'}.`,
  );
  b.fired(R.proofread, 'Edits made after sending do not reach the customer: proofread first.');
  b.act({ kind: 'check', what: 'reply wording', summary: 'Proofread the reply before sending: edits made after sending are not sent to the customer.' });
  match(outcome)
    .with('first-step-to-resolution', () => {
      b.fired(R.firstStepToResolution, 'The issue is narrowed down: send the resolution or a suggestion to try.');
      b.reply(renderMessage(deskFirstStepReply, { ...names, suggestion: f.suggestion }, policy), 'Send the customer the first step to resolution.');
    })
    .with('probing-questions', () => {
      const questions = f.questions as string[];
      b.fired(R.probingQuestions, `We need more details to proceed: ${questions.length} question${questions.length === 1 ? '' : 's'}.`);
      b.reply(
        renderMessage(deskProbingQuestionsReply, { ...names, questions: questions.map((q) => `- ${q}`).join('\n') }, policy),
        'Send the customer the probing questions.',
      );
    })
    .with('general-initial-response', () => {
      b.fired(R.generalInitialResponse, 'The request needs more investigation before a troubleshooting step or probing questions.');
      b.reply(renderMessage(deskGeneralInitialReply, names, policy), 'Send the general initial response: we received the request and are looking into it.');
      b.fired(R.waitingForSupport, 'No resolution has been sent yet: the ticket goes back to Waiting for Support.');
      b.act({
        kind: 'update-ticket',
        field: 'Status',
        value: 'Waiting for Support',
        summary: 'Toggle the status from Waiting for Customer back to Waiting for Support.',
      });
    })
    .exhaustive();
  return b.build(SUBJECT, outcome, policy, {});
}
