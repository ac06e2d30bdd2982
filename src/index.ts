/**
 * solar-sop: a solar-finance company's customer-support procedures (SOPs) as typed, pure decision
 * functions. Facts in, a {@link Decision} out: the outcome, the ordered actions, the rendered
 * messages and a trace citing the SOP behind each step.
 *
 * @packageDocumentation
 */
export type {
  Action,
  ActionKind,
  AskAction,
  Audience,
  Channel,
  ChangeSettingAction,
  CheckAction,
  CloseTicketAction,
  CreateTicketAction,
  Decision,
  DecisionStamp,
  DispositionNotesAction,
  EscalateAction,
  LinkTicketAction,
  LogAction,
  Message,
  NotifyAction,
  PolicyRef,
  RecordAction,
  ReferAction,
  ReplyAction,
  Rule,
  SafeResult,
  DecisionError,
  StopAction,
  TraceEntry,
  TransferAction,
  UpdateTicketAction,
  WaitAction,
} from './_lib/decision.js';
export { SopInputError, TemplateError, formatPath, isSopInputError, isTemplateError } from './_lib/errors.js';
export { canonicalJson, contentHash, fnv1a64 } from './_lib/hash.js';
export type { SopIssue, TemplateIssue } from './_lib/errors.js';
export { normalizeName, sameOrganization } from './_lib/names.js';
export type { ProcedureExample, ProcedureInfo } from './_lib/procedure.js';
export { safe } from './_lib/safe.js';
export { SEEDS } from './_lib/sources.js';
export type { SeedFile, Source } from './_lib/sources.js';
export * from './calendar/index.js';
export * from './policy/index.js';
export * from './pto-delay/index.js';
export * from './pv-watts-outage/index.js';
export * from './service-desk/index.js';
export * from './system-support/index.js';
export { decide, findProcedure, procedures } from './procedures.js';
export { factsJsonSchema, policyJsonSchema } from './json-schema.js';
export type { JsonSchema } from './json-schema.js';
export type { Procedure, ProcedureById, ProcedureFacts, ProcedureId, ProcedureResult } from './procedures.js';
export { defineTemplate, escapeHtml, getTemplate, renderTemplate, templateCatalog } from './templates/index.js';
export type { RenderFormat, RenderOptions, Template, TemplateSpec, TemplateView } from './templates/index.js';
