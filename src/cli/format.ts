import type { Decision } from '../_lib/decision.js';

const CORE = new Set(['procedure', 'outcome', 'actions', 'messages', 'trace', 'policy']);

function target(action: Decision['actions'][number]): string {
  switch (action.kind) {
    case 'reply':
      return ` → ${action.to}${action.channel ? ` (${action.channel})` : ''}`;
    case 'transfer':
      return ` → ${action.to}${action.warm ? ' (warm)' : ''}`;
    case 'refer':
    case 'escalate':
    case 'notify':
      return ` → ${action.to}`;
    default:
      return '';
  }
}

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line))
    .join('\n');
}

/** A decision as text a person reads: outcome, numbered actions, each message in full, the trace. */
export function formatDecision(decision: Decision, state?: unknown): string {
  const out: string[] = [];
  out.push(`${decision.procedure}: ${decision.outcome}`);
  out.push(`policy ${decision.policy.name} ${decision.policy.version}`);
  const extra = Object.entries(decision).filter(([key]) => !CORE.has(key));
  if (extra.length > 0) {
    out.push('', 'Details:');
    for (const [key, value] of extra) out.push(`  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  out.push('', 'Actions:');
  decision.actions.forEach((action, i) => {
    out.push(`  ${i + 1}. [${action.kind}${target(action)}] ${action.summary}`);
  });
  if (decision.messages.length > 0) {
    out.push('', 'Messages:');
    for (const m of decision.messages) {
      out.push(`  --- ${m.templateId} (to ${m.audience}${m.channel ? `, ${m.channel}` : ''}) ---`);
      if (m.subject) out.push(`  Subject: ${m.subject}`);
      out.push(indent(m.text, '  '), '');
    }
  }
  out.push(decision.messages.length > 0 ? 'Trace:' : '\nTrace:');
  for (const t of decision.trace) {
    out.push(`  - ${t.rule}  [${t.source.seed} § "${t.source.section}"]`);
    out.push(`    ${t.detail}`);
  }
  if (state !== undefined) out.push('', 'State:', indent(JSON.stringify(state, null, 2), '  '));
  return `${out.join('\n')}\n`;
}
