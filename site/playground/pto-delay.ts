// The playground bundle of the pto-delay page: only that module's procedures, so the page loads less.
import { ptoDelayProcedures } from '../../src/pto-delay/procedures.js';
import { mountAll } from './main.js';

mountAll(ptoDelayProcedures);
