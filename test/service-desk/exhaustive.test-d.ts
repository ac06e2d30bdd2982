import { match } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';
import type { Action, Message, PolicyRef, TraceEntry } from '../../src/_lib/decision.js';
import {
  auditTicketFields,
  closeEligibility,
  firstResponseSla,
  initialReply,
  nonPlatformTicket,
  queueCheck,
  requestTypeHandling,
  ticketPriority,
  type AuditTicketFieldsDecision,
  type AuditTicketFieldsOutcome,
  type CloseBlocker,
  type CloseEligibilityDecision,
  type CloseEligibilityOutcome,
  type CloseReason,
  type FieldFinding,
  type FirstResponseSlaDecision,
  type FirstResponseSlaOutcome,
  type InitialReplyDecision,
  type InitialReplyOutcome,
  type NonPlatformTicketDecision,
  type NonPlatformTicketOutcome,
  type QueueCheckDecision,
  type QueueCheckOutcome,
  type RequestTypeHandlingDecision,
  type RequestTypeHandlingOutcome,
  type RequestTypeId,
  type TicketPriorityDecision,
  type TicketPriorityOutcome,
} from '../../src/service-desk/index.js';

declare const sla: FirstResponseSlaOutcome;
declare const priority: TicketPriorityOutcome;
declare const queue: QueueCheckOutcome;
declare const audit: AuditTicketFieldsOutcome;
declare const requestType: RequestTypeHandlingOutcome;
declare const nonPlatform: NonPlatformTicketOutcome;
declare const reply: InitialReplyOutcome;
declare const close: CloseEligibilityOutcome;
declare const reason: CloseReason;

describe('service-desk outcome unions are closed', () => {
  it('firstResponseSla: every outcome must be handled', () => {
    match(sla).with('met', () => 1).with('missed', () => 1).with('on-track', () => 1).with('at-risk', () => 1).with('breached', () => 1).exhaustive();
    // @ts-expect-error 'breached' is not handled
    match(sla).with('met', () => 1).with('missed', () => 1).with('on-track', () => 1).with('at-risk', () => 1).exhaustive();
  });

  it('ticketPriority: every outcome must be handled', () => {
    match(priority).with('high', () => 1).with('normal', () => 1).exhaustive();
    // @ts-expect-error 'normal' is not handled
    match(priority).with('high', () => 1).exhaustive();
  });

  it('queueCheck: every outcome must be handled', () => {
    match(queue).with('not-needed', () => 1).with('due', () => 1).with('not-due', () => 1).exhaustive();
    // @ts-expect-error 'not-due' is not handled
    match(queue).with('not-needed', () => 1).with('due', () => 1).exhaustive();
  });

  it('auditTicketFields: every outcome must be handled', () => {
    match(audit).with('complete', () => 1).with('incomplete', () => 1).exhaustive();
    // @ts-expect-error 'incomplete' is not handled
    match(audit).with('complete', () => 1).exhaustive();
  });

  it('requestTypeHandling: all 9 request types must be handled', () => {
    match(requestType)
      .with('general-inquiry', () => 1)
      .with('technical-support', () => 1)
      .with('industry-wide-data-change', () => 1)
      .with('company-specific-data-change', () => 1)
      .with('project-specific-data-change', () => 1)
      .with('account-management', () => 1)
      .with('onboarding', () => 1)
      .with('feature-request', () => 1)
      .with('non-platform', () => 1)
      .exhaustive();
    match(requestType)
      .with('general-inquiry', () => 1)
      .with('technical-support', () => 1)
      .with('industry-wide-data-change', () => 1)
      .with('company-specific-data-change', () => 1)
      .with('project-specific-data-change', () => 1)
      .with('account-management', () => 1)
      .with('onboarding', () => 1)
      .with('feature-request', () => 1)
      // @ts-expect-error 'non-platform' is not handled
      .exhaustive();
  });

  it('nonPlatformTicket: every outcome must be handled', () => {
    match(nonPlatform).with('close-as-non-platform', () => 1).with('escalate-to-supervisor', () => 1).exhaustive();
    // @ts-expect-error 'escalate-to-supervisor' is not handled
    match(nonPlatform).with('close-as-non-platform', () => 1).exhaustive();
  });

  it('initialReply: every outcome must be handled', () => {
    match(reply).with('first-step-to-resolution', () => 1).with('probing-questions', () => 1).with('general-initial-response', () => 1).exhaustive();
    // @ts-expect-error 'general-initial-response' is not handled
    match(reply).with('first-step-to-resolution', () => 1).with('probing-questions', () => 1).exhaustive();
  });

  it('closeEligibility: every outcome and every reason must be handled', () => {
    match(close).with('eligible', () => 1).with('not-eligible', () => 1).exhaustive();
    // @ts-expect-error 'not-eligible' is not handled
    match(close).with('eligible', () => 1).exhaustive();
    match(reason)
      .with('customer-confirmed', () => 1)
      .with('confirmation-unanswered', () => 1)
      .with('unresponsive-after-follow-ups', () => 1)
      .with('low-priority-dev-ticket', () => 1)
      .exhaustive();
    // @ts-expect-error 'low-priority-dev-ticket' is not handled
    match(reason).with('customer-confirmed', () => 1).with('confirmation-unanswered', () => 1).with('unresponsive-after-follow-ups', () => 1).exhaustive();
  });
});

describe('service-desk decision types are pinned', () => {
  it('outcome unions', () => {
    expectTypeOf<FirstResponseSlaOutcome>().toEqualTypeOf<'met' | 'missed' | 'on-track' | 'at-risk' | 'breached'>();
    expectTypeOf<TicketPriorityOutcome>().toEqualTypeOf<'high' | 'normal'>();
    expectTypeOf<QueueCheckOutcome>().toEqualTypeOf<'not-needed' | 'due' | 'not-due'>();
    expectTypeOf<AuditTicketFieldsOutcome>().toEqualTypeOf<'complete' | 'incomplete'>();
    expectTypeOf<RequestTypeHandlingOutcome>().toEqualTypeOf<RequestTypeId>();
    expectTypeOf<RequestTypeId>().toEqualTypeOf<
      | 'general-inquiry'
      | 'technical-support'
      | 'industry-wide-data-change'
      | 'company-specific-data-change'
      | 'project-specific-data-change'
      | 'account-management'
      | 'onboarding'
      | 'feature-request'
      | 'non-platform'
    >();
    expectTypeOf<NonPlatformTicketOutcome>().toEqualTypeOf<'close-as-non-platform' | 'escalate-to-supervisor'>();
    expectTypeOf<InitialReplyOutcome>().toEqualTypeOf<'first-step-to-resolution' | 'probing-questions' | 'general-initial-response'>();
    expectTypeOf<CloseEligibilityOutcome>().toEqualTypeOf<'eligible' | 'not-eligible'>();
  });

  it('functions return their decision types', () => {
    expectTypeOf(firstResponseSla).returns.toEqualTypeOf<FirstResponseSlaDecision>();
    expectTypeOf(ticketPriority).returns.toEqualTypeOf<TicketPriorityDecision>();
    expectTypeOf(queueCheck).returns.toEqualTypeOf<QueueCheckDecision>();
    expectTypeOf(auditTicketFields).returns.toEqualTypeOf<AuditTicketFieldsDecision>();
    expectTypeOf(requestTypeHandling).returns.toEqualTypeOf<RequestTypeHandlingDecision>();
    expectTypeOf(nonPlatformTicket).returns.toEqualTypeOf<NonPlatformTicketDecision>();
    expectTypeOf(initialReply).returns.toEqualTypeOf<InitialReplyDecision>();
    expectTypeOf(closeEligibility).returns.toEqualTypeOf<CloseEligibilityDecision>();
  });

  it('decision fields', () => {
    expectTypeOf<FirstResponseSlaDecision['procedure']>().toEqualTypeOf<'service-desk/first-response-sla'>();
    expectTypeOf<FirstResponseSlaDecision['dueAt']>().toEqualTypeOf<string>();
    expectTypeOf<FirstResponseSlaDecision['minutesRemaining']>().toEqualTypeOf<number>();
    expectTypeOf<TicketPriorityDecision['priorityInstaller']>().toEqualTypeOf<string | null>();
    expectTypeOf<TicketPriorityDecision['markByHand']>().toEqualTypeOf<boolean>();
    expectTypeOf<QueueCheckDecision['nextCheckAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<AuditTicketFieldsDecision['findings']>().toEqualTypeOf<readonly FieldFinding[]>();
    expectTypeOf<RequestTypeHandlingDecision['subtype']>().toEqualTypeOf<string | null>();
    expectTypeOf<CloseEligibilityDecision['procedure']>().toEqualTypeOf<'service-desk/close-eligibility'>();
    expectTypeOf<CloseEligibilityDecision['reasons']>().toEqualTypeOf<readonly CloseReason[]>();
    expectTypeOf<CloseEligibilityDecision['blockers']>().toEqualTypeOf<readonly CloseBlocker[]>();
    expectTypeOf<CloseEligibilityDecision['eligibleAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<CloseEligibilityDecision['followUpsSinceLastReply']>().toEqualTypeOf<number>();
    expectTypeOf<CloseEligibilityDecision['actions']>().toEqualTypeOf<readonly Action[]>();
    expectTypeOf<CloseEligibilityDecision['messages']>().toEqualTypeOf<readonly Message[]>();
    expectTypeOf<CloseEligibilityDecision['trace']>().toEqualTypeOf<readonly TraceEntry[]>();
    expectTypeOf<CloseEligibilityDecision['policy']>().toEqualTypeOf<PolicyRef>();
  });
});
