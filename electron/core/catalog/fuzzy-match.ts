/**
 * How close a typed word is to a word of a product name, for the search tier that
 * forgives typos ("sourdogh") and spelling by ear ("coke" for "Coca-Cola"). Pure
 * functions over words already folded the way the FTS tokenizer folds them.
 */

/** Lower case without diacritics, like FTS5's `unicode61 remove_diacritics 2`. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** The words of a query as the FTS index holds them. */
export function queryWords(text: string): string[] {
  return foldWord(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/** Typos forgiven in a word of this length: none under 4 letters, 2 from 7. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * Fewest edits (insert, delete, substitute, swap two neighbours) turning `typed` into
 * some prefix of `word` at least as long as it: the cashier may stop typing anywhere. Gives up (returns
 * max + 1) as soon as every path costs more than `max`.
 */
export function prefixDistance(typed: string, word: string, max: number): number {
  const n = typed.length;
  const m = word.length;
  // rows[i][j]: edits from typed[0..i) to word[0..j).
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= m; j++) {
      const cost = typed[i - 1] === word[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && typed[i - 1] === word[j - 2] && typed[i - 2] === word[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  // Only prefixes at least as long as what was typed: dropping typed letters to reach a
  // shorter prefix would make "cola" match "cl(assic)".
  return Math.min(...prev.slice(Math.min(n, m)));
}

/**
 * A rough sound of a word: its consonants as heard, vowels dropped after the first
 * letter. "coke", "coca" and "koka" all sound "kk"; "cola" sounds "kl".
 */
export function soundKey(word: string): string {
  const w = word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/gh/g, '')
    .replace(/[^a-z]/g, '');
  let key = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] ?? '';
    const vowel = 'aeiouyhw'.includes(ch);
    // Vowels after the first letter and doubled letters ("ll") make no sound of their own.
    if ((i > 0 && vowel) || ch === w[i - 1]) continue;
    key += vowel ? 'a' : ch;
  }
  return key;
}

/**
 * What typing `typed` costs to mean `word`, or null when it cannot: 0 for a prefix,
 * the edits for a typo, and 2 for a word that only sounds the same.
 */
export function wordCost(typed: string, word: string): number | null {
  if (word.startsWith(typed)) return 0;
  const max = allowedEdits(typed.length);
  if (max > 0) {
    const d = prefixDistance(typed, word, max);
    if (d <= max) return d;
  }
  if (typed.length >= 3 && soundKey(typed) === soundKey(word) && soundKey(typed).length >= 2) return 2;
  return null;
}
