import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEEDS, type Source } from '../../src/_lib/sources.js';

const SEED_DIR = fileURLToPath(new URL('../../docs/seeds/', import.meta.url));

/** Folds white space and quote styles so a quoted heading matches its seed however it was wrapped. */
export function fold(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

const folded = new Map<string, string>(
  Object.values(SEEDS).map((file) => [file, fold(readFileSync(`${SEED_DIR}${file}`, 'utf8'))]),
);

/** The seed's text, folded. */
export function seedText(file: string): string {
  const text = folded.get(file);
  if (text === undefined) throw new Error(`unknown seed ${file}`);
  return text;
}

/** `undefined` when `source` names a known seed and its section appears in it; else what is wrong. */
export function sourceProblem(source: Source): string | undefined {
  const text = folded.get(source.seed);
  if (text === undefined) return `unknown seed file ${source.seed}`;
  if (source.section.trim() === '') return 'empty section';
  if (!text.includes(fold(source.section))) return `section "${source.section}" is not in ${source.seed}`;
  return undefined;
}
