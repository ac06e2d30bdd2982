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
import { EXIT, parseCommandArgs, readPolicyFile, usageError, write } from '../shared.js';

export const HELP = `Usage: solar-sop policy show [policy.json] [--as-of YYYY-MM-DD]

Prints the policy values in force on a date (default: today in the policy's time zone), with the
revision they come from and its stamp. Without a file: the default policy.`;

/** Runs the command; see the file comment. */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('policy show', ['as-of', 'help'], () =>
    parseArgs({ args, allowPositionals: true, options: { 'as-of': { type: 'string' }, help: { type: 'boolean', short: 'h' } } }),
  );
  if (values.help) {
    write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw usageError('policy show', 'takes one policy file');
  const asOfArg = values['as-of'];
  if (asOfArg !== undefined && dayNumberOf(asOfArg) === undefined) throw usageError('policy show', `--as-of must be a calendar date YYYY-MM-DD, got "${asOfArg}"`);
  const policy = (await readPolicyFile(positionals[0])) ?? defaultPolicy;
  const asOf = asOfArg ?? formatDay(dayInZone(Date.now(), policy.calendar.timeZone));
  const inForce = policyInForce(policy, asOf);
  const revision = policyRevisions(policy).find((r) => r.policy === inForce);
  const shown = {
    asOf,
    revision: { effectiveFrom: revision?.effectiveFrom ?? null, note: revision?.note ?? '' },
    stamp: internalsOf(inForce).stamp,
    values: inForce,
  };
  write(`${JSON.stringify(shown, (_key, value: unknown) => (typeof value === 'function' ? '[function]' : value), 2)}\n`);
  return EXIT.ok;
}
