/** Shared helpers of the service-desk tests. */

/** Every combination of the given dimensions (the cross product), as objects. */
export function crossProduct<T extends Record<string, readonly unknown[]>>(dims: T): { [K in keyof T]: T[K][number] }[] {
  let rows: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(dims)) {
    rows = rows.flatMap((row) => values.map((v) => ({ ...row, [key]: v })));
  }
  return rows as { [K in keyof T]: T[K][number] }[];
}

/** `base` + `ms` milliseconds, as an ISO instant. */
export function at(base: string, ms: number): string {
  return new Date(Date.parse(base) + ms).toISOString();
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
