/**
 * What every match of a pattern must open with or contain, read from the pattern's source, so a stage can
 * rule a sentence out with a cheap test before running a costly pattern over it.
 */

/**
 * The literal openings every match of a pattern starts with ("reject(?:s|ed)?|dismiss..." → reject,
 * dismiss), or null when some alternative can open with no literal: a sentence holding none of them cannot
 * match, and a substring test is far cheaper than running the pattern. An optional group adds its own
 * openings and lets what follows open too ("(?:is\s+)?yet" → is, yet); a lookaround or `\b` at the start
 * consumes nothing and is stepped over. Hand-written: a regex-to-prefix library would be more than the job needs.
 */
export function literalPrefixes(source: string, stepOver = true): string[] | null {
  const out: string[] = [];
  for (const alt of topLevelAlternatives(source)) {
    const openings = sequenceOpenings(alt, stepOver);
    if (!openings) return null;
    out.push(...openings);
  }
  return out.length ? out : null;
}

/**
 * The literal openings of one alternative (a sequence of items), or null when it may open otherwise.
 * Without `stepOver`, an optional group or a lookaround at the start gives null (the first, narrower rule).
 */
function sequenceOpenings(alt: string, stepOver: boolean): string[] | null {
  const out: string[] = [];
  let rest = alt;
  for (;;) {
    if (stepOver && rest.startsWith('\\b')) {
      rest = rest.slice(2);
      continue;
    }
    if (stepOver && /^\(\?<?[=!]/.test(rest)) {
      const close = matchingParen(rest, 0);
      if (close < 0) return null;
      rest = rest.slice(close + 1);
      continue;
    }
    if (rest.startsWith('(?:')) {
      const close = matchingParen(rest, 0);
      if (close < 0) return null;
      const inner = literalPrefixes(rest.slice(3, close), stepOver);
      if (!inner) return null;
      out.push(...inner);
      const after = rest.slice(close + 1);
      // A group that can be skipped ("(?:x)?", "(?:x)*", "(?:x){0,2}") leaves what follows as an opening too.
      const optional = (stepOver ? /^(?:[?*]|\{0(?:,\d*)?\})/ : /^[?*]/).exec(after);
      if (!optional) return out;
      if (!stepOver) return null;
      rest = after.slice(optional[0].length).replace(/^\?/, '');
      continue;
    }
    const lit = /^[a-z]+/i.exec(rest)?.[0] ?? '';
    // A quantifier on the literal's last letter makes that letter optional.
    const usable = /^[?*{]/.test(rest.slice(lit.length)) ? lit.slice(0, -1) : lit;
    // "t(?:ake|ook)\s+part": a letter too short to open with alone opens with each opening of the group after it.
    if (stepOver && usable.length === 1 && usable === lit && rest.startsWith('(?:', lit.length)) {
      const after = sequenceOpenings(rest.slice(lit.length), stepOver);
      if (!after) return null;
      out.push(...after.map((o) => lit.toLowerCase() + o));
      return out;
    }
    if (usable.length < 2) return null;
    out.push(usable.toLowerCase());
    return out;
  }
}

/**
 * Lower-case letter runs one of which every match of a pattern contains somewhere ("(?:\\p{L}+ly\\s+)?comply"
 * → comply), or null when no such run can be read: for patterns with no literal opening, a substring test on
 * the lower-cased sentence still rules most sentences out. Items that are optional, zero-width or not
 * plain letters are stepped over, which only ever makes the test weaker, never wrong.
 */
export function requiredSubstrings(source: string): string[] | null {
  const out: string[] = [];
  for (const alt of topLevelAlternatives(source)) {
    const found = sequenceSubstring(alt);
    if (!found) return null;
    out.push(...found);
  }
  return out.length ? out : null;
}

function sequenceSubstring(seq: string): string[] | null {
  // Shorter runs ("to", "an") are in nearly every sentence: they would rule nothing out. (A local: this runs while the module loads.)
  const MIN_REQUIRED = 3;
  let run = '';
  let i = 0;
  while (i < seq.length) {
    const ch = seq[i]!;
    let end: number;
    let group: string | null = null;
    let letter = false;
    if (ch === '\\') {
      end = /^\\[pPu]\{/.test(seq.slice(i)) ? seq.indexOf('}', i) + 1 : i + 2;
    } else if (ch === '[') {
      end = classEnd(seq, i) + 1;
    } else if (ch === '(') {
      const close = matchingParenInPattern(seq, i);
      if (close < 0) return null;
      end = close + 1;
      const lookaround = /^\(\?<?[=!]/.test(seq.slice(i));
      if (!lookaround) group = seq.slice(i, end).replace(/^\((?:\?:|\?<[A-Za-z]\w*>)?/, '').slice(0, -1);
    } else {
      end = i + 1;
      letter = /[a-z]/i.test(ch);
    }
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(seq.slice(end));
    const min = !quantifier ? 1 : quantifier[0][0] === '+' ? 1 : quantifier[0][0] === '{' ? Number(quantifier[1]) : 0;
    i = end + (quantifier?.[0].length ?? 0);
    if (letter && min >= 1) {
      run += ch.toLowerCase();
      // A repeated letter still appears once; what follows may not come right after it.
      if (!quantifier) continue;
    }
    if (run.length >= MIN_REQUIRED) return [run];
    run = '';
    if (group !== null && min >= 1) {
      const inner = requiredSubstrings(group);
      if (inner) return inner;
    }
  }
  return run.length >= MIN_REQUIRED ? [run] : null;
}

/** The index of the `]` closing the character class opened at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length - 1;
}

/** Like `matchingParen`, but steps over character classes, which may hold parentheses. */
function matchingParenInPattern(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

function topLevelAlternatives(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  return alts;
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}


/**
 * Words over the letters a-z, each end naming the marks (pattern or cue indices) it lets run: a text is walked
 * once, and only the patterns whose letters are there are tried.
 */
export interface LetterTrie {
  next: (LetterTrie | undefined)[];
  marks: number[] | null;
  /** The trie as flat tables, built on first use (`flatten`) and dropped when a word is added. */
  flat?: FlatTrie | null;
}

/**
 * A letter trie as flat tables: node n's child on letter c is `next[n * 26 + c]` (-1: none), and its marks
 * are `markList[markStart[n] .. markStart[n + 1]]`. With the Aho-Corasick links folded in, `scan` is the
 * automaton's move from n on c (never -1) and `found*` are the marks of every word ending there.
 * Hand-written: the npm Aho-Corasick packages return matched strings per position, not marks into an array,
 * and allocate per match.
 */
interface FlatTrie {
  next: Int32Array;
  markStart: Int32Array;
  markList: Int32Array;
  scan: Int32Array;
  foundStart: Int32Array;
  foundList: Int32Array;
}

// Filled with undefined, not holes: a packed array is read without a prototype lookup per miss.
export const letterTrie = (): LetterTrie => ({ next: Array.from({ length: 26 }, () => undefined), marks: null, flat: null });

export function addWord(root: LetterTrie, word: string, mark: number): void {
  root.flat = null;
  let node = root;
  for (let i = 0; i < word.length; i++) node = node.next[word.charCodeAt(i) - 97] ??= letterTrie();
  (node.marks ??= []).push(mark);
}

function flatten(root: LetterTrie): FlatTrie {
  // Breadth first, so a node's failure link (a shorter word) is numbered before it.
  const nodes: LetterTrie[] = [root];
  for (let k = 0; k < nodes.length; k++) for (const child of nodes[k]!.next) if (child) nodes.push(child);
  const id = new Map(nodes.map((n, k) => [n, k]));
  const next = new Int32Array(nodes.length * 26).fill(-1);
  nodes.forEach((n, k) => n.next.forEach((child, c) => {
    if (child) next[k * 26 + c] = id.get(child)!;
  }));
  const table = (lists: readonly (readonly number[])[]) => {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((l, k) => (start[k + 1] = start[k]! + l.length));
    return { start, list: Int32Array.from(lists.flat()) };
  };
  const own = table(nodes.map((n) => n.marks ?? []));
  // Aho-Corasick: fail[n] is the node of the longest proper suffix of n's word that is in the trie.
  const fail = new Int32Array(nodes.length);
  const scan = new Int32Array(nodes.length * 26);
  const found: number[][] = nodes.map((n) => [...(n.marks ?? [])]);
  for (let k = 0; k < nodes.length; k++) {
    if (k > 0) found[k]!.push(...found[fail[k]!]!);
    for (let c = 0; c < 26; c++) {
      const child = next[k * 26 + c]!;
      if (child >= 0) {
        scan[k * 26 + c] = child;
        fail[child] = k === 0 ? 0 : scan[fail[k]! * 26 + c]!;
      } else scan[k * 26 + c] = k === 0 ? 0 : scan[fail[k]! * 26 + c]!;
    }
  }
  const all = table(found);
  return { next, markStart: own.start, markList: own.list, scan, foundStart: all.start, foundList: all.list };
}

/** Sets `into[mark]` for the marks of every trie end reached from `from` along lower-case letters of `lower`. */
export function markWalk(root: LetterTrie, lower: string, from: number, into: Uint8Array): void {
  const { next, markStart, markList } = (root.flat ??= flatten(root));
  let node = 0;
  for (let k = from; k < lower.length; k++) {
    const c = lower.charCodeAt(k) - 97;
    if (c < 0 || c > 25) return;
    node = next[node * 26 + c]!;
    if (node < 0) return;
    for (let j = markStart[node]!; j < markStart[node + 1]!; j++) into[markList[j]!] = 1;
  }
}

/**
 * Like `markWalk`, but records where: `firstAt[mark]` becomes `from` unless an earlier walk set it (-1: unset).
 * The loop is repeated rather than shared through a callback: it runs at every word start of every sentence.
 */
export function markFirstWalk(root: LetterTrie, lower: string, from: number, firstAt: Int32Array): void {
  const { next, markStart, markList } = (root.flat ??= flatten(root));
  let node = 0;
  for (let k = from; k < lower.length; k++) {
    const c = lower.charCodeAt(k) - 97;
    if (c < 0 || c > 25) return;
    node = next[node * 26 + c]!;
    if (node < 0) return;
    for (let j = markStart[node]!; j < markStart[node + 1]!; j++) if (firstAt[markList[j]!]! < 0) firstAt[markList[j]!] = from;
  }
}

/**
 * Every start at which each mark's openings were found, in walk order: per mark a chain of entries
 * (`first[mark]`, then `next[entry]`), `at[entry]` the start. Kept and cleared per sentence, not allocated.
 */
export class OpeningPositions {
  readonly first: Int32Array;
  private readonly last: Int32Array;
  readonly at: number[] = [];
  readonly next: number[] = [];

  constructor(marks: number) {
    this.first = new Int32Array(marks).fill(-1);
    this.last = new Int32Array(marks).fill(-1);
  }

  clear(): void {
    this.first.fill(-1);
    this.at.length = 0;
    this.next.length = 0;
  }

  /** Adds `from` to `mark`'s chain unless it already ends with it (two openings of one mark at one start). */
  add(mark: number, from: number): void {
    const last = this.last[mark]!;
    if (this.first[mark]! >= 0) {
      if (this.at[last] === from) return;
      this.next[last] = this.at.length;
    } else this.first[mark] = this.at.length;
    this.last[mark] = this.at.length;
    this.at.push(from);
    this.next.push(-1);
  }
}

/** Like `markFirstWalk`, but records every start (`from`, for walks made in increasing order of start). */
export function markEveryWalk(root: LetterTrie, lower: string, from: number, into: OpeningPositions): void {
  const { next, markStart, markList } = (root.flat ??= flatten(root));
  let node = 0;
  for (let k = from; k < lower.length; k++) {
    const c = lower.charCodeAt(k) - 97;
    if (c < 0 || c > 25) return;
    node = next[node * 26 + c]!;
    if (node < 0) return;
    for (let j = markStart[node]!; j < markStart[node + 1]!; j++) into.add(markList[j]!, from);
  }
}

/**
 * Sets `into[mark]` for every word of the trie that occurs in `lower` within a run of letters a-z: the same
 * marks as `markWalk` from every letter of `lower`, in one pass (Aho-Corasick) instead of one walk per letter.
 */
export function markRuns(root: LetterTrie, lower: string, into: Uint8Array): void {
  const { scan, foundStart, foundList } = (root.flat ??= flatten(root));
  let node = 0;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k) - 97;
    if (c < 0 || c > 25) {
      node = 0;
      continue;
    }
    node = scan[node * 26 + c]!;
    for (let j = foundStart[node]!; j < foundStart[node + 1]!; j++) into[foundList[j]!] = 1;
  }
}

/** Whether `code` is one of a-z. */
export function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
