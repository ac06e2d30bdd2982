import { ptoDelayTemplates } from '../pto-delay/templates.js';
import { pvWattsOutageTemplates } from '../pv-watts-outage/templates.js';
import { serviceDeskTemplates } from '../service-desk/templates.js';
import { systemSupportTemplates } from '../system-support/templates.js';
import type { Template } from './engine.js';

/**
 * Every canned message of every procedure, in seed order. Importing the catalog brings in all the
 * template texts; import single templates (or one procedure's module) to keep a bundle small.
 */
export const templateCatalog: readonly Template[] = /* @__PURE__ */ Object.freeze(
  // `concat`, not spreads: bundlers keep an unused array spread (it could run an iterator), and
  // drop a pure call when nothing imports the catalog.
  /* @__PURE__ */ ([] as Template[]).concat(pvWattsOutageTemplates, systemSupportTemplates, ptoDelayTemplates, serviceDeskTemplates),
);

/**
 * The catalog template with this id, or `undefined`.
 *
 * @example
 * ```ts
 * import { getTemplate } from 'solar-sop/templates';
 * getTemplate('pto-delay/homeowner-standard')?.variables;
 * //=> ['customerName', 'gracePeriodWords', 'gracePeriodDays']
 * ```
 */
export function getTemplate(id: string): Template | undefined {
  return templateCatalog.find((t) => t.id === id);
}
