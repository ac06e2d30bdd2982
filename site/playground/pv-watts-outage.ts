// The playground bundle of the pv-watts-outage page: only that module's procedures, so the page loads less.
import { pvWattsOutageProcedures } from '../../src/pv-watts-outage/procedures.js';
import { mountAll } from './main.js';

mountAll(pvWattsOutageProcedures);
