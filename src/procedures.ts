import type { ProcedureInfo } from './_lib/procedure.js';
import { ptoDelayProcedures } from './pto-delay/procedures.js';
import { pvWattsOutageProcedures } from './pv-watts-outage/procedures.js';
import { serviceDeskProcedures } from './service-desk/procedures.js';
import { systemSupportProcedures } from './system-support/procedures.js';

/**
 * Every public decision function with its id, outcomes, facts schema and bundled examples.
 * Used by the CLI and the docs generator; not part of the package's root export.
 */
export const procedures: readonly ProcedureInfo[] = [
  ...pvWattsOutageProcedures,
  ...systemSupportProcedures,
  ...ptoDelayProcedures,
  ...serviceDeskProcedures,
];

/** The procedure with this id, or `undefined`. */
export function findProcedure(id: string): ProcedureInfo | undefined {
  return procedures.find((p) => p.id === id);
}
