/** Text folding shared by name matching and proposition ids. */

/** NFKD with the combining diacritical marks (U+0300–U+036F) removed: "Zelenskyý" → "Zelenskyy". */
export function stripDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Lowercase, diacritics and apostrophes removed: the key names are compared by. */
export function fold(s: string): string {
  return stripDiacritics(s)
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '');
}
