/**
 * The `minhash_bands` table held in memory, for the near-duplicate lookup of a bulk ingest: the SQL lookup
 * (128 keys, a GROUP BY over their rows and a join for the ingest order) was the largest store step that
 * grows with the corpus (1.3 → 1.8 ms per article from 2,000 to 3,000 stored).
 *
 * Hand-written: a JavaScript Map of a million band-key strings costs ~80 MB; this open-addressing table on
 * typed arrays (band number and 32-bit hash per key, postings chained newest first) holds a million postings
 * in 18 MB (8,000 bench articles, 152,000 distinct keys), ~35 MB if no two documents shared a key.
 *
 * Documents are added in ingest order (`documents.seq`, AUTOINCREMENT), so a rollback, which hands the rolled-
 * back seqs out again, is undone by dropping the newest documents (`truncate`): their postings are the last.
 */
/** Above any count of keys shared (a document has one key per band, at most 1,000 bands) and any slot. */
const SHARED_LIMIT = 1 << 16;
const SLOT_LIMIT = 2 ** 32;

export class BandIndex {
  /** Per document slot (in ascending `seq`): its id and seq. */
  private readonly ids: string[] = [];
  /**
   * Per document slot: its MinHash signature once known (given with the document, or read for a lookup):
   * found by slot, a candidate's signature costs no lookup by id in a map of every document's (at 8,000
   * stored, 200 such lookups per document were a fifth of a millisecond, cache misses mostly).
   */
  private readonly signatures: (Uint32Array | undefined)[] = [];
  private seqs = new Float64Array(1024);
  /** Open-addressing table of distinct keys: band number + 1 (0 = empty), hash, newest posting (-1 = none). */
  private keyBand = new Uint16Array(1 << 16);
  private keyHash = new Uint32Array(1 << 16);
  private keyHead = new Int32Array(1 << 16);
  private keys = 0;
  /** Postings, in the order added: the document slot, the key's previous posting (-1 = none) and the key's table slot. */
  private postSlot = new Int32Array(1 << 16);
  private postNext = new Int32Array(1 << 16);
  private postKey = new Int32Array(1 << 16);
  private posts = 0;
  /** Shared-band counts per slot for one lookup (zero between lookups). */
  private shared = new Int32Array(1024);

  /** The newest document's seq (0 when empty). */
  get highestSeq(): number {
    return this.ids.length ? this.seqs[this.ids.length - 1]! : 0;
  }

  get documents(): number {
    return this.ids.length;
  }

  /**
   * Adds a document's band keys (each `bNNN:hhhhhhhh`, as `minhash` writes them); false when a key has
   * another form (a database written by another version), which the caller must then look up in SQL.
   * `seq` must be above every seq held (`truncate` first).
   */
  add(docId: string, seq: number, bandKeys: readonly string[], signature?: Uint32Array): boolean {
    // As the table's key (band_key, doc_id) holds each of a document's keys once.
    const parsed = parseKeys([...new Set(bandKeys)]);
    if (!parsed) return false;
    this.addParsed(docId, seq, parsed, signature);
    return true;
  }

  /** `add` with the keys already parsed (`parseKeys`). */
  addParsed(docId: string, seq: number, parsed: readonly number[], signature?: Uint32Array): void {
    const slot = this.ids.length;
    if (slot === this.seqs.length) {
      this.seqs = grow(this.seqs, slot * 2);
      this.shared = grow(this.shared, slot * 2);
    }
    this.ids.push(docId);
    this.signatures.push(signature);
    this.seqs[slot] = seq;
    for (let i = 0; i < parsed.length; i += 2) {
      const k = this.findOrInsert(parsed[i]!, parsed[i + 1]!);
      if (this.posts === this.postSlot.length) {
        this.postSlot = grow(this.postSlot, this.posts * 2);
        this.postNext = grow(this.postNext, this.posts * 2);
        this.postKey = grow(this.postKey, this.posts * 2);
      }
      this.postSlot[this.posts] = slot;
      this.postKey[this.posts] = k;
      this.postNext[this.posts] = this.keyHead[k]!;
      this.keyHead[k] = this.posts++;
    }
  }

  /** Drops every document with a seq above `seq` (rolled back); their keys stay, with fewer postings. */
  truncate(seq: number): void {
    let slots = this.ids.length;
    while (slots > 0 && this.seqs[slots - 1]! > seq) slots--;
    if (slots === this.ids.length) return;
    // A dropped document's postings are the last ones, and each is its key's newest.
    while (this.posts > 0 && this.postSlot[this.posts - 1]! >= slots) {
      const p = --this.posts;
      this.keyHead[this.postKey[p]!] = this.postNext[p]!;
    }
    this.ids.length = slots;
    this.signatures.length = slots;
  }

  /** The id of the document in `slot` (a slot `candidateSlots` answered). */
  idAt(slot: number): string {
    return this.ids[slot]!;
  }

  /** The signature of the document in `slot`, when known. */
  signatureAt(slot: number): Uint32Array | undefined {
    return this.signatures[slot];
  }

  /** Records the signature of the document in `slot` (a document's signature never changes). */
  setSignature(slot: number, signature: Uint32Array): void {
    this.signatures[slot] = signature;
  }

  /**
   * The ids of the documents sharing a band key with `bandKeys`, most shared keys first, then in ingest
   * order, at most `limit` (as the SQL lookup orders them); null when a key has another form.
   */
  candidates(bandKeys: readonly string[], limit: number): string[] | null {
    return this.candidateSlots(bandKeys, limit)?.map((slot) => this.ids[slot]!) ?? null;
  }

  /** The slots of the documents `candidates` answers, in its order. */
  candidateSlots(bandKeys: readonly string[], limit: number): number[] | null {
    // As `band_key IN (...)` counts a key once however often it is given.
    const keys = new Set(bandKeys);
    if (keys.size >= SHARED_LIMIT) return null;
    const touched: number[] = [];
    const shared = this.shared;
    for (const key of keys) {
      const band = parseBand(key);
      if (band < 0) {
        for (const slot of touched) shared[slot] = 0;
        return null;
      }
      const k = this.find(band, parseInt(key.slice(5), 16));
      if (k < 0) continue;
      for (let p = this.keyHead[k]!; p >= 0; p = this.postNext[p]!) {
        const slot = this.postSlot[p]!;
        if (shared[slot]++ === 0) touched.push(slot);
      }
    }
    // Sorted as numbers, most shared first and then by slot (slots ascend with seq, so the slot breaks ties as
    // `d.seq` does): a typed array's native sort instead of a comparator over the ~1,000 documents touched.
    const order = new Float64Array(touched.length);
    for (let i = 0; i < touched.length; i++) {
      const slot = touched[i]!;
      order[i] = (SHARED_LIMIT - shared[slot]!) * SLOT_LIMIT + slot;
      shared[slot] = 0;
    }
    order.sort();
    const out: number[] = [];
    for (let i = 0; i < order.length && i < limit; i++) out.push(order[i]! % SLOT_LIMIT);
    return out;
  }

  private hashOf(band: number, hash: number): number {
    return (Math.imul(hash ^ Math.imul(band, 0x9e3779b1), 0x85ebca6b) >>> 0) & (this.keyBand.length - 1);
  }

  private find(band: number, hash: number): number {
    const mask = this.keyBand.length - 1;
    for (let i = this.hashOf(band, hash); ; i = (i + 1) & mask) {
      const b = this.keyBand[i]!;
      if (b === 0) return -1;
      if (b === band + 1 && this.keyHash[i] === hash) return i;
    }
  }

  private findOrInsert(band: number, hash: number): number {
    // At most half full, so probes stay short.
    if ((this.keys + 1) * 2 > this.keyBand.length) this.rehash(this.keyBand.length * 2);
    const mask = this.keyBand.length - 1;
    for (let i = this.hashOf(band, hash); ; i = (i + 1) & mask) {
      const b = this.keyBand[i]!;
      if (b === 0) {
        this.keyBand[i] = band + 1;
        this.keyHash[i] = hash;
        this.keyHead[i] = -1;
        this.keys++;
        return i;
      }
      if (b === band + 1 && this.keyHash[i] === hash) return i;
    }
  }

  private rehash(capacity: number): void {
    const band = this.keyBand;
    const hash = this.keyHash;
    const head = this.keyHead;
    this.keyBand = new Uint16Array(capacity);
    this.keyHash = new Uint32Array(capacity);
    this.keyHead = new Int32Array(capacity);
    this.keys = 0;
    for (let i = 0; i < band.length; i++) {
      if (band[i] === 0) continue;
      const k = this.findOrInsert(band[i]! - 1, hash[i]!);
      this.keyHead[k] = head[i]!;
      for (let p = head[i]!; p >= 0; p = this.postNext[p]!) this.postKey[p] = k;
    }
  }
}

/** Band number and hash of each key, in pairs; null when a key is not of the form `bNNN:hhhhhhhh`. */
export function parseKeys(bandKeys: readonly string[]): number[] | null {
  const parsed: number[] = [];
  for (const key of bandKeys) {
    const band = parseBand(key);
    if (band < 0) return null;
    parsed.push(band, parseInt(key.slice(5), 16));
  }
  return parsed;
}

/** The band number of a key `bNNN:hhhhhhhh`, or -1 for a key of another form. */
function parseBand(key: string): number {
  if (key.length !== 13 || key.charCodeAt(0) !== 0x62 || key.charCodeAt(4) !== 0x3a) return -1;
  let band = 0;
  for (let i = 1; i < 4; i++) {
    const d = key.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    band = band * 10 + d;
  }
  for (let i = 5; i < 13; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return -1;
  }
  return band;
}

function grow<T extends Float64Array | Int32Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

/** Rows per band past which `sortBandRows` sorts by comparison instead (its packed numbers hold 20 bits of row number). */
const PACKED_ROWS = 1 << 20;

/**
 * Sorts [band key, document id] rows in place as `(a, b) => a[0] < b[0] ? -1 : ... a[1] < b[1] ...` would,
 * for the batch's flush of `minhash_bands`: a batch flushes ~65,000 rows, and sorting them with a comparator
 * of strings took 125-180 ms of CPU per batch, this 57-72 (eight interleaved runs on 65,000 bench rows), about
 * 0.15 ms per article less.
 * Keys `bNNN:hhhhhhhh` sort as (band, hash) numbers, so rows are bucketed by band and each bucket sorted as
 * packed numbers (hash, then row) in a typed array; rows with one key are then ordered by document id.
 * Rows with a key of another form are sorted by comparison, as before.
 */
export function sortBandRows(rows: [string, string][]): void {
  const n = rows.length;
  const bands = new Int32Array(n);
  const hashes = new Float64Array(n);
  const counts = new Int32Array(1000);
  for (let i = 0; i < n; i++) {
    const key = rows[i]![0];
    const band = parseBand(key);
    if (band < 0) return void rows.sort(compareRows);
    bands[i] = band;
    let hash = 0;
    for (let c = 5; c < 13; c++) {
      const code = key.charCodeAt(c);
      hash = hash * 16 + (code <= 57 ? code - 48 : code - 87);
    }
    hashes[i] = hash;
    if (++counts[band]! > PACKED_ROWS) return void rows.sort(compareRows);
  }
  // Rows by band (a counting sort), keeping their order within a band.
  const starts = new Int32Array(1001);
  for (let b = 0; b < 1000; b++) starts[b + 1] = starts[b]! + counts[b]!;
  const byBand = new Int32Array(n);
  const next = starts.slice(0, 1000);
  for (let i = 0; i < n; i++) byBand[next[bands[i]!]!++] = i;
  const sorted: [string, string][] = new Array(n);
  let at = 0;
  for (let b = 0; b < 1000; b++) {
    const from = starts[b]!;
    const size = starts[b + 1]! - from;
    if (!size) continue;
    const packed = new Float64Array(size);
    for (let k = 0; k < size; k++) packed[k] = hashes[byBand[from + k]!]! * PACKED_ROWS + k;
    packed.sort();
    for (let k = 0; k < size; ) {
      const hash = Math.floor(packed[k]! / PACKED_ROWS);
      let end = k + 1;
      while (end < size && Math.floor(packed[end]! / PACKED_ROWS) === hash) end++;
      const run = at;
      for (let j = k; j < end; j++) sorted[at++] = rows[byBand[from + (packed[j]! % PACKED_ROWS)]!]!;
      // One key in several documents (copies): by document id.
      if (end - k > 1) {
        const same = sorted.slice(run, at).sort(compareRows);
        for (let j = 0; j < same.length; j++) sorted[run + j] = same[j]!;
      }
      k = end;
    }
  }
  for (let i = 0; i < n; i++) rows[i] = sorted[i]!;
}

/** [key, value] rows in key order, then value order (as `insertSortedPairs` writes them). */
export function compareRows<V extends string | number>(a: [string, V], b: [string, V]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}
