import { internalsOf, type Policy, type PolicyStamp } from '../policy/brand.js';
import { revisionTraceEntry } from '../policy/revisions.js';
import type { Article } from '../policy/schema.js';
import { contentHash } from './hash.js';
import type { Source } from './sources.js';
import { LIBRARY_VERSION } from './version.js';

/** Who a message or reply is for. */
export type Audience = 'homeowner' | 'customer' | 'installer' | 'partner' | 'internal';

/** How a message reaches its reader. */
export type Channel = 'phone' | 'chat' | 'email';

/**
 * A canned message, rendered and ready to send.
 */
export interface Message {
  /** The catalog id of the template it was rendered from. */
  readonly templateId: string;
  readonly audience: Audience;
  readonly channel?: Channel;
  /** Set for e-mail. */
  readonly subject?: string;
  /** The full text, every placeholder filled. */
  readonly text: string;
}

/** Fields shared by every action. */
interface ActionBase {
  /** One imperative sentence an agent can follow. */
  readonly summary: string;
}

/** Send a rendered message (see `templateId` in `Decision.messages`) or say something. */
export interface ReplyAction extends ActionBase {
  readonly kind: 'reply';
  readonly to: Audience;
  readonly channel?: Channel;
  /** The message in `Decision.messages` to send, when there is a canned one. */
  readonly templateId?: string;
}
/** Hand the customer to another team. `warm`: stay on the line and introduce them. */
export interface TransferAction extends ActionBase {
  readonly kind: 'transfer';
  readonly to: string;
  readonly warm: boolean;
}
/** Point the customer to someone or something else (an installer, an article, a contract). */
export interface ReferAction extends ActionBase {
  readonly kind: 'refer';
  readonly to: string;
  /** A link or contact detail, when known. */
  readonly contact?: string;
}
/** Create a ticket or case. */
export interface CreateTicketAction extends ActionBase {
  readonly kind: 'create-ticket';
  /** The ticket project or system, for example `PTO`, `CS`, `Salesforce O&M case`. */
  readonly project: string;
  readonly fields: Readonly<Record<string, string | readonly string[]>>;
}
/** Link two tickets. */
export interface LinkTicketAction extends ActionBase {
  readonly kind: 'link-ticket';
  readonly from: string;
  readonly to: string;
  readonly relation: string;
}
/** Set one field of the current ticket. */
export interface UpdateTicketAction extends ActionBase {
  readonly kind: 'update-ticket';
  readonly field: string;
  readonly value: string | readonly string[];
}
/** Close the current ticket. */
export interface CloseTicketAction extends ActionBase {
  readonly kind: 'close-ticket';
  readonly resolution?: string;
}
/** Escalate through a named process. */
export interface EscalateAction extends ActionBase {
  readonly kind: 'escalate';
  readonly to: string;
  readonly via: string;
}
/** Send an internal heads-up (Slack, Teams, a message to a supervisor). */
export interface NotifyAction extends ActionBase {
  readonly kind: 'notify';
  readonly to: string;
  readonly via?: string;
}
/** Record what was done in a log (a spreadsheet). */
export interface LogAction extends ActionBase {
  readonly kind: 'log';
  readonly where: string;
  readonly entry: string;
}
/** Look something up before going on. */
export interface CheckAction extends ActionBase {
  readonly kind: 'check';
  readonly what: string;
}
/** Ask the customer something. */
export interface AskAction extends ActionBase {
  readonly kind: 'ask';
  readonly question: string;
}
/** Write down a fact the customer gave. */
export interface RecordAction extends ActionBase {
  readonly kind: 'record';
  readonly field: string;
  readonly value: string;
}
/** Change a setting of a customer's organization or system. */
export interface ChangeSettingAction extends ActionBase {
  readonly kind: 'change-setting';
  readonly setting: string;
  readonly value: string;
}
/** Nothing to do until a moment, then look again. */
export interface WaitAction extends ActionBase {
  readonly kind: 'wait';
  /** ISO 8601 instant, or `null` when only an event can end the wait. */
  readonly until: string | null;
}
/** Enter disposition notes. */
export interface DispositionNotesAction extends ActionBase {
  readonly kind: 'disposition-notes';
}
/** The procedure ends here. */
export interface StopAction extends ActionBase {
  readonly kind: 'stop';
}

/** One step an agent takes; a discriminated union on `kind`. */
export type Action =
  | ReplyAction
  | TransferAction
  | ReferAction
  | CreateTicketAction
  | LinkTicketAction
  | UpdateTicketAction
  | CloseTicketAction
  | EscalateAction
  | NotifyAction
  | LogAction
  | CheckAction
  | AskAction
  | RecordAction
  | ChangeSettingAction
  | WaitAction
  | DispositionNotesAction
  | StopAction;

/** Every `kind` of {@link Action}. */
export type ActionKind = Action['kind'];

/** A referral to a policy article, with its link when the policy has one. @internal */
export function referToArticle(article: Article, summary: string): ReferAction {
  return article.url === null ? { kind: 'refer', to: article.title, summary } : { kind: 'refer', to: article.title, contact: article.url, summary };
}

/** Why a decision came out as it did: one entry per rule that fired. */
export interface TraceEntry {
  /** A stable rule id, for example `pto-delay/grace-period`. */
  readonly rule: string;
  /** The seed file and heading the rule encodes. */
  readonly source: Source;
  /** What the rule saw and concluded, in words. */
  readonly detail: string;
}

/** The policy a decision was made under. */
export interface PolicyRef {
  readonly name: string;
  readonly version: string;
}

/**
 * What a decision was made with, so that a log of decisions can be replayed and explained: the
 * library version, the policy values in force (name, version, revision date and a content hash),
 * and a content hash of the facts as parsed (instants as epoch milliseconds). Hashes are
 * `contentHash`: FNV-1a 64 of canonical JSON (sorted keys), the same in Node and the browser.
 */
export interface DecisionStamp {
  /** The solar-sop version that decided. */
  readonly library: string;
  readonly policy: PolicyStamp;
  /**
   * `contentHash` of the parsed facts: the same facts give the same hash whatever their key order
   * or the offsets their instants are written in. Computed when first read (the facts are the
   * decision's own copy, so the value is the same whenever it is read); enumerable, so it is in
   * the decision's JSON.
   */
  readonly facts: string;
}

/**
 * What every decision function returns: an outcome from the procedure's documented union, the
 * ordered actions, the rendered messages, and the trace. `Extra` holds procedure-specific fields.
 */
export type Decision<P extends string = string, O extends string = string, Extra extends object = object> = {
  /** Stable procedure id, for example `service-desk/close-eligibility`. */
  readonly procedure: P;
  readonly outcome: O;
  readonly actions: readonly Action[];
  readonly messages: readonly Message[];
  readonly trace: readonly TraceEntry[];
  readonly policy: PolicyRef;
  /** What the decision was made with (library, policy values, facts), for replay. */
  readonly stamp: DecisionStamp;
} & Readonly<Extra>;

/** A rule of a procedure: its id and the seed passage it encodes. */
export interface Rule {
  readonly id: string;
  readonly source: Source;
}

/**
 * Collects a decision's actions, messages and trace as a decision function goes. Local to one call.
 * @internal
 */
export class DecisionBuilder {
  readonly actions: Action[] = [];
  readonly messages: Message[] = [];
  readonly trace: TraceEntry[] = [];

  /** @param facts - the parsed facts, hashed into the stamp */
  constructor(private readonly facts: unknown) {}

  /** Records that `rule` fired. */
  fired(rule: Rule, detail: string): this {
    this.trace.push({ rule: rule.id, source: rule.source, detail });
    return this;
  }

  act(...actions: Action[]): this {
    for (const action of actions) this.actions.push(action);
    return this;
  }

  say(message: Message): this {
    this.messages.push(message);
    return this;
  }

  /** A reply action that sends `message`, and the message itself. */
  reply(message: Message, summary: string): this {
    this.messages.push(message);
    this.actions.push(
      message.channel
        ? { kind: 'reply', to: message.audience, channel: message.channel, templateId: message.templateId, summary }
        : { kind: 'reply', to: message.audience, templateId: message.templateId, summary },
    );
    return this;
  }

  /** The trace, led by the entry of the revision in force when the policy has dated revisions (SOPS.md item 19). */
  traceUnder(policy: Policy): TraceEntry[] {
    const entry = revisionTraceEntry(policy);
    return entry === undefined ? this.trace : [entry, ...this.trace];
  }

  /** The decision's stamp (see {@link DecisionStamp}). */
  stamp(policy: Policy): DecisionStamp {
    return new Stamp(internalsOf(policy).stamp, this.facts);
  }

  build<P extends string, O extends string, X extends object>(
    procedure: P,
    outcome: O,
    policy: Policy,
    extra: X,
  ): Decision<P, O, X> {
    return {
      procedure,
      outcome,
      actions: this.actions,
      messages: this.messages,
      trace: this.traceUnder(policy),
      policy: { name: policy.name, version: policy.version },
      stamp: this.stamp(policy),
      ...extra,
    } as Decision<P, O, X>;
  }
}

/**
 * A decision's stamp. `facts` is a getter on the prototype, computed on first read and remembered:
 * hashing costs more than the cheapest decision, and an own getter per object costs about as much
 * (V8 builds each such object the slow way). The parsed facts are the decision's own copy, which
 * nothing changes, so a late read gives what an early one would. `toJSON` writes all three fields.
 */
class Stamp implements DecisionStamp {
  readonly library: string = LIBRARY_VERSION;
  readonly policy: PolicyStamp;
  #facts: unknown;
  #hash: string | undefined;

  constructor(policy: PolicyStamp, facts: unknown) {
    this.policy = policy;
    this.#facts = facts;
  }

  get facts(): string {
    return (this.#hash ??= contentHash(this.#facts));
  }

  toJSON(): { library: string; policy: PolicyStamp; facts: string } {
    return { library: this.library, policy: this.policy, facts: this.facts };
  }
}
// Listed by for…in as the fields are, so it reads as data.
Object.defineProperty(Stamp.prototype, 'facts', { enumerable: true });

/**
 * An error a decision function documents: invalid input, or (PV Watts outage) a switch without
 * consent or an event that makes no sense in the state. Tell them apart by `name`.
 */
export type DecisionError =
  | import('./errors.js').SopInputError
  | import('../pv-watts-outage/errors.js').ConsentRequiredError
  | import('../pv-watts-outage/errors.js').InvalidTransitionError;

/** The result of a `safe` call: the decision, or the documented error that prevented it. */
export type SafeResult<D> = { readonly ok: true; readonly decision: D } | { readonly ok: false; readonly error: DecisionError };
