import * as z from 'zod';
import { CalendarDateSchema, Instant } from '../_lib/time.js';

const text = z.string().trim().min(1, 'must not be empty');

/** Facts for {@link firstPaymentTiming}. */
export const FirstPaymentTimingFacts = z.strictObject({
  /** M2 approval date = installation date = contract "Start Date", `YYYY-MM-DD`. */
  m2ApprovedOn: CalendarDateSchema.describe('M2 approval date (installation date, contract Start Date), YYYY-MM-DD'),
  /** The installer organization, named in the grace-ended reply. */
  installer: text.describe('Installer organization of the system'),
  /** The current moment; "today" is its date in the policy's time zone. */
  now: Instant.describe('The current moment, ISO 8601 with offset'),
});
/** Facts for {@link firstPaymentTiming}, as the caller writes them. */
export type FirstPaymentTimingFacts = z.input<typeof FirstPaymentTimingFacts>;
