import type { ProcedureInfo } from '../_lib/procedure.js';

/** The pv-watts-outage procedures, for the CLI and the docs. */
export const pvWattsOutageProcedures: readonly ProcedureInfo[] = [];
