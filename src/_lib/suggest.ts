/** Edit distance of `a` and `b`: insertions, deletions, substitutions and swaps of neighbours. */
function distance(a: string, b: string): number {
  // Optimal string alignment (Damerau–Levenshtein without repeated edits of one substring), by rows.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The candidate closest to a misspelt `word`, for a "did you mean" hint, or `undefined` when none
 * is close. Case is ignored; a candidate whose last `/` segment is `word` (an id given without its
 * module) is closest; otherwise the fewest edits win, at most a third of the word's length (at
 * least 2), the earlier candidate on a tie.
 *
 * @param word - what the user typed (a procedure id, a field name)
 * @param candidates - the valid words
 * @returns the nearest candidate, or `undefined`
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const bySegment = candidates.find((c) => c.toLowerCase().split('/').pop() === w);
  if (bySegment !== undefined) return bySegment;
  const limit = Math.max(2, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
