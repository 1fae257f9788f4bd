import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/core/paths.js';
import { exportJsonChunks } from '../src/export/export.js';
import { exportCsvChunks, exportJsonlChunks } from '../src/export/formats.js';
import { syncPropositions } from '../src/corpus/positions.js';
import { csvCell } from '../src/export/formats.js';
import { recordCorrection } from '../src/corpus/corrections.js';
import { defaultKnowledge, seedFiles, seedStore } from './helpers/seeds.js';

const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'export.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

interface Span {
  start: number;
  end: number;
  text: string;
}

describe('parley/export@1 on the seeds', () => {
  const store = seedStore();
  // What `parley ingest` does after storing: record pack and discovered propositions.
  syncPropositions(store, defaultKnowledge());
  afterAll(() => store.close());
  const exported = JSON.parse([...exportJsonChunks(store)].join(''));

  it('validates against the published JSON Schema', () => {
    const ok = validate(exported);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('names each file document by its base name', () => {
    expect(exported.documents.map((d: { name: string }) => d.name).sort()).toEqual(seedFiles());
  });

  it('keeps every span exact: text.slice(start, end) === span.text, for everything emitted', () => {
    const texts = new Map<string, string>(exported.documents.map((d: { id: string; text: string }) => [d.id, d.text]));
    const check = (doc: string, s: Span | null, what: string) => {
      if (!s) return;
      const text = texts.get(doc);
      expect(text, `${what}: unknown document ${doc}`).toBeDefined();
      expect(text!.slice(s.start, s.end), `${what} in ${doc} at ${s.start}-${s.end}`).toBe(s.text);
    };
    let checked = 0;
    for (const section of ['mentions', 'quotes', 'stances', 'events']) expect(exported[section].length, `${section} on the seeds`).toBeGreaterThan(0);
    for (const d of exported.documents) {
      for (const z of d.zones) {
        expect(z.end).toBeGreaterThan(z.start);
        expect(z.end).toBeLessThanOrEqual(d.text.length);
      }
    }
    for (const m of exported.mentions) (check(m.doc, m, 'mention'), checked++);
    for (const q of exported.quotes) {
      check(q.doc, q, 'quote');
      check(q.doc, q.source, 'quote source');
      check(q.doc, q.cue, 'quote cue');
      checked++;
    }
    for (const e of exported.events) {
      check(e.doc, e.evidence, 'event evidence');
      check(e.doc, e.trigger, 'event trigger');
      check(e.doc, e.dateText, 'event date');
      check(e.doc, e.location, 'event location');
      checked++;
    }
    for (const s of exported.stances) {
      check(s.doc, s.evidence, 'stance evidence');
      check(s.doc, s.condition, 'stance condition');
      checked++;
    }
    expect(checked).toBe(exported.mentions.length + exported.quotes.length + exported.events.length + exported.stances.length);
  });

  it('refers only to actors and documents that exist', () => {
    const actors = new Set(exported.actors.map((a: { id: string }) => a.id));
    const docs = new Set(exported.documents.map((d: { id: string }) => d.id));
    for (const m of exported.mentions) {
      expect(docs.has(m.doc)).toBe(true);
      if (m.actor) expect(actors.has(m.actor), `mention actor ${m.actor}`).toBe(true);
    }
    for (const q of exported.quotes) if (q.speaker) expect(actors.has(q.speaker), `speaker ${q.speaker}`).toBe(true);
    for (const a of exported.actors) if (a.party) expect(actors.has(a.party), `party ${a.party} of ${a.id}`).toBe(true);
  });

  it('lists the propositions, so every stance proposition id resolves to a label and statement', () => {
    expect(exported.propositions.length).toBeGreaterThan(0);
    const byId = new Map<string, { label: string; statement: string; origin: string }>(exported.propositions.map((p: { id: string }) => [p.id, p]));
    for (const p of exported.propositions) {
      expect(Object.keys(p).sort()).toEqual(['id', 'label', 'origin', 'statement']);
      expect(p.label.length).toBeGreaterThan(0);
    }
    const packIds = [...defaultKnowledge().propositions.keys()];
    for (const id of packIds) expect(byId.has(id), `pack proposition ${id}`).toBe(true);
    // Discovered ones too, even those too rare for the matrix: no stance names an id the export does not define.
    for (const s of exported.stances) expect(byId.has(s.proposition), `stance proposition ${s.proposition}`).toBe(true);
    const lines = [...exportJsonlChunks(store)].join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'proposition')).toHaveLength(exported.propositions.length);
  });

  it('writes the same records as JSON Lines and one CSV row per cited annotation', () => {
    const lines = [...exportJsonlChunks(store)].join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: 'header', record: 'header', schema: 'parley/export@1' });
    expect(lines.filter((l) => l.type === 'document')).toHaveLength(exported.documents.length);
    expect(lines.filter((l) => l.type === 'quote')).toHaveLength(exported.quotes.length);
    // `record` names every line's kind, also on actors and events, whose `type` is their own (person, AGREE).
    const sections = { document: 'documents', actor: 'actors', mention: 'mentions', quote: 'quotes', event: 'events', stance: 'stances' } as const;
    for (const [record, section] of Object.entries(sections)) expect(lines.filter((l) => l.record === record), record).toHaveLength(exported[section].length);
    const actor = lines.find((l) => l.record === 'actor');
    if (actor) expect(actor.type).toBe(exported.actors.find((a: { id: string }) => a.id === actor.id)!.type);
    const csv = [...exportCsvChunks(store)].join('');
    const rows = csv.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('type,id,doc,start,end,text,actor,kind,proposition,date,confidence,party,targets,negated,modality,condition,review,reviewed,label,copyOf');
    expect(rows.length - 1).toBeGreaterThanOrEqual(exported.mentions.length + exported.quotes.length + exported.stances.length);
    // A stance row names its proposition as people read it, as the propositions section labels it.
    const labelOf = new Map<string, string>(exported.propositions.map((p: { id: string; label: string }) => [p.id, p.label]));
    const stanceRows = parseCsv(csv).filter((r) => r[0] === 'stance');
    expect(stanceRows.length).toBe(exported.stances.length);
    for (const r of stanceRows) expect(r[18]).toBe(labelOf.get(r[8]!));
  });
});

describe('CSV export of a reviewed corpus', () => {
  it('says what a person made of a stance or a quote, and writes an event’s negation and mode', () => {
    const store = seedStore();
    try {
      const exported = JSON.parse([...exportJsonChunks(store)].join(''));
      const [rejected, changed] = exported.stances as { id: string; stance: string }[];
      const quote = (exported.quotes as { id: string; speaker: string | null }[]).find((q) => q.speaker)!;
      recordCorrection(store, { kind: 'stance', action: 'reject', stanceId: rejected!.id });
      const to = changed!.stance === 'support' ? 'oppose' : 'support';
      recordCorrection(store, { kind: 'stance', action: 'set-stance', stanceId: changed!.id, stance: to });
      recordCorrection(store, { kind: 'quote', action: 'reject', quoteId: quote.id });
      const table = parseCsv([...exportCsvChunks(store)].join(''));
      const [header, ...rows] = table;
      const row = (type: string, id: string) => Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[0] === type && r[1] === id)![i]]));
      expect(row('stance', rejected!.id)).toMatchObject({ review: 'rejected', reviewed: '' });
      expect(row('stance', changed!.id)).toMatchObject({ kind: changed!.stance, review: 'confirmed', reviewed: to });
      expect(row('quote', quote.id)).toMatchObject({ actor: quote.speaker, review: 'rejected', reviewed: '' });
      const events = rows.filter((r) => r[0] === 'event').map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
      expect(events.length).toBe(exported.events.length);
      for (const [i, e] of (exported.events as { negated: boolean; modality: string }[]).entries()) {
        expect(events[i]!.negated).toBe(String(e.negated));
        expect(events[i]!.modality).toBe(e.modality);
      }
    } finally {
      store.close();
    }
  });
});

/** RFC 4180 rows (quoted cells may hold commas, doubled quotes and line breaks). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['plain, text', '"plain, text"'],
    ['said "no"', '"said ""no"""'],
    ['a-b', 'a-b'],
  ])('guards %j', (input, expected) => expect(csvCell(input)).toBe(expected));

  it('writes numbers, null and booleans unguarded', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(false)).toBe('false');
  });
});
