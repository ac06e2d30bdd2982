/**
 * The SOP pages (seeds) this library encodes. Every trace entry, template and policy value cites
 * one of them by file name and a heading (or step) that appears verbatim in it.
 */
export const SEEDS = {
  /** PV Watts API outage workaround. */
  pvWattsOutage: '000_528f9a7c318c3fea.txt',
  /** Customer System Maintenance/Monitoring/Access Troubleshooting (first rendering). */
  systemSupport: '001_6481b703e4879196.txt',
  /** Customer System Maintenance/Monitoring/Access Troubleshooting (second rendering). */
  systemSupportTable: '002_216c58d8b114dee1.txt',
  /** PTO / M3 delay and double billing. */
  ptoDelay: '003_137eaa1282337539.txt',
  /** Service-desk queue. */
  serviceDesk: '004_5ebfbb886c605469.txt',
} as const;

/** The file name of one seed. */
export type SeedFile = (typeof SEEDS)[keyof typeof SEEDS];

/** Where a rule, template or policy value comes from: a seed and a heading or step quoted from it. */
export interface Source {
  readonly seed: SeedFile;
  /** A heading or step of the seed, quoted as it appears there. */
  readonly section: string;
}

/** Builds a {@link Source}. */
export function source(seed: SeedFile, section: string): Source {
  return { seed, section };
}
