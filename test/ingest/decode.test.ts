import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { binaryMagic, charsetOfContentType, declaredCharset, decodeBytes, sniffUtf16 } from '../../src/ingest/readers/decode.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const ADVERSARIAL = [
  'Zelensky said: “We’re ready.” 🇺🇦🕊️ — 30-day ceasefire',
  'Путин заявил: «Мы готовы к переговорам».',
  'الرئيس قال إن الهدنة ممكنة',
  '習近平 と 会談 した。 한국어 문장.',
  'non\u00a0breaking\u00a0space and\u2009thin space',
  'line one\r\nline two\r\n\r\nline four\rold mac\n',
  'combining e\u0301 and emoji family 👨‍👩‍👧‍👦',
];

describe('decodeBytes', () => {
  it.each(ADVERSARIAL)('keeps UTF-8 text exactly: %s', (s) => {
    const d = decodeBytes(utf8(s), 'x');
    expect(d.text).toBe(s);
    expect(d.encoding).toBe('utf-8');
  });

  it('strips a UTF-8 BOM so the text begins after it', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Hello\r\nworld')]), 'x');
    expect(d.text).toBe('Hello\r\nworld');
    expect(d.encoding).toBe('utf-8');
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    const s = ADVERSARIAL[0]! + '\r\n' + ADVERSARIAL[1]!;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBytes(le, 'x')).toEqual({ text: s, encoding: 'utf-16le' });
    expect(decodeBytes(be, 'x')).toEqual({ text: s, encoding: 'utf-16be' });
  });

  it('sniffs BOM-less UTF-16 by its NUL pattern', () => {
    const s = 'Talks in Riyadh ended on Tuesday with a statement.\nSecond paragraph.';
    const le = Buffer.from(s, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    expect(sniffUtf16(le)).toBe('utf-16le');
    expect(decodeBytes(le, 'x')).toEqual({ text: s, encoding: 'utf-16le' });
    expect(decodeBytes(be, 'x')).toEqual({ text: s, encoding: 'utf-16be' });
    expect(sniffUtf16(utf8(s))).toBeNull();
  });

  it('detects Windows-1251 Russian text', () => {
    const s = 'Переговоры о прекращении огня продолжились в Москве в четверг. Президент заявил, что готов обсудить условия перемирия.';
    const d = decodeBytes(iconv.encode(s, 'windows-1251'), 'x');
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toBe(s);
  });

  it('detects Windows-1252 (curly quotes in 0x80-0x9F) and Latin-1', () => {
    const s = 'Les négociations ont repris à Genève — « un cessez-le-feu » était prévu, a déclaré le ministre. “Oui,” dit-il.';
    const d = decodeBytes(iconv.encode(s, 'windows-1252'), 'x');
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe(s);
    const latin = 'El ministro habló en Ginebra: la tregua comenzará mañana, según fuentes oficiales españolas.';
    const l = decodeBytes(iconv.encode(latin, 'latin1'), 'x');
    expect(['iso-8859-1', 'windows-1252']).toContain(l.encoding);
    expect(l.text).toBe(latin);
  });

  it('prefers valid UTF-8 over any legacy guess', () => {
    const s = 'Переговоры — café';
    expect(decodeBytes(utf8(s), 'x').encoding).toBe('utf-8');
  });

  it('honours a declared charset (meta, xml, Content-Type)', () => {
    const html = '<html><head><meta charset="windows-1251"><title>т</title></head><body>Мир</body></html>';
    expect(decodeBytes(iconv.encode(html, 'windows-1251'), 'x', { sniffDeclaration: true })).toEqual({ text: html, encoding: 'windows-1251' });
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café</title></channel></rss>';
    expect(decodeBytes(iconv.encode(xml, 'latin1'), 'x', { sniffDeclaration: true }).text).toBe(xml);
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'))).toBe('koi8-r');
    expect(charsetOfContentType('text/html; charset="Windows-1252"')).toBe('Windows-1252');
    expect(decodeBytes(iconv.encode('Café crème', 'windows-1252'), 'x', { declared: 'windows-1252' }).text).toBe('Café crème');
  });

  it('refuses empty, whitespace-only and binary input', () => {
    expect(() => decodeBytes(Buffer.alloc(0), 'e.txt')).toThrow(/E_EMPTY|empty/);
    expect(() => decodeBytes(utf8(' \n\r\n\t'), 'w.txt')).toThrowError(expect.objectContaining({ code: 'E_EMPTY' }));
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', 'latin1');
    expect(binaryMagic(pdf)).toBe('PDF');
    expect(() => decodeBytes(pdf, 'a.pdf')).toThrowError(expect.objectContaining({ code: 'E_BINARY', input: 'a.pdf' }));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeBytes(png, 'a.png')).toThrowError(expect.objectContaining({ code: 'E_BINARY' }));
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    expect(() => decodeBytes(zip, 'a.zip')).toThrowError(expect.objectContaining({ code: 'E_BINARY' }));
    const nul = Buffer.from('some text\0\0\x01\x02 more bytes \0 here', 'latin1');
    expect(() => decodeBytes(nul, 'a.bin')).toThrowError(expect.objectContaining({ code: 'E_BINARY' }));
  });

  it('invalid UTF-8 that fits no encoding fails with E_ENCODING', () => {
    const junk = Buffer.from([0x41, 0xff, 0xfe, 0x80, 0x42, 0x9a, 0xc3, 0x28, 0x81, 0x8d]);
    expect(() => decodeBytes(junk, 'junk.txt')).toThrowError(expect.objectContaining({ code: 'E_ENCODING', input: 'junk.txt' }));
  });

  // Characters a text file cannot hold (C0 controls other than TAB/LF/VT/FF/CR/ESC) make it binary by design.
  const textChar = (s: string) => !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(s) && s.trim().length > 0;

  it('property: UTF-8 (with or without BOM) decodes to exactly the original string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).filter(textChar), fc.boolean(), (s, bom) => {
        const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), utf8(s)]);
        const d = decodeBytes(bytes, 'p');
        // A string that itself starts with U+FEFF is indistinguishable from a BOM; everything else is exact.
        const expected = !bom && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
        return d.text === expected && d.encoding === 'utf-8';
      }),
      { numRuns: 500 },
    );
  });

  it('property: UTF-16 LE/BE with BOM round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }).filter(textChar), fc.boolean(), (s, littleEndian) => {
        const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
        if (!littleEndian) le.swap16();
        return decodeBytes(le, 'p').text === s;
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeBytes: UTF-8 with a few stray invalid bytes', () => {
  const textChar = (s: string) => !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(s) && s.trim().length > 0;
  const quote = 'Kremlin spokesman Dmitry Peskov said that “Russia will study the proposal carefully” before responding.\n';

  it('stays UTF-8, replaces the stray byte with U+FFFD and says how many bytes were replaced', () => {
    const bytes = Buffer.from(quote.replace('before', 'before\u0000s'), 'utf8');
    bytes[bytes.indexOf(0)] = 0x92; // a lone windows-1252 apostrophe pasted into UTF-8 text
    const d = decodeBytes(bytes, 'm.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(quote.replace('before', 'before\ufffds'));
    expect(d.warning).toMatch(/1 invalid byte\b.*U\+FFFD/);
  });

  it('counts every replaced byte, including a truncated multi-byte sequence', () => {
    const body = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: talks in Genève — “progress” was reported.`).join('\n');
    const bytes = Buffer.concat([utf8(body.slice(0, 500)), Buffer.from([0xe2, 0x80]), utf8(' x '), Buffer.from([0xff]), utf8(body.slice(500))]);
    const d = decodeBytes(bytes, 'm.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(`${body.slice(0, 500)}\ufffd x \ufffd${body.slice(500)}`);
    expect(d.warning).toMatch(/3 invalid bytes/);
  });

  it('property: one stray byte in UTF-8 text holding a non-ASCII character becomes one U+FFFD, the rest exact', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 2, maxLength: 120 }).filter((s) => textChar(s) && /[^\x00-\x7f]/.test(s) && !s.includes('\ufffd'));
    fc.assert(
      fc.property(text, fc.nat(), fc.constantFrom(0x80, 0x92, 0xbf, 0xc0, 0xff), (s, at, stray) => {
        const points = [...s];
        const cut = at % (points.length + 1);
        const head = points.slice(0, cut).join('');
        const tail = points.slice(cut).join('');
        if (head.charCodeAt(0) === 0xfeff || (!head && tail.charCodeAt(0) === 0xfeff)) return true;
        const d = decodeBytes(Buffer.concat([utf8(head), Buffer.from([stray]), utf8(tail)]), 'p');
        return d.encoding === 'utf-8' && d.text === `${head}\ufffd${tail}` && /1 invalid byte\b/.test(d.warning ?? '');
      }),
      { numRuns: 300 },
    );
  });

  it('a legacy text is not mistaken for damaged UTF-8: too many invalid bytes, or no valid multi-byte sequence', () => {
    // ASCII plus one windows-1252 apostrophe: nothing says UTF-8, so the legacy decoding stands.
    const ascii = Buffer.from('The minister said the plan wasn\x92t acceptable to either side in its present form.', 'latin1');
    expect(decodeBytes(ascii, 'a.txt')).toMatchObject({ encoding: 'windows-1252', text: 'The minister said the plan wasn’t acceptable to either side in its present form.' });
    // windows-1252 text that happens to hold one valid UTF-8 pair ("Â©" = C2 A9) among many invalid bytes.
    const s = 'Les négociations ont repris à Genève : « un cessez-le-feu » était prévu. Â© Agence.';
    const legacy = iconv.encode(s, 'windows-1252');
    const d = decodeBytes(legacy, 'l.txt');
    expect(['windows-1252', 'iso-8859-1']).toContain(d.encoding);
    expect(d.text).toBe(s);
  });
});
