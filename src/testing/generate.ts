// A small deterministic generator for `policy check`: the same seed gives the same facts, so a
// broken invariant can always be reproduced (fast-check stays a devDependency).

/** A pseudo-random number generator: mulberry32, a 32-bit state stepped by a fixed odd constant. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** A {@link Random} from a seed: the same seed, the same sequence. */
export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number] };
}

/** Names the mutations put into facts: accents, punctuation, suffixes, and names the SOPs use. */
export const SAMPLE_NAMES: readonly string[] = [
  'Ana Diaz',
  'Zoë Ñúñez',
  "O'Brien & Sons",
  'LA Solar, LLC',
  'Top Electric',
  'Blue Hammer',
  'STRONGER INC.',
  'Shield Energy',
  'Acme Solar',
  'Sunny Roofs Inc.',
  'Littleton',
  'CO',
];

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

/** A changed copy of one leaf value: a boolean flipped, a number nudged, a date moved, a name swapped. */
function mutateLeaf(value: unknown, rnd: Random, names: readonly string[]): unknown {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + rnd.int(-3, 3);
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return new Date(Date.parse(value) + rnd.int(-60 * 24, 60 * 24) * 60_000 * rnd.int(1, 30)).toISOString();
    if (CALENDAR_DATE.test(value)) return new Date(Date.parse(`${value}T00:00:00Z`) + rnd.int(-90, 90) * DAY).toISOString().slice(0, 10);
    return rnd.pick(names);
  }
  return value;
}

type Json = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Json {
  return value !== null && typeof value === 'object';
}

/** Every path to a leaf or container inside `value` (not the root). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!isContainer(value)) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const here = [...prefix, k];
    return [here, ...paths((value as Record<string | number, unknown>)[k], here)];
  });
}

/** A copy of `value` with the value at `path` replaced by `f(old)`, or removed when `f` gives `undefined`. */
function update(value: unknown, path: readonly (string | number)[], f: (old: unknown) => unknown): unknown {
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  const next = rest.length === 0 ? f(copy[head]) : update(copy[head], rest, f);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy;
}

/**
 * Facts like `facts`, with one to three random changes: a leaf mutated (see {@link mutateLeaf}) or an
 * object field removed. The result may be invalid facts; a procedure must then throw a documented error.
 */
export function mutateFacts(facts: unknown, rnd: Random, names: readonly string[] = SAMPLE_NAMES): unknown {
  let out = facts;
  const changes = rnd.int(1, 3);
  for (let i = 0; i < changes; i++) {
    const all = paths(out);
    if (all.length === 0) return out;
    const path = rnd.pick(all);
    const remove = rnd.int(0, 5) === 0;
    out = update(out, path, (old) => (remove ? undefined : mutateLeaf(old, rnd, names)));
  }
  return out;
}

const SUFFIXES = [' LLC', ', LLC.', ' Inc', ', Inc.', ' Co', ' Co.', ' Corp', ' Ltd.', ' Company'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

function titleCase(name: string): string {
  return name.replace(/\S+/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
}

/**
 * Spellings of an organization name that name matching may accept: case, spacing, punctuation,
 * legal suffixes, and invisible characters (zero-width spaces and joiners, a word joiner, a byte
 * order mark, a soft hyphen) between and inside words.
 */
export function spellings(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  const variants = [
    name,
    name.toUpperCase(),
    name.toLowerCase(),
    titleCase(name),
    `  ${name}  `,
    words.join('   '),
    words.join('-'),
    words.join(', '),
    `${name}.`,
    words.map((w) => `${w.charAt(0)}.${w.slice(1)}`).join(' '),
    ...SUFFIXES.map((s) => `${name}${s}`),
    ...SUFFIXES.map((s) => `${name.toUpperCase()}${s.toUpperCase()}`),
    ...INVISIBLE.flatMap((z) => [`${z}${name}`, `${name}${z}`, words.join(`${z} `), words.join(z), name.replace(/(\p{L})(\p{L})/u, `$1${z}$2`)]),
  ];
  return [...new Set(variants)];
}
