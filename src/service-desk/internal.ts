import { SopInputError, type SopIssue } from '../_lib/errors.js';
import { isoInstant } from '../_lib/time.js';

/** An issue for an instant that lies after `now`. @internal */
export function afterNowIssue(path: readonly (string | number)[], ms: number, now: number): SopIssue {
  return {
    path,
    code: 'after_now',
    message: `${isoInstant(ms)} is after now (${isoInstant(now)}); it cannot have happened yet`,
  };
}

/** `1 minute`, `2 minutes`. @internal */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Case-insensitive comparison of people's names or addresses. @internal */
export function samePerson(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The field values the seed gives for a non-platform ticket (besides the policy's organization):
 * the JIRA values to pick, as the seed names them. @internal
 */
export const NON_PLATFORM_VALUES = {
  requestParticipants: 'None',
  assignee: 'yourself',
  reporter: 'Anonymous',
  requestType: 'Non-Platform Request',
  status: 'Closed',
  resolution: "Won't Do",
  reason: 'Non-Platform Request',
} as const;

/**
 * Runs business-hours arithmetic for a decision: the calendar's RangeError (a year outside those
 * it knows, or holidays that leave no working time) is bad input at `path`, not a defect.
 */
export function workingTime<T>(subject: string, path: readonly (string | number)[], fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RangeError) throw new SopInputError(subject, [{ path, code: 'out_of_range', message: error.message }]);
    throw error;
  }
}
