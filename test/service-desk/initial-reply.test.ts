import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/define.js';
import { initialReply } from '../../src/service-desk/initial-reply.js';
import { expectDecision, inputError, issuePaths } from '../_helpers/contract.js';
import { standardCases } from '../_helpers/standard.js';
import { crossProduct } from './fixtures.js';

const OUTCOMES = ['first-step-to-resolution', 'probing-questions', 'general-initial-response'];
type Facts = Parameters<typeof initialReply>[0];
const decide = (facts: Facts, options?: Parameters<typeof initialReply>[1]) =>
  expectDecision(initialReply(facts, options), 'service-desk/initial-reply', OUTCOMES);
const BASE = {
  customerName: 'Pat',
  agentName: 'Ana',
  suggestion: 'Clear your browser cache and reload the project.',
  questions: ['Which project is affected?', 'What did you expect to see?'],
};

describe('initialReply', () => {
  describe('decision table: can suggest a resolution × needs more details', () => {
    it.each(crossProduct({ canSuggestResolution: [true, false], needsMoreDetails: [true, false] }))('%o', (flags) => {
      const d = decide({ ...BASE, ...flags });
      const expected = flags.canSuggestResolution ? 'first-step-to-resolution' : flags.needsMoreDetails ? 'probing-questions' : 'general-initial-response';
      expect(d.outcome).toBe(expected);
      expect(d.messages.map((m) => m.templateId)).toEqual([`service-desk/${expected}`]);
      expect(d.trace.map((t) => t.rule)).toEqual([
        'service-desk/initial-reply',
        'service-desk/proofread',
        `service-desk/${expected}`,
        ...(expected === 'general-initial-response' ? ['service-desk/waiting-for-support'] : []),
      ]);
      expect(d.actions.map((a) => a.kind)).toEqual(['check', 'reply', ...(expected === 'general-initial-response' ? ['update-ticket'] : [])]);
    });
  });

  it('renders the first step to resolution with the suggestion', () => {
    const d = decide({ ...BASE, canSuggestResolution: true, needsMoreDetails: false });
    expect(d.messages[0]?.text).toBe(
      'Hi Pat,\n\nThank you for reaching out. Here is what we suggest you try:\n\nClear your browser cache and reload the project.\n\nPlease let us know if this resolves the issue.\n\nBest,\nAna',
    );
  });

  it('renders the probing questions as a list', () => {
    const d = decide({ ...BASE, canSuggestResolution: false, needsMoreDetails: true });
    expect(d.messages[0]?.text).toBe(
      'Hi Pat,\n\nThank you for reaching out. To help us proceed with your request, could you please tell us more:\n\n- Which project is affected?\n- What did you expect to see?\n\nBest,\nAna',
    );
    expect(d.trace[2]?.detail).toBe('We need more details to proceed: 2 questions.');
    expect(decide({ ...BASE, questions: ['Which project?'], canSuggestResolution: false, needsMoreDetails: true }).trace[2]?.detail).toBe(
      'We need more details to proceed: 1 question.',
    );
  });

  it('renders the general initial response and sets the status back to Waiting for Support', () => {
    const d = decide({ customerName: 'Pat', agentName: 'Ana', canSuggestResolution: false, needsMoreDetails: false });
    expect(d.messages[0]?.text).toBe(
      'Hi Pat,\n\nThank you for reaching out. We received your request and are now looking into it. We’ll be in touch right away once we have more news.\n\nBest,\nAna',
    );
    expect(d.actions.at(-1)).toEqual({
      kind: 'update-ticket',
      field: 'Status',
      value: 'Waiting for Support',
      summary: 'Toggle the status from Waiting for Customer back to Waiting for Support.',
    });
  });

  it('records in the trace whether a resolution can be suggested and whether more details are needed', () => {
    expect(decide({ ...BASE, canSuggestResolution: true, needsMoreDetails: false }).trace[0]?.detail).toBe(
      'Can suggest a resolution now: yes; needs more details: no.',
    );
    expect(decide({ ...BASE, canSuggestResolution: false, needsMoreDetails: true }).trace[0]?.detail).toBe(
      'Can suggest a resolution now: no; needs more details: yes.',
    );
  });

  it('asks to proofread before sending', () => {
    expect(decide({ ...BASE, canSuggestResolution: true, needsMoreDetails: true }).actions[0]).toEqual({
      kind: 'check',
      what: 'reply wording',
      summary: 'Proofread the reply before sending: edits made after sending are not sent to the customer.',
    });
  });

  it('uses a policy\'s replacement wording', () => {
    const policy = definePolicy({
      name: 'short',
      version: '1',
      templates: { 'service-desk/general-initial-response': 'Hi {{customerName}}, we are on it. {{agentName}}' },
    });
    expect(decide({ ...BASE, canSuggestResolution: false, needsMoreDetails: false }, { policy }).messages[0]?.text).toBe('Hi Pat, we are on it. Ana');
  });

  it('requires the suggestion for a first step, up front', () => {
    const error = inputError(() => initialReply({ customerName: 'Pat', agentName: 'Ana', canSuggestResolution: true, needsMoreDetails: true }));
    expect(issuePaths(error)).toEqual(['suggestion']);
    expect(error.issues[0]?.code).toBe('required');
    expect(error.issues[0]?.message).toBe('is required when a resolution can be suggested: the first-step reply sends it');
  });

  it('requires the questions for probing questions, up front, but not the suggestion', () => {
    const error = inputError(() => initialReply({ customerName: 'Pat', agentName: 'Ana', canSuggestResolution: false, needsMoreDetails: true }));
    expect(issuePaths(error)).toEqual(['questions']);
    expect(error.issues[0]).toMatchObject({
      code: 'required',
      message: 'is required when more details are needed: the probing-questions reply asks them',
    });
    expect(decide({ customerName: 'Pat', agentName: 'Ana', questions: ['Which site?'], canSuggestResolution: false, needsMoreDetails: true }).outcome).toBe(
      'probing-questions',
    );
  });

  it('rejects each bad field, naming its path', () => {
    const error = inputError(() =>
      initialReply({
        canSuggestResolution: 'yes' as never,
        needsMoreDetails: null as never,
        customerName: ' ',
        agentName: '',
        suggestion: '',
        questions: [],
      }),
    );
    expect(issuePaths(error)).toEqual(['canSuggestResolution', 'needsMoreDetails', 'customerName', 'agentName', 'suggestion', 'questions']);
    expect(issuePaths(inputError(() => initialReply({ ...BASE, canSuggestResolution: false, needsMoreDetails: true, questions: ['ok', ' '] })))).toEqual([
      'questions.1',
    ]);
  });
});

standardCases('initialReply', initialReply as never, () => ({ ...BASE, canSuggestResolution: false, needsMoreDetails: true }));
