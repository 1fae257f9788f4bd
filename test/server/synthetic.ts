/**
 * Synthetic annotated documents written straight into a store (no pipeline), so API tests, the browser
 * test and the API benchmark have known mentions, quotes, stances and events at known spans whatever the
 * state of the stages. Every span is computed from the text, so `text.slice(start, end)` holds.
 */
import { createHash } from 'node:crypto';
import type { ActorType, DocumentAnalysis, DocumentMetadata, StoredDocument, StanceValue } from '../../src/core/model.js';
import type { TextSpan } from '../../src/core/span.js';
import type { ActorRecord, EntityResolution } from '../../src/corpus/actors/types.js';
import type { Store } from '../../src/store/store.js';

interface ActorSpec {
  id: string;
  name: string;
  type: ActorType;
  party: string | null;
}

export const SYNTHETIC_ACTORS: ActorSpec[] = [
  { id: 'russia', name: 'Russia', type: 'country', party: null },
  { id: 'ukraine', name: 'Ukraine', type: 'country', party: null },
  { id: 'united-states', name: 'United States', type: 'country', party: null },
  { id: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'person', party: 'russia' },
  { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', type: 'person', party: 'ukraine' },
  { id: 'marco-rubio', name: 'Marco Rubio', type: 'person', party: 'united-states' },
];

export const SYNTHETIC_PROPOSITIONS = [
  { id: 'ceasefire', label: '30-day ceasefire', statement: 'An immediate 30-day ceasefire across the front line.' },
  { id: 'nato-membership', label: 'NATO membership', statement: 'Ukraine becoming a member of NATO.' },
  { id: 'sanctions-relief', label: 'sanctions relief', statement: 'Lifting sanctions on Russia.' },
];

const OUTLETS = ['Reuters', 'AP', 'Al Jazeera', 'BBC', 'CNBC', 'Kyiv Independent'];
const STANCES: StanceValue[] = ['support', 'oppose', 'conditional', 'neutral'];
const VERB: Record<StanceValue, string> = { support: 'backed', oppose: 'rejected', conditional: 'would accept only with guarantees', neutral: 'declined to comment on' };

function inferred<T>(value: T | null, origin: string) {
  return { value, origin, confidence: value === null ? 0 : 1 };
}

/** A small text builder that records the span of every piece it appends. */
class TextBuilder {
  text = '';
  add(s: string): TextSpan {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
}

export interface SyntheticOptions {
  /** Article number; varies the speakers, stances, outlet and date. */
  i: number;
  /** Extra words so documents are not all identical in size. */
  filler?: number;
}

/** One synthetic article with every annotation kind. */
export function syntheticDocument({ i, filler = 3 }: SyntheticOptions): Parameters<Store['writeDocument']>[0] {
  const b = new TextBuilder();
  const day = 1 + (i % 28);
  const published = `2025-03-${String(day).padStart(2, '0')}`;
  const outlet = OUTLETS[i % OUTLETS.length]!;
  const speaker = SYNTHETIC_ACTORS[3 + (i % 3)]!;
  const party = SYNTHETIC_ACTORS.find((a) => a.id === speaker.party)!;
  const other = SYNTHETIC_ACTORS[(i + 1) % 3]!;
  const prop = SYNTHETIC_PROPOSITIONS[i % SYNTHETIC_PROPOSITIONS.length]!;
  const stance = STANCES[(i * 7) % STANCES.length]!;

  const title = b.add(`Talks update ${i}: ${party.name} and ${other.name} trade positions`);
  b.add('\n');
  const caption = b.add(`Photo: delegates arrive for talks, March ${day}, 2025. Reuters`);
  b.add('\n');
  const s1Start = b.text.length;
  const m1 = b.add(speaker.name);
  b.add(' said on Tuesday that ');
  const m2 = b.add(party.name);
  b.add(' ');
  const trigger = b.add(VERB[stance]);
  b.add(` the ${prop.label} plan proposed by `);
  const m3 = b.add(other.name);
  b.add('.');
  const s1End = b.text.length;
  b.add(' ');
  const s2Start = b.text.length;
  b.add('"');
  const quote = b.add(`We will study every proposal ${i} carefully, but our interests come first`);
  b.add('," ');
  const m4 = b.add(speaker.name.split(' ').pop()!);
  b.add(' ');
  const cue = b.add('told reporters');
  b.add('.');
  const s2End = b.text.length;
  b.add(' ');
  const s3Start = b.text.length;
  const m5 = b.add(other.name);
  b.add(' ');
  const meet = b.add('met');
  b.add(' ');
  const m6 = b.add(party.name);
  b.add(` negotiators in Riyadh ${Array.from({ length: filler }, (_, k) => `round${(i + k) % 97}`).join(' ')}.`);
  const s3End = b.text.length;
  b.add('\n');
  const boiler = b.add('Subscribe to our newsletter for daily updates.');
  const text = b.text;

  const hash = createHash('sha256').update(text).digest('hex');
  const metadata: DocumentMetadata = {
    title: inferred(title.text, 'synthetic'),
    outlet: inferred(outlet, 'synthetic'),
    published: inferred(published, 'synthetic'),
    language: inferred('en', 'synthetic'),
    byline: inferred(null, 'none'),
  };
  const document: StoredDocument = {
    id: hash.slice(0, 16),
    name: `synthetic-${i}.txt`,
    source: `synthetic:${i}`,
    url: `https://example.org/news/${i}`,
    format: 'text',
    encoding: 'utf-8',
    text,
    contentHash: hash,
    zones: [
      { kind: 'title', start: title.start, end: title.end, rule: 'synthetic' },
      { kind: 'caption', start: caption.start, end: caption.end, rule: 'synthetic' },
      { kind: 'body', start: s1Start, end: s3End, rule: 'synthetic' },
      { kind: 'subscription', start: boiler.start, end: boiler.end, rule: 'synthetic' },
    ],
    metadata,
    duplicateOf: null,
    duplicateSimilarity: null,
    ingestedAt: new Date(Date.UTC(2025, 2, day)).toISOString(),
  };
  const prov = (stage: string) => ({ stage, rule: 'synthetic', confidence: 0.9 });
  // Entities: 0 speaker, 1 party, 2 other.
  const analysis: DocumentAnalysis = {
    sentences: [
      { start: s1Start, end: s1End, paragraph: 2, zone: 'body' },
      { start: s2Start, end: s2End, paragraph: 2, zone: 'body' },
      { start: s3Start, end: s3End, paragraph: 2, zone: 'body' },
    ],
    entities: [
      { type: speaker.type, name: speaker.name, packId: speaker.id, party: speaker.party, roles: ['spokesman'], mentions: [0, 3] },
      { type: party.type, name: party.name, packId: party.id, party: party.id, roles: [], mentions: [1, 5] },
      { type: other.type, name: other.name, packId: other.id, party: other.id, roles: [], mentions: [2, 4] },
    ],
    mentions: [
      { ...m1, entity: 0, kind: 'name', provenance: prov('actors') },
      { ...m2, entity: 1, kind: 'name', provenance: prov('actors') },
      { ...m3, entity: 2, kind: 'name', provenance: prov('actors') },
      { ...m4, entity: 0, kind: 'name', provenance: prov('actors') },
      { ...m5, entity: 2, kind: 'name', provenance: prov('actors') },
      { ...m6, entity: 1, kind: 'name', provenance: prov('actors') },
    ],
    quotes: [{ ...quote, kind: 'direct', cue, source: m4, speaker: 0, provenance: prov('quotes') }],
    events: [
      {
        type: stance === 'oppose' ? 'REJECT' : stance === 'support' ? 'SUPPORT' : 'STATEMENT',
        mode: null,
        actors: [0],
        targets: [2],
        negated: false,
        modality: 'asserted',
        date: published,
        dateText: null,
        location: null,
        trigger,
        evidence: { start: s1Start, end: s1End, text: text.slice(s1Start, s1End) },
        provenance: prov('events'),
      },
      {
        type: 'CONSULT',
        mode: 'visit',
        actors: [2],
        targets: [1],
        negated: false,
        modality: 'asserted',
        date: published,
        dateText: null,
        location: null,
        trigger: meet,
        evidence: { start: s3Start, end: s3End, text: text.slice(s3Start, s3End) },
        provenance: prov('events'),
      },
    ],
    stances: [
      {
        actor: 0,
        proposition: prop.id,
        stance,
        condition: null,
        date: published,
        evidence: { start: s1Start, end: s1End, text: text.slice(s1Start, s1End) },
        quote: null,
        provenance: prov('stances'),
      },
    ],
  };
  const record = (a: ActorSpec, mentions: number): ActorRecord => ({ id: a.id, name: a.name, type: a.type, packId: a.id, party: a.party ?? (a.type === 'country' ? a.id : null), roles: [], aliases: [a.name], mentionCount: mentions, docCount: 1 });
  const resolution: EntityResolution = {
    actorIds: [speaker.id, party.id, other.id],
    upserts: [speaker, party, other].map((a) => ({ actor: { ...record(a, 0), mentionCount: 0, docCount: 0 }, keys: [a.name.toLowerCase()] })),
  };
  return { document, analysis, resolution, minhash: null };
}

/** Writes `n` synthetic articles (and the propositions they use) in one transaction. */
export function writeSynthetic(store: Store, n: number, first = 0, filler = 3): string[] {
  const ids: string[] = [];
  const prop = store.db.prepare(`INSERT OR IGNORE INTO propositions (id, label, statement, origin) VALUES (?, ?, ?, 'pack')`);
  store.db.transaction(() => {
    for (const p of SYNTHETIC_PROPOSITIONS) prop.run(p.id, p.label, p.statement);
    for (let i = first; i < first + n; i++) {
      const w = syntheticDocument({ i, filler });
      if (store.findByHash(w.document.contentHash)) continue;
      store.writeDocumentUnsafe(w);
      ids.push(w.document.id);
    }
  })();
  return ids;
}
