import type { ProcedureInfo } from '../_lib/procedure.js';

/** The system-support procedures, for the CLI and the docs. */
export const systemSupportProcedures: readonly ProcedureInfo[] = [];
