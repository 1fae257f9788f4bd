/**
 * Bytes → text. Pure: no I/O. The decoded text is what Parley stores, so decoding must never alter
 * characters beyond removing a byte-order mark (CR, CRLF, NBSP, emoji, ... all survive as they are).
 *
 * Order of evidence: BOM > declared charset (HTTP header, <meta charset>, <?xml encoding?>) > valid
 * UTF-8 > BOM-less UTF-16 (NUL pattern) > chardet's guess among single-byte legacy encodings.
 *
 * Nearly valid UTF-8 (`strayInvalidUtf8`): text that is UTF-8 apart from a few isolated invalid bytes (a
 * windows-1252 apostrophe pasted into a UTF-8 article, a truncated character) stays UTF-8; those bytes
 * become U+FFFD and a `warning` says how many, instead of the whole file turning to mojibake.
 *
 * Otherwise invalid UTF-8: decoded with chardet's best single-byte legacy guess (or a multi-byte one it is at
 * least 50% sure of); a weak guess (< 30%) is still used but carries a `warning` that the reader turns
 * into a `note`, because a few odd bytes in an otherwise readable article should not cost the article.
 * When chardet offers no encoding at all the input fails with E_ENCODING; bytes that decode to control
 * characters (NUL, …) are binary and fail with E_BINARY.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ParleyError } from '../../core/errors.js';

export interface Decoded {
  text: string;
  /** Lower-case encoding name (utf-8, utf-16le, utf-16be, windows-1251, windows-1252, iso-8859-1, ...). */
  encoding: string;
  /** Set when the encoding is a guess the reader should tell the user about. */
  warning?: string;
}

export interface DecodeHints {
  /** Charset declared by the container (HTTP Content-Type); wins over everything but a BOM. */
  declared?: string | null;
  /** Look for <meta charset> / <?xml encoding?> in the first bytes. */
  sniffDeclaration?: boolean;
}

// A handful of fixed signatures; file-type knows hundreds of formats but all we need is "not text".
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { name: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74] },
  { name: 'OLE2 (old Office)', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: '7-Zip', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a] },
];

const SNIFF_BYTES = 8192;
// Signatures a text could begin with ("RIFF", "BZh") are left to the NUL-byte check, which catches them anyway.

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** The name of a binary format the bytes start with, if any. */
export function binaryMagic(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.name;
  return null;
}

/** BOM-less UTF-16 shows as NULs in every other byte of Latin-script text. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** The charset an HTML or XML document declares in its first bytes (<meta charset>, http-equiv, <?xml encoding?>). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType) : null;
  return m ? m[1]! : null;
}

/** WHATWG treats these labels as windows-1252; iconv-lite does not know some of them. */
function normaliseLabel(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l === 'ascii' || l === 'us-ascii') return 'windows-1252';
  if (l === 'cp1251') return 'windows-1251';
  if (l === 'cp1252') return 'windows-1252';
  if (l === 'latin1' || l === 'latin-1') return 'iso-8859-1';
  return iconv.encodingExists(l) ? l : null;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Control characters that never occur in text (TAB, LF, VT, FF, CR and ESC-free text are fine).
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/;

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return stripBom(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  return stripBom(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false }));
}

/**
 * chardet's statistics are weak on short Western texts (it may say ISO-8859-2 for French); Western
 * encodings are by far the most common legacy ones, so one close behind the leader wins.
 */
function preferWestern<T extends { name: string; confidence: number }>(guesses: readonly T[]): T | undefined {
  const best = guesses[0];
  if (!best || /^(windows-1252|iso-8859-1|iso-8859-15)$/.test(best.name)) return best;
  const western = guesses.find((g) => /^(windows-1252|iso-8859-1|iso-8859-15)$/.test(g.name));
  const latinRival = /^(windows-125[04-9]|iso-8859-(2|3|4|9|10|13|14|16))$/.test(best.name);
  return western && latinRival && best.confidence - western.confidence <= 15 ? western : best;
}

/** Single-byte encodings chardet names that we accept as a plausible legacy guess. */
const LEGACY = /^(windows-125\d|iso-8859-\d+|koi8-r|ibm866)$/;

/**
 * Decodes a file's or response's bytes. Throws ParleyError E_EMPTY, E_BINARY or E_ENCODING (named
 * after `input`). The returned text starts after the BOM, if there was one.
 */
export function decodeBytes(bytes: Uint8Array, input: string, hints: DecodeHints = {}): Decoded {
  if (bytes.length === 0) throw new ParleyError('E_EMPTY', input, 'empty file');
  const magic = binaryMagic(bytes);
  if (magic) throw new ParleyError('E_BINARY', input, `binary file (${magic}), not text`);

  const result = decodeUnchecked(bytes, input, hints);
  if (CONTROL.test(result.text.slice(0, SNIFF_BYTES))) throw new ParleyError('E_BINARY', input, 'binary file (control bytes), not text');
  if (!result.text.trim()) throw new ParleyError('E_EMPTY', input, 'no text (only whitespace)');
  return result;
}

function decodeUnchecked(bytes: Uint8Array, input: string, hints: DecodeHints): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeWith(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeWith(bytes, 'utf-16be'), encoding: 'utf-16be' };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16 };
  if (hasNul(bytes)) throw new ParleyError('E_BINARY', input, 'binary file (NUL bytes), not text');

  const declaredLabel = hints.declared ?? (hints.sniffDeclaration ? declaredCharset(bytes) : null);
  const declared = declaredLabel ? normaliseLabel(declaredLabel) : null;
  // A UTF-16 declaration inside ASCII-compatible bytes is a lie (HTML spec: treat as UTF-8).
  if (declared && !declared.startsWith('utf-16')) {
    if (declared === 'utf-8') {
      const text = tryUtf8(bytes);
      if (text !== null) return { text: stripBom(text), encoding: 'utf-8' };
    } else {
      // Well-formed UTF-8 with multi-byte characters is no legacy text (a page saved or served as UTF-8
      // under an old declaration, a server's default "charset=ISO-8859-1"): read as declared it is mojibake.
      const utf8 = tryUtf8(bytes);
      if (utf8 !== null && scanUtf8(bytes.subarray(0, 65536)).multiByte > 0) {
        return { text: stripBom(utf8), encoding: 'utf-8', warning: `declares ${declared} but the bytes are UTF-8; read as UTF-8` };
      }
      return { text: decodeWith(bytes, declared), encoding: declared };
    }
  }

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const damaged = strayInvalidUtf8(bytes, declared === 'utf-8');
  if (damaged) return damaged;

  const guesses = chardet
    .analyse(bytes.subarray(0, 65536))
    .map((g) => ({ name: g.name.toLowerCase(), confidence: g.confidence }))
    .filter((g) => iconv.encodingExists(g.name) && (LEGACY.test(g.name) || g.confidence >= 50));
  const best = preferWestern(guesses);
  if (!best) throw new ParleyError('E_ENCODING', input, 'not UTF-8, and no legacy encoding fits the bytes');
  // Latin-1 labels mean windows-1252 on the web: 0x80-0x9F are its punctuation, not C1 controls.
  const name = best.name === 'iso-8859-1' && bytes.some((b) => b >= 0x80 && b <= 0x9f) ? 'windows-1252' : best.name;
  const text = decodeWith(bytes, name);
  return best.confidence >= 30 ? { text, encoding: name } : { text, encoding: name, warning: `not valid UTF-8; decoded as ${name} (a guess, confidence ${best.confidence}%)` };
}

/** What a scan of the bytes as UTF-8 finds (sequences as the WHATWG decoder delimits them). */
export interface Utf8Scan {
  /** Well-formed sequences of 2 to 4 bytes. */
  multiByte: number;
  /** Ill-formed sequences: each becomes one U+FFFD. */
  invalidSequences: number;
  /** Bytes inside ill-formed sequences. */
  invalidBytes: number;
}

// Hand-written: TextDecoder only says "invalid" (fatal) or replaces silently; we need the counts.
/** Counts well-formed multi-byte and ill-formed sequences, delimited as the WHATWG UTF-8 decoder does. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multiByte: 0, invalidSequences: 0, invalidBytes: 0 };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      scan.invalidSequences++;
      scan.invalidBytes++;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (c === undefined || c < lo || c > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xbf;
    }
    if (ok) scan.multiByte++;
    else {
      // The maximal ill-formed prefix is one U+FFFD; the byte that broke it is read again.
      scan.invalidSequences++;
      scan.invalidBytes += j - i;
    }
    i = j;
  }
  return scan;
}

/**
 * Decodes bytes that are UTF-8 apart from a few stray invalid bytes, or returns null. Threshold: at most
 * one ill-formed sequence per 1,000 bytes (at least one allowed), and at least as many well-formed
 * multi-byte sequences as ill-formed ones, so something positively says UTF-8. A legacy text with accented
 * letters fails both (every accented letter is ill-formed UTF-8). ASCII with one stray high byte has no
 * UTF-8 evidence and is left to the legacy guess (0x92 there is a windows-1252 apostrophe) unless the
 * document declares UTF-8.
 */
function strayInvalidUtf8(bytes: Uint8Array, declaredUtf8: boolean): Decoded | null {
  const scan = scanUtf8(bytes);
  if (scan.invalidSequences === 0) return null;
  if (scan.invalidSequences > Math.max(1, Math.floor(bytes.length / 1000))) return null;
  if (!declaredUtf8 && scan.multiByte < scan.invalidSequences) return null;
  const count = scan.invalidBytes === 1 ? '1 invalid byte' : `${scan.invalidBytes} invalid bytes`;
  return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', warning: `not valid UTF-8 in ${scan.invalidSequences === 1 ? '1 place' : `${scan.invalidSequences} places`}: decoded as UTF-8, replaced ${count} with U+FFFD` };
}
