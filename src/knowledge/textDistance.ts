/** Levenshtein distance: front matter keys a letter or two apart, names mistyped in a question. */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment: a swap of two neighbouring letters ("Samria") is one edit.
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((rows[i - 1]?.[j] as number) + 1, (row[j - 1] as number) + 1, (rows[i - 1]?.[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] as number) + 1);
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] as number;
}
