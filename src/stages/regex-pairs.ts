/**
 * Which first two characters a regular expression's match can open with, read from its source: the
 * two-character version of `regex-openings.ts`. A large alternation dispatched on its first character alone
 * still tries, at a word starting "s", every pattern that can open with "s" (say, offer, suspend, sign...);
 * keyed on the first two, far fewer are tried, with the same leftmost-first result. Hand-written for the
 * reason given in `regex-openings.ts` (no npm package computes this from a JS pattern).
 *
 * The reading is conservative: whatever it does not know counts as "any character" (and, where it may stand
 * for several characters, as any pair), never as "none". Look-arounds and `\b` consume nothing and count as
 * the empty string: they only narrow where a match may be.
 */
import { literalPrefixes } from './openings.js';
import { classEnd, classEscapeWith, CONTROL_ESCAPES, readCharacterClass, topLevelBranches, tryBucket, type Bucket, type CharSetOps, type DispatchedMatch } from './regex-openings.js';

const ASCII = 128;
/** Index of "any non-ASCII character" in a set of first characters. */
const NON_ASCII = ASCII;
/** Index of "the text ends here" when looking up a second character. */
const TEXT_END = ASCII + 1;

/** A set of characters: bits 0–127 the ASCII codes, bit 128 any non-ASCII character. */
type CharSet = Uint32Array;

const SET_WORDS = 5;

function noChars(): CharSet {
  return new Uint32Array(SET_WORDS);
}

function anyChars(): CharSet {
  return new Uint32Array([~0, ~0, ~0, ~0, 1]);
}

function has(set: CharSet, index: number): boolean {
  return (set[index >> 5]! & (1 << (index & 31))) !== 0;
}

function addIndex(set: CharSet, index: number): void {
  set[index >> 5]! |= 1 << (index & 31);
}

function addChars(into: CharSet, from: CharSet): void {
  for (let w = 0; w < SET_WORDS; w++) into[w]! |= from[w]!;
}

function addCode(into: CharSet, code: number): void {
  addIndex(into, code >= ASCII ? NON_ASCII : code);
}

function addRange(into: CharSet, from: number, to: number): void {
  for (let c = from; c <= to && c < ASCII; c++) addCode(into, c);
  if (to >= ASCII) addIndex(into, NON_ASCII);
}

/** Each member of a set as an index (ASCII code, or NON_ASCII). */
function indices(set: CharSet): number[] {
  const out: number[] = [];
  for (let i = 0; i <= ASCII; i++) if (has(set, i)) out.push(i);
  return out;
}

/** What a pattern (or a part of one) can match, cut to its first two characters. */
export interface Prefixes {
  /** Characters a non-empty match can open with. */
  first: CharSet;
  /** Characters that are, alone, a whole match. */
  single: CharSet;
  /** By first character (ASCII code, or NON_ASCII): the characters that can follow it in a match. */
  second: (CharSet | null)[];
  /** The part can match the empty string. */
  nullable: boolean;
}

function empty(): Prefixes {
  return { first: noChars(), single: noChars(), second: new Array(ASCII + 1).fill(null), nullable: true };
}

/** Exactly one character of `set`. */
function oneOf(set: CharSet): Prefixes {
  return { first: set, single: set.slice(), second: new Array(ASCII + 1).fill(null), nullable: false };
}

/** Anything at all, of any length (a back-reference). */
function anything(): Prefixes {
  return { first: anyChars(), single: anyChars(), second: Array.from({ length: ASCII + 1 }, anyChars), nullable: true };
}

function addSecond(into: Prefixes, firstIndex: number, chars: CharSet): void {
  const s = (into.second[firstIndex] ??= noChars());
  addChars(s, chars);
}

/** `into` becomes `into | other`. */
function union(into: Prefixes, other: Prefixes): void {
  addChars(into.first, other.first);
  addChars(into.single, other.single);
  for (let a = 0; a <= ASCII; a++) if (other.second[a]) addSecond(into, a, other.second[a]!);
  into.nullable ||= other.nullable;
}

/** `x` becomes `x` followed by `y`. */
function append(x: Prefixes, y: Prefixes): void {
  // A one-character match of x, then y's first character.
  for (const a of indices(x.single)) addSecond(x, a, y.first);
  if (x.nullable) for (let a = 0; a <= ASCII; a++) if (y.second[a]) addSecond(x, a, y.second[a]!);
  const single = y.nullable ? x.single : noChars();
  if (x.nullable) {
    addChars(single, y.single);
    addChars(x.first, y.first);
  }
  x.single = single;
  x.nullable &&= y.nullable;
}

/** `x` repeated (more than once allowed): one repetition may follow another. */
function repeated(x: Prefixes, optional: boolean): Prefixes {
  const out = empty();
  union(out, x);
  out.nullable = x.nullable || optional;
  for (const a of indices(x.single)) addSecond(out, a, x.first);
  return out;
}

const PAIR_OPS: CharSetOps<CharSet> = { none: noChars, any: anyChars, addCode, addRange, addAll: addChars };
const classEscape = (letter: string): CharSet | null => classEscapeWith(PAIR_OPS, letter);

/** Reads a pattern written for a regular expression without the `u` flag. */
class PrefixReader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Prefixes {
    const reading = this.alternatives();
    if (this.at !== this.source.length) return anything();
    return reading;
  }

  private alternatives(): Prefixes {
    const out = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      union(out, this.sequence());
    }
    return out;
  }

  private sequence(): Prefixes {
    const out = empty();
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') append(out, this.item());
    return out;
  }

  private item(): Prefixes {
    const atom = this.atom();
    const c = this.source[this.at];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return atom;
      this.at += m[0].length - 1;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    } else return atom;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    if (max === 0) return empty();
    if (max === 1) {
      const out = empty();
      union(out, atom);
      out.nullable = atom.nullable || min === 0;
      return out;
    }
    return repeated(atom, min === 0);
  }

  private atom(): Prefixes {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return oneOf(this.characterClass());
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '^' || c === '$') return empty();
    if (c === '.') return oneOf(anyChars());
    const set = noChars();
    addCode(set, c.charCodeAt(0));
    return oneOf(set);
  }

  private group(): Prefixes {
    const rest = this.source.slice(this.at, this.at + 4);
    const lookaround = /^\(\?<?[=!]/.exec(rest);
    if (lookaround) this.at += lookaround[0].length;
    else if (rest.startsWith('(?:')) this.at += 3;
    else if (rest.startsWith('(?<')) this.at = this.source.indexOf('>', this.at) + 1;
    else this.at++;
    const inner = this.alternatives();
    this.at++; // the closing parenthesis
    return lookaround ? empty() : inner;
  }

  private escape(): Prefixes {
    const letter = this.source[this.at + 1]!;
    this.at += 2;
    if (letter === 'b' || letter === 'B') return empty();
    // A back-reference, or an escape this reader does not take apart (`\u0041`, `\x41`, `\cJ`): its
    // length is not known, so anything.
    if (/[1-9kuxc]/.test(letter)) return anything();
    if (letter === 'p' || letter === 'P') this.skipProperty();
    if (/[a-zA-Z]/.test(letter) && !(letter in CONTROL_ESCAPES)) return oneOf(classEscape(letter) ?? anyChars());
    const set = noChars();
    addCode(set, CONTROL_ESCAPES[letter] ?? letter.charCodeAt(0));
    return oneOf(set);
  }

  private skipProperty(): void {
    if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
  }

  private characterClass(): CharSet {
    const end = classEnd(this.source, this.at);
    const body = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    return readCharacterClass(PAIR_OPS, body);
  }
}

/** Both cases of every ASCII letter (the `i` flag without `u` maps no non-ASCII character to an ASCII one). */
function foldCase(set: CharSet): void {
  for (let c = 65; c <= 90; c++)
    if (has(set, c) || has(set, c + 32)) {
      addIndex(set, c);
      addIndex(set, c + 32);
    }
}

/** The first-two-character reading of `pattern`, or null when it can match the empty string. */
export function prefixesOf(pattern: string, ignoreCase: boolean): Prefixes | null {
  const p = new PrefixReader(pattern).read();
  if (p.nullable) return null;
  if (ignoreCase) {
    foldCase(p.first);
    foldCase(p.single);
    for (let c = 65; c <= 90; c++) {
      const upper = p.second[c];
      const lower = p.second[c + 32];
      if (!upper && !lower) continue;
      const both = noChars();
      if (upper) addChars(both, upper);
      if (lower) addChars(both, lower);
      p.second[c] = both;
      p.second[c + 32] = both;
    }
    for (const s of p.second) if (s) foldCase(s);
  }
  return p;
}


const WORD = Uint8Array.from({ length: ASCII }, (_, c) => (has(classEscape('w')!, c) ? 1 : 0));

/** A-Z and a-z as 0–25 (the `i` flag reads both cases alike, and no other character as one of them); -1 otherwise. */
function letterIndex(code: number): number {
  const c = (code | 0x20) - 97;
  return c >= 0 && c < 26 && code < ASCII ? c : -1;
}

/**
 * One alternation of many patterns, searched as a single `new RegExp(join(patterns), flags)` would be
 * (leftmost match; at one position the earliest pattern that matches wins), but at each position only the
 * patterns that can open there are tried (the same contract as `OpeningDispatch`): those whose first two
 * characters can be the text's there and, for case-insensitive patterns that open words, whose literal
 * opening word ("reject", "sign") the text's word starts with. The alternation for a set of patterns is
 * compiled the first time the set is met.
 */
export class PairDispatch {
  private readonly prefixes: Prefixes[] = [];
  /** By first-character index × (second-character index or TEXT_END): undefined until first met. */
  private readonly byPair: (Bucket | null | undefined)[] = new Array((ASCII + 1) * (ASCII + 2));
  private readonly shared = new Map<string, Bucket>();
  private readonly wordStartsOnly: boolean = false;
  /** Set when the dispatch is off (a pattern can match the empty string). */
  private readonly whole: Bucket | null = null;
  /**
   * The patterns' literal openings as a letter trie (node n's child on letter c is `child[n * 26 + c]`, -1
   * none; node 0 the root), when every pattern opens a word and the search ignores case; else null.
   */
  private readonly child: Int32Array | null = null;
  /** Per trie node: the patterns whose opening ends on the way to it, and its depth and first two letters. */
  private readonly nodeMarks: number[][] = [];
  private readonly nodeFirstTwo: number[] = [];
  /** Patterns with no literal opening: tried wherever their first two characters allow. */
  private readonly unfiltered: Uint8Array | null = null;
  /** By trie node of depth two or more: undefined until first met. */
  private readonly byNode: (Bucket | null | undefined)[] = [];
  /** Like `byPair`, for the unfiltered patterns alone (where no opening word is two letters along). */
  private readonly byPairUnfiltered: (Bucket | null | undefined)[] = new Array((ASCII + 1) * (ASCII + 2));

  constructor(
    private readonly patterns: readonly string[],
    private readonly flags: string,
    private readonly join: (subset: string[]) => string,
  ) {
    if (/[uvgy]/.test(flags)) throw new Error(`[E_INTERNAL] PairDispatch takes no u, v, g or y flag: ${flags}`);
    const read = patterns.map((p) => prefixesOf(p, flags.includes('i')));
    if (read.some((r) => r === null)) {
      this.whole = this.bucketOf(patterns.map((_, i) => i));
      return;
    }
    this.prefixes = read as Prefixes[];
    this.wordStartsOnly = patterns.every((p, i) => topLevelBranches(p).every((b) => b.startsWith('\\b')) && indices(this.prefixes[i]!.first).every((c) => c < ASCII && WORD[c]));
    if (!this.wordStartsOnly || !flags.includes('i')) return;
    // The trie, built as nested arrays, then laid out flat.
    const child: number[] = new Array(26).fill(-1);
    const marks: number[][] = [[]];
    const firstTwo: number[] = [-1];
    const depth: number[] = [0];
    this.unfiltered = new Uint8Array(patterns.length);
    patterns.forEach((p, i) => {
      const openings = literalPrefixes(p);
      if (!openings) {
        this.unfiltered![i] = 1;
        return;
      }
      for (const word of openings) {
        let node = 0;
        for (let k = 0; k < word.length; k++) {
          const c = word.charCodeAt(k) - 97;
          if (c < 0 || c > 25) throw new Error(`[E_INTERNAL] literal opening with a non-letter: ${word}`);
          let next = child[node * 26 + c]!;
          if (next < 0) {
            next = marks.length;
            child[node * 26 + c] = next;
            child.push(...new Array(26).fill(-1));
            marks.push([]);
            depth.push(depth[node]! + 1);
            firstTwo.push(depth[node] === 0 ? c : depth[node] === 1 ? firstTwo[node]! * 26 + c : firstTwo[node]!);
          }
          node = next;
        }
        if (!marks[node]!.includes(i)) marks[node]!.push(i);
      }
    });
    // Each node's patterns: its own and those of every node on the way to it.
    const parentOf = new Int32Array(marks.length).fill(-1);
    for (let n = 0; n < marks.length; n++) for (let c = 0; c < 26; c++) if (child[n * 26 + c]! >= 0) parentOf[child[n * 26 + c]!] = n;
    for (let n = 1; n < marks.length; n++) {
      const path = new Set<number>();
      for (let m = n; m > 0; m = parentOf[m]!) for (const k of marks[m]!) path.add(k);
      this.nodeMarks[n] = [...path];
    }
    this.nodeFirstTwo = depth.map((d, n) => (d >= 2 ? firstTwo[n]! : -1));
    this.child = Int32Array.from(child);
  }

  private bucketOf(members: number[]): Bucket | null {
    if (!members.length) return null;
    const key = members.join(',');
    let b = this.shared.get(key);
    if (!b) this.shared.set(key, (b = { re: new RegExp(this.join(members.map((i) => this.patterns[i]!)), this.flags + 'y'), patterns: members }));
    return b;
  }

  /** Whether pattern `i` can open with the characters at `first` and `second` (indices). */
  private opensWith(i: number, first: number, second: number): boolean {
    const p = this.prefixes[i]!;
    if (!has(p.first, first)) return false;
    if (has(p.single, first)) return true;
    const then = p.second[first];
    return second !== TEXT_END && !!then && has(then, second);
  }

  private pairBucket(first: number, second: number, table: (Bucket | null | undefined)[], only: Uint8Array | null): Bucket | null {
    const slot = first * (ASCII + 2) + second;
    let b = table[slot];
    if (b === undefined) {
      const members: number[] = [];
      for (let i = 0; i < this.prefixes.length; i++) if ((!only || only[i]) && this.opensWith(i, first, second)) members.push(i);
      table[slot] = b = this.bucketOf(members);
    }
    return b;
  }

  /** The bucket at a word whose first two letters lead to trie node `node` (depth two or more). */
  private nodeBucket(node: number): Bucket | null {
    let b = this.byNode[node];
    if (b === undefined) {
      const firstTwo = this.nodeFirstTwo[node]!;
      const first = 97 + Math.floor(firstTwo / 26);
      const second = 97 + (firstTwo % 26);
      const members: number[] = [];
      for (let i = 0; i < this.prefixes.length; i++)
        if ((this.unfiltered![i] || this.nodeMarks[node]!.includes(i)) && this.opensWith(i, first, second)) members.push(i);
      this.byNode[node] = b = this.bucketOf(members);
    }
    return b;
  }

  /** The bucket for the word starting at `p`, through the literal-opening trie. */
  private wordBucket(text: string, p: number, first: number): Bucket | null {
    const child = this.child!;
    let node = 0;
    let depth = 0;
    for (let k = p; k < text.length; k++) {
      const c = letterIndex(text.charCodeAt(k));
      if (c < 0) break;
      const next = child[node * 26 + c]!;
      if (next < 0) break;
      node = next;
      depth++;
    }
    if (depth >= 2) return this.nodeBucket(node);
    // No opening word two letters along: only the unfiltered patterns can match here.
    const next = p + 1 < text.length ? text.charCodeAt(p + 1) : -1;
    return this.pairBucket(first, next < 0 ? TEXT_END : next < ASCII ? next : NON_ASCII, this.byPairUnfiltered, this.unfiltered);
  }

  /** The leftmost match opening at or after `from`. */
  exec(text: string, from: number): DispatchedMatch | null {
    if (this.whole) {
      for (let p = from; p <= text.length; p++) {
        const m = tryBucket(this.whole, text, p);
        if (m) return m;
      }
      return null;
    }
    for (let p = from; p < text.length; p++) {
      const code = text.charCodeAt(p);
      let first: number;
      if (code < ASCII) {
        if (this.wordStartsOnly && (!WORD[code] || (p > 0 && WORD[text.charCodeAt(p - 1)]))) continue;
        first = code;
      } else first = NON_ASCII;
      let bucket: Bucket | null;
      if (this.child) bucket = this.wordBucket(text, p, first);
      else {
        const next = p + 1 < text.length ? text.charCodeAt(p + 1) : -1;
        bucket = this.pairBucket(first, next < 0 ? TEXT_END : next < ASCII ? next : NON_ASCII, this.byPair, null);
      }
      if (!bucket) continue;
      const m = tryBucket(bucket, text, p);
      if (m) return m;
    }
    return null;
  }
}
