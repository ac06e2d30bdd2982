import type { SopIssue } from '../_lib/errors.js';
import { isoInstant } from '../_lib/time.js';

const DAY_MS = 86_400_000;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * `new Date(ms).toISOString()` without the `Date`: the same string for whole milliseconds in the
 * years 0000 to 9999 (days to civil dates after H. Hinnant), falling back to `Date` otherwise.
 * Decisions of {@link closeEligibility} format several instants per call, and this is on its hot path.
 * @internal
 */
export function isoUtc(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999 || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const yyyy = year < 1000 ? `${'000'.slice(String(year).length - 1)}${year}` : `${year}`;
  return `${yyyy}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${pad3(rest - second * 1000)}Z`;
}

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
