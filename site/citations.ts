// Every citation the library makes: each rule's source, each template's and each policy value's.
import type { Source } from '../src/_lib/sources.js';
import { SEEDS } from '../src/_lib/sources.js';
import { POLICY_SOURCES } from '../src/policy/sources.js';
import { PTO_RULES } from '../src/pto-delay/rules.js';
import { PV_WATTS_RULES } from '../src/pv-watts-outage/rules.js';
import { SERVICE_DESK_RULES } from '../src/service-desk/rules.js';
import { SYSTEM_SUPPORT_RULES } from '../src/system-support/rules.js';
import { templateCatalog } from '../src/templates/catalog.js';

/** One citation: who cites (a rule id, a template id, a policy path) and what. */
export interface Citation {
  readonly by: string;
  readonly source: Source;
}

export const RULESETS = { PTO_RULES, PV_WATTS_RULES, SERVICE_DESK_RULES, SYSTEM_SUPPORT_RULES } as const;

export function citations(): Citation[] {
  const out: Citation[] = [];
  for (const rules of Object.values(RULESETS)) for (const r of Object.values(rules)) out.push({ by: r.id, source: r.source });
  for (const t of templateCatalog) out.push({ by: t.id, source: t.source });
  for (const [path, info] of Object.entries(POLICY_SOURCES)) if (info.source) out.push({ by: `policy ${path}`, source: info.source });
  return out;
}

/** The quotes cited from each seed file. */
export function quotesBySeed(): Map<string, string[]> {
  const map = new Map<string, string[]>(Object.values(SEEDS).map((s) => [s, []]));
  for (const c of citations()) map.get(c.source.seed)?.push(c.source.section);
  return map;
}

/** The seed files with the page title each gets. */
export const SEED_TITLES: Readonly<Record<string, string>> = {
  [SEEDS.pvWattsOutage]: 'PV Watts API outage workaround',
  [SEEDS.systemSupport]: 'Customer system maintenance, monitoring, access troubleshooting (rendering 1)',
  [SEEDS.systemSupportTable]: 'Customer system maintenance, monitoring, access troubleshooting (rendering 2)',
  [SEEDS.ptoDelay]: 'PTO / M3 delay and double billing',
  [SEEDS.serviceDesk]: 'Service-desk queue',
};
