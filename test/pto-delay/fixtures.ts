/** Shared fixtures of the PTO delay tests: installer classes, sites and the decision-table oracles. */

/** Each installer class of SOPS.md items 8 and 9, spelled the way hosts may spell it. */
export const INSTALLERS = {
  'top-electric': 'Top Electric, LLC',
  'blue-hammer': 'blue hammer',
  stronger: 'STRONGER Inc.',
  'shield-energy': 'Shield  Energy',
  'la-solar': 'LA Solar Co',
  other: 'Sunny Roofs Inc.',
} as const;
export type InstallerClass = keyof typeof INSTALLERS;
export const INSTALLER_CLASSES = Object.keys(INSTALLERS) as InstallerClass[];

export const LITTLETON = { city: 'Littleton', state: 'CO' } as const;
export const ELSEWHERE = { city: 'Denver', state: 'CO' } as const;

/** true / false / absent. */
export const TRISTATE = [true, false, undefined] as const;
export type Tristate = (typeof TRISTATE)[number];

/** SOPS.md item 8, first match wins, over classes rather than names. */
export function expectedReply(cls: InstallerClass, inLittleton: boolean, inspectionComplete: Tristate, onlyAwaitingPto: Tristate) {
  if (cls === 'top-electric' && inLittleton) return 'littleton-top-electric';
  if (cls === 'blue-hammer' || cls === 'stronger') return 'things-you-can-do';
  if (inspectionComplete === true && onlyAwaitingPto === true) return 'things-you-can-do';
  return 'standard';
}

/** SOPS.md item 9 over classes. */
export function expectedOutreach(cls: InstallerClass) {
  if (cls === 'blue-hammer' || cls === 'stronger') return { outcome: 'do-not-contact', reporterSource: null } as const;
  if (cls === 'other') return { outcome: 'linked-ticket', reporterSource: 'contractor-email' } as const;
  return { outcome: 'linked-ticket', reporterSource: 'shared-reporter' } as const;
}

/** Every combination of the given lists. */
export function cross<T extends unknown[][]>(...lists: T): { [K in keyof T]: T[K][number] }[] {
  return lists.reduce<unknown[][]>((acc, list) => acc.flatMap((row) => list.map((v) => [...row, v])), [[]]) as never;
}

/** Omits the keys whose value is `undefined` (an absent fact, not an explicit undefined). */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Words the installer message must never contain (SOPS.md item 9): money, billing, gendered pronouns. */
export const FORBIDDEN_IN_INSTALLER_MESSAGE =
  /\b(bill\w*|pay\w*|money|monies|charg\w*|fees?|financ\w*|cost\w*|invoice\w*|loan\w*|debt\w*|he|she|him|her|his|hers)\b/i;
