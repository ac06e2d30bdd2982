// The playground bundle of the service-desk page: only that module's procedures, so the page loads less.
import { serviceDeskProcedures } from '../../src/service-desk/procedures.js';
import { mountAll } from './main.js';

mountAll(serviceDeskProcedures);
