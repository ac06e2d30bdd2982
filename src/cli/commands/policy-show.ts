/**
 * `solar-sop policy show p.json [--as-of YYYY-MM-DD]`: prints the policy values in force on a date
 * (today in the policy's time zone by default), with the revision they come from and its stamp.
 * Exit 0: shown; 1: an invalid policy; 2: usage or an unreadable file; 70: a defect.
 */
import { parseArgs } from 'node:util';
import { dayInZone, dayNumberOf, formatDay } from '../../_lib/time.js';
import { internalsOf } from '../../policy/brand.js';
import { defaultPolicy } from '../../policy/default.js';
import { policyInForce, policyRevisions } from '../../policy/revisions.js';
import { loadPolicyFile, reportFailure, UsageError } from './shared.js';

const USAGE = 'Usage: solar-sop policy show [policy.json] [--as-of YYYY-MM-DD]   (without a file: the default policy)';

/** Runs the command; see the file comment. */
export async function run(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'as-of': { type: 'string' } } });
    if (positionals.length > 1) throw new UsageError(`policy show takes one policy file\n\n${USAGE}`);
    const asOfArg = values['as-of'];
    if (asOfArg !== undefined && dayNumberOf(asOfArg) === undefined) throw new UsageError(`--as-of must be a calendar date YYYY-MM-DD, got "${asOfArg}"`);
    const policy = loadPolicyFile(positionals[0]) ?? defaultPolicy;
    const asOf = asOfArg ?? formatDay(dayInZone(Date.now(), policy.calendar.timeZone));
    const inForce = policyInForce(policy, asOf);
    const revision = policyRevisions(policy).find((r) => r.policy === inForce);
    const shown = {
      asOf,
      revision: { effectiveFrom: revision?.effectiveFrom ?? null, note: revision?.note ?? '' },
      stamp: internalsOf(inForce).stamp,
      values: inForce,
    };
    process.stdout.write(`${JSON.stringify(shown, (_key, value: unknown) => (typeof value === 'function' ? '[function]' : value), 2)}\n`);
    return 0;
  } catch (error) {
    return reportFailure(error, USAGE);
  }
}
