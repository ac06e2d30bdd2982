import type { ProcedureInfo } from '../_lib/procedure.js';

/** The service-desk procedures, for the CLI and the docs. */
export const serviceDeskProcedures: readonly ProcedureInfo[] = [];
