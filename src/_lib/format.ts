import { partsOf } from './time.js';

/**
 * `items` joined by `separator`, as `Array#join` would for strings, by concatenation: several
 * times faster than `join` for the few short items a decision's texts hold.
 */
export function joinText(items: readonly string[], separator: string): string {
  let out = items.length === 0 ? '' : (items[0] as string);
  for (let i = 1; i < items.length; i++) out += separator + (items[i] as string);
  return out;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** `September 24, 2026`: a day number as people read it in US English (no time zone involved). */
export function longDate(day: number): string {
  const p = partsOf(day);
  return `${MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
}

/** `September 2026`. */
export function monthYear(day: number): string {
  const p = partsOf(day);
  return `${MONTHS[p.month - 1]} ${p.year}`;
}

/** `9/24/26`, the seed's `x/x/xx`. */
export function shortUsDate(day: number): string {
  const p = partsOf(day);
  return `${p.month}/${p.day}/${String(p.year % 100).padStart(2, '0')}`;
}

const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** A whole number from 0 to 999 in words (`60` → `sixty`), for contract-style "sixty (60)". */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 20) return SMALL[n] as string;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${SMALL[n % 10]}` : ''}`;
  return `${SMALL[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberInWords(n % 100)}` : ''}`;
}
