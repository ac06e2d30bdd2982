// The playground bundle of the system-support page: only that module's procedures, so the page loads less.
import { systemSupportProcedures } from '../../src/system-support/procedures.js';
import { mountAll } from './main.js';

mountAll(systemSupportProcedures);
