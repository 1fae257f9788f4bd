/**
 * Which characters a regular expression's match can open with, read from its source. A large alternation
 * is tried branch by branch at every position of a text; knowing each branch's opening characters lets a
 * caller try, at a position, only the branches that can match there (`OpeningDispatch`), with the same
 * leftmost-first result. Hand-written: no npm package computes first-character sets of JS patterns
 * (regexp parsers give an AST, the set would still be a walk like this one), and this needs only ~100 lines.
 *
 * The reading is conservative: whatever it does not know (`\p{…}`, negated classes, back-references,
 * escapes beyond the plain ones) counts as "any character", never as "none".
 */

/** Opening characters: a mark per ASCII code, and whether any non-ASCII character may open a match. */
export interface Openings {
  ascii: Uint8Array;
  nonAscii: boolean;
}

interface Reading {
  first: Openings;
  /** The part can match the empty string (so what follows it can open the match too). */
  nullable: boolean;
}

const ASCII = 128;

function none(): Openings {
  return { ascii: new Uint8Array(ASCII), nonAscii: false };
}

function any(): Openings {
  return { ascii: new Uint8Array(ASCII).fill(1), nonAscii: true };
}

function addAll(into: Openings, from: Openings): void {
  for (let c = 0; c < ASCII; c++) if (from.ascii[c]) into.ascii[c] = 1;
  if (from.nonAscii) into.nonAscii = true;
}

function addCode(into: Openings, code: number): void {
  if (code >= ASCII) into.nonAscii = true;
  else into.ascii[code] = 1;
}

function addRange(into: Openings, from: number, to: number): void {
  for (let c = from; c <= to; c++) addCode(into, c);
  if (to >= ASCII) into.nonAscii = true;
}

/**
 * The set operations a reader's character sets need. This reader (opening characters) and the one of
 * `regex-pairs.ts` (first two characters) keep sets differently but read class syntax the same way.
 */
export interface CharSetOps<S> {
  none(): S;
  any(): S;
  addCode(into: S, code: number): void;
  addRange(into: S, from: number, to: number): void;
  addAll(into: S, from: S): void;
}

const WHITESPACE = [9, 10, 11, 12, 13, 32];

/** `\w`, `\d`, `\s` (`\s` also holds non-ASCII spaces). Null for an escape read as "any character". */
export function classEscapeWith<S>(ops: CharSetOps<S>, letter: string): S | null {
  const set = ops.none();
  if (letter === 'w') {
    ops.addRange(set, 48, 57);
    ops.addRange(set, 65, 90);
    ops.addRange(set, 97, 122);
    ops.addCode(set, 95);
  } else if (letter === 'd') ops.addRange(set, 48, 57);
  else if (letter === 's') {
    for (const c of WHITESPACE) ops.addCode(set, c);
    ops.addCode(set, 0xa0); // and the non-ASCII spaces
  } else return null;
  return set;
}

export const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

/** Where the character class opening at `at` (its "[") closes. */
export function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** The characters of a class's body (between "[" and "]"); a negated class or an unread escape is any character. */
export function readCharacterClass<S>(ops: CharSetOps<S>, body: string): S {
  if (body.startsWith('^')) return ops.any();
  const set = ops.none();
  for (let i = 0; i < body.length; i++) {
    let code: number;
    if (body[i] === '\\') {
      const letter = body[++i]!;
      if (/[a-zA-Z]/.test(letter) && !(letter in CONTROL_ESCAPES)) {
        const escaped = classEscapeWith(ops, letter);
        if (!escaped) return ops.any();
        ops.addAll(set, escaped);
        continue;
      }
      code = CONTROL_ESCAPES[letter] ?? letter.charCodeAt(0);
    } else code = body.charCodeAt(i);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      if (body[i + 2] === '\\') return ops.any();
      ops.addRange(set, code, body.charCodeAt(i + 2));
      i += 2;
    } else ops.addCode(set, code);
  }
  return set;
}

const OPENING_OPS: CharSetOps<Openings> = { none, any, addCode, addRange, addAll };
const classEscape = (letter: string): Openings | null => classEscapeWith(OPENING_OPS, letter);

class PatternReader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Reading {
    const reading = this.alternatives();
    if (this.at !== this.source.length) return { first: any(), nullable: true };
    return reading;
  }

  private alternatives(): Reading {
    const first = none();
    let nullable = false;
    for (;;) {
      const branch = this.sequence();
      addAll(first, branch.first);
      nullable ||= branch.nullable;
      if (this.source[this.at] !== '|') return { first, nullable };
      this.at++;
    }
  }

  private sequence(): Reading {
    const first = none();
    let nullable = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.item();
      if (nullable) addAll(first, item.first);
      nullable &&= item.nullable;
    }
    return { first, nullable };
  }

  private item(): Reading {
    const atom = this.atom();
    const optional = this.quantifier();
    return optional ? { first: atom.first, nullable: true } : atom;
  }

  /** Reads a quantifier if one follows; true when it allows zero repetitions. */
  private quantifier(): boolean {
    const c = this.source[this.at];
    let optional: boolean;
    if (c === '*' || c === '?') optional = true;
    else if (c === '+') optional = false;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return false;
      this.at += m[0].length - 1;
      optional = Number(m[1]) === 0;
    } else return false;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return optional;
  }

  private atom(): Reading {
    const c = this.source[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return { first: this.characterClass(), nullable: false };
    if (c === '\\') return this.escape();
    this.at++;
    if (c === '^' || c === '$') return { first: none(), nullable: true };
    if (c === '.') return { first: any(), nullable: false };
    const first = none();
    addCode(first, c.charCodeAt(0));
    return { first, nullable: false };
  }

  private group(): Reading {
    const rest = this.source.slice(this.at, this.at + 4);
    const lookaround = /^\(\?<?[=!]/.exec(rest);
    if (lookaround) this.at += lookaround[0].length;
    else if (rest.startsWith('(?:')) this.at += 3;
    else if (rest.startsWith('(?<')) this.at = this.source.indexOf('>', this.at) + 1;
    else this.at++;
    const inner = this.alternatives();
    this.at++; // the closing parenthesis
    // A look-around only narrows where a match may be; it consumes nothing.
    return lookaround ? { first: none(), nullable: true } : inner;
  }

  private escape(): Reading {
    const letter = this.source[this.at + 1]!;
    this.at += 2;
    if (letter === 'b' || letter === 'B') return { first: none(), nullable: true };
    if (/[1-9k]/.test(letter)) return { first: any(), nullable: true };
    if (letter === 'p' || letter === 'P') this.skipProperty();
    if (/[a-zA-Z]/.test(letter) && !(letter in CONTROL_ESCAPES)) return { first: classEscape(letter) ?? any(), nullable: false };
    const first = none();
    addCode(first, CONTROL_ESCAPES[letter] ?? letter.charCodeAt(0));
    return { first, nullable: false };
  }

  private skipProperty(): void {
    if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
  }

  private characterClass(): Openings {
    const end = classEnd(this.source, this.at);
    const body = this.source.slice(this.at + 1, end);
    this.at = end + 1;
    return readCharacterClass(OPENING_OPS, body);
  }
}

/**
 * The characters a match of `pattern` can open with, or null when it can match the empty string; with `ignoreCase`, both cases of every ASCII letter.
 * Sound for patterns read without the `u` flag, where case folding never maps a non-ASCII character to an
 * ASCII one (the one place the `i` flag could otherwise let an unlisted character open a match).
 */
export function openingsOf(pattern: string, ignoreCase: boolean): Openings | null {
  const reading = new PatternReader(pattern).read();
  if (reading.nullable) return null;
  const first = reading.first;
  if (ignoreCase)
    for (let c = 65; c <= 90; c++)
      if (first.ascii[c] || first.ascii[c + 32]) first.ascii[c] = first.ascii[c + 32] = 1;
  return first;
}

/** A pattern's top-level alternatives (outside groups and character classes). */
export function topLevelBranches(pattern: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(pattern.slice(from));
  return branches;
}

export interface DispatchedMatch {
  /** Where the match opens, in the text searched. */
  index: number;
  text: string;
  /** The index of the pattern that matched, in the list the dispatch was built from. */
  pattern: number;
}

/** The patterns that can open a match at a character, as one sticky alternation (group k + 1 is `patterns[k]`). */
/** Patterns tried together at a position: one sticky expression of their branches, a group per pattern. */
export interface Bucket {
  re: RegExp;
  patterns: number[];
}

/** The match of a bucket's expression at `at`, with the pattern whose group matched. */
export function tryBucket(bucket: Bucket, text: string, at: number): DispatchedMatch | null {
  bucket.re.lastIndex = at;
  const m = bucket.re.exec(text);
  if (!m) return null;
  for (let k = 0; k < bucket.patterns.length; k++) if (m[k + 1] !== undefined) return { index: at, text: m[0], pattern: bucket.patterns[k]! };
  throw new Error('[E_INTERNAL] dispatched match without a group');
}

const WORD = classEscape('w')!.ascii;

/**
 * One alternation of many patterns, searched as a single `new RegExp(join(patterns), flags)` would be
 * (leftmost match; at one position the earliest pattern that matches wins), but at each position only the
 * patterns that can open with its character are tried. When every pattern opens with `\b` and a word
 * character, only word starts are visited. A pattern that can match the empty string turns the dispatch
 * off (every position would need every pattern), and the whole alternation is searched as it is.
 */
export class OpeningDispatch {
  private readonly byCode: (Bucket | null)[] = new Array(ASCII).fill(null);
  private readonly nonAscii: Bucket | null = null;
  private readonly wordStartsOnly: boolean;
  /** Set when the dispatch is off. */
  private readonly whole: Bucket | null = null;

  /**
   * `join` makes one alternation of some of the patterns, one capturing group per pattern in their order
   * (the patterns hold no capturing groups of their own); `flags` may not hold `u`, `g` or `y`.
   */
  constructor(patterns: readonly string[], flags: string, join: (subset: string[]) => string) {
    if (/[uvgy]/.test(flags)) throw new Error(`[E_INTERNAL] OpeningDispatch takes no u, v, g or y flag: ${flags}`);
    const openings = patterns.map((p) => openingsOf(p, flags.includes('i')));
    const bucket = (members: number[]): Bucket => ({ re: new RegExp(join(members.map((i) => patterns[i]!)), flags + 'y'), patterns: members });
    if (openings.some((o) => o === null)) {
      this.whole = bucket(patterns.map((_, i) => i));
      this.wordStartsOnly = false;
      return;
    }
    const known = openings as Openings[];
    this.wordStartsOnly = patterns.every((p, i) => topLevelBranches(p).every((b) => b.startsWith('\\b')) && known[i]!.ascii.every((on, c) => !on || WORD[c]) && !known[i]!.nonAscii);
    const shared = new Map<string, Bucket>();
    const bucketOf = (members: number[]): Bucket | null => {
      if (!members.length) return null;
      const key = members.join(',');
      let b = shared.get(key);
      if (!b) shared.set(key, (b = bucket(members)));
      return b;
    };
    for (let c = 0; c < ASCII; c++) this.byCode[c] = bucketOf(patterns.map((_, i) => i).filter((i) => known[i]!.ascii[c]));
    this.nonAscii = bucketOf(patterns.map((_, i) => i).filter((i) => known[i]!.nonAscii));
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
      let bucket: Bucket | null;
      if (code < ASCII) {
        if (this.wordStartsOnly && (!WORD[code] || (p > 0 && WORD[text.charCodeAt(p - 1)]))) continue;
        bucket = this.byCode[code]!;
      } else bucket = this.nonAscii;
      if (!bucket) continue;
      const m = tryBucket(bucket, text, p);
      if (m) return m;
    }
    return null;
  }
}
