/**
 * Numbered schema migrations. The database's `user_version` is the number of the last one applied.
 * Add a migration by appending to the list; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Migration 9's back-fill of the timeline rows from the events and stances: also what `Store.compact` runs again
 * after a VACUUM, which may renumber the rowids the rows hold.
 */
export const TIMELINE_BACKFILL = `-- The rows of a database written before this migration.
INSERT OR IGNORE INTO timeline_shapes (shape) SELECT json_array(e.type, e.mode, e.negated, e.modality, e.actors_json, e.targets_json) FROM events e WHERE e.type <> 'STATEMENT' ORDER BY e.rowid;
INSERT INTO timeline_events (event, date, seq, idx, claim, shape, root, evidence_start)
  SELECT e.rowid, CASE WHEN e.date IS NOT NULL AND e.modality = 'asserted' AND d.published IS NOT NULL AND e.date > d.published
  AND substr(d.published, 1, length(e.date)) <> e.date THEN d.published ELSE coalesce(e.date, d.published) END,
         d.seq, e.idx, m.claim_id, sh.id, CASE WHEN d.duplicate_of IS NULL THEN d.seq ELSE (SELECT o.seq FROM documents o WHERE o.id = d.duplicate_of) END, e.evidence_start
  FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN claim_members m ON m.item_id = e.id JOIN timeline_shapes sh ON sh.shape = json_array(e.type, e.mode, e.negated, e.modality, e.actors_json, e.targets_json)
  WHERE e.type <> 'STATEMENT';
INSERT OR IGNORE INTO timeline_shapes (shape) SELECT json_array(coalesce(s.party_id, s.actor_id), s.actor_id, s.proposition, s.stance, s.party_id IS NOT NULL) FROM stances s JOIN documents d ON d.id = s.doc_id WHERE d.duplicate_of IS NULL ORDER BY s.rowid;
INSERT INTO timeline_stances (seq, idx, stance, date, shape, had_text, proposition)
  SELECT d.seq, s.idx, s.rowid, coalesce(s.date, d.published), sh.id, CASE WHEN instr(s.evidence_text, 'had ') OR (s.stance = 'oppose' AND (instr(s.evidence_text, 'offer') OR instr(s.evidence_text, 'propos') OR instr(s.evidence_text, 'bid') OR instr(s.evidence_text, 'demand') OR instr(s.evidence_text, 'price'))) THEN s.evidence_text END, s.proposition
  FROM stances s JOIN documents d ON d.id = s.doc_id JOIN timeline_shapes sh ON sh.shape = json_array(coalesce(s.party_id, s.actor_id), s.actor_id, s.proposition, s.stance, s.party_id IS NOT NULL)
  WHERE d.duplicate_of IS NULL;
`;
/**
 * The statements of migration 9's triggers that write an event's or a stance's timeline row from NEW: the same for
 * an insert and an update (SQLite triggers cannot share a procedure, so the text is shared here).
 */
const TIMELINE_EVENT_ROW = `  INSERT OR IGNORE INTO timeline_shapes (shape) VALUES (json_array(NEW.type, NEW.mode, NEW.negated, NEW.modality, NEW.actors_json, NEW.targets_json));
  INSERT INTO timeline_events (event, date, seq, idx, claim, shape, root, evidence_start)
    SELECT NEW.rowid, CASE WHEN NEW.date IS NOT NULL AND NEW.modality = 'asserted' AND d.published IS NOT NULL AND NEW.date > d.published
  AND substr(d.published, 1, length(NEW.date)) <> NEW.date THEN d.published ELSE coalesce(NEW.date, d.published) END,
           d.seq, NEW.idx, (SELECT m.claim_id FROM claim_members m WHERE m.item_id = NEW.id), (SELECT sh.id FROM timeline_shapes sh WHERE sh.shape = json_array(NEW.type, NEW.mode, NEW.negated, NEW.modality, NEW.actors_json, NEW.targets_json)),
           CASE WHEN d.duplicate_of IS NULL THEN d.seq ELSE (SELECT o.seq FROM documents o WHERE o.id = d.duplicate_of) END, NEW.evidence_start
    FROM documents d WHERE d.id = NEW.doc_id`;
const TIMELINE_STANCE_ROW = `  INSERT OR IGNORE INTO timeline_shapes (shape) SELECT json_array(coalesce(NEW.party_id, NEW.actor_id), NEW.actor_id, NEW.proposition, NEW.stance, NEW.party_id IS NOT NULL) FROM documents d WHERE d.id = NEW.doc_id AND d.duplicate_of IS NULL;
  INSERT INTO timeline_stances (seq, idx, stance, date, shape, had_text, proposition)
    SELECT d.seq, NEW.idx, NEW.rowid, coalesce(NEW.date, d.published), (SELECT sh.id FROM timeline_shapes sh WHERE sh.shape = json_array(coalesce(NEW.party_id, NEW.actor_id), NEW.actor_id, NEW.proposition, NEW.stance, NEW.party_id IS NOT NULL)),
           CASE WHEN instr(NEW.evidence_text, 'had ') OR (NEW.stance = 'oppose' AND (instr(NEW.evidence_text, 'offer') OR instr(NEW.evidence_text, 'propos') OR instr(NEW.evidence_text, 'bid') OR instr(NEW.evidence_text, 'demand') OR instr(NEW.evidence_text, 'price'))) THEN NEW.evidence_text END, NEW.proposition
    FROM documents d WHERE d.id = NEW.doc_id AND d.duplicate_of IS NULL;`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, zones, annotations, actors',
    sql: `
CREATE TABLE parley_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO parley_meta (key, value) VALUES ('application', 'parley');

CREATE TABLE documents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  outlet TEXT,
  published TEXT,
  language TEXT,
  metadata_json TEXT NOT NULL,
  duplicate_of TEXT REFERENCES documents(id),
  duplicate_similarity REAL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

CREATE TABLE zones (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX zones_doc ON zones(doc_id);

-- MinHash LSH buckets for near-duplicate lookup.
CREATE TABLE minhash_bands (
  band_key TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX minhash_bands_key ON minhash_bands(band_key);
CREATE TABLE minhash_signatures (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
);

CREATE TABLE sentences (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  zone TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);

-- Corpus-level actors; pack actors keep their pack id as their id.
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  pack_id TEXT,
  party TEXT,
  roles_json TEXT NOT NULL DEFAULT '[]',
  aliases_json TEXT NOT NULL DEFAULT '[]',
  mention_count INTEGER NOT NULL DEFAULT 0,
  doc_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_type ON actors(type);
-- Blocking keys (phonetic codes, normalised names) for incremental cross-article resolution.
CREATE TABLE actor_keys (
  key TEXT NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  PRIMARY KEY (key, actor_id)
) WITHOUT ROWID;

-- Within-document entities and the corpus actor each resolved to.
CREATE TABLE entities (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  actor_id TEXT REFERENCES actors(id),
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  pack_id TEXT,
  party TEXT,
  roles_json TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX entities_actor ON entities(actor_id);

CREATE TABLE mentions (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  entity_idx INTEGER NOT NULL,
  actor_id TEXT REFERENCES actors(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
  source_start INTEGER, source_end INTEGER, source_text TEXT,
  speaker_entity INTEGER,
  speaker_actor TEXT REFERENCES actors(id),
  rule TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_speaker ON quotes(speaker_actor);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  actors_json TEXT NOT NULL,
  targets_json TEXT NOT NULL,
  negated INTEGER NOT NULL,
  modality TEXT NOT NULL,
  date TEXT,
  date_start INTEGER, date_end INTEGER, date_text TEXT,
  location_start INTEGER, location_end INTEGER, location_text TEXT,
  trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_date ON events(date);

CREATE TABLE propositions (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  statement TEXT NOT NULL,
  origin TEXT NOT NULL
);

CREATE TABLE stances (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  actor_entity INTEGER NOT NULL,
  actor_id TEXT REFERENCES actors(id),
  party_id TEXT,
  proposition TEXT NOT NULL,
  stance TEXT NOT NULL,
  cond_start INTEGER, cond_end INTEGER, cond_text TEXT,
  date TEXT,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  quote_id TEXT,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX stances_doc ON stances(doc_id);
CREATE INDEX stances_cell ON stances(actor_id, proposition);
CREATE INDEX stances_party_cell ON stances(party_id, proposition);
`,
  },
  {
    version: 2,
    name: 'human corrections',
    sql: `
-- A person's review of an extracted fact. Keyed by what the fact IS (document, span, proposition, actor),
-- not by its row id, so a correction survives re-analysis that renumbers annotations.
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  target_kind TEXT NOT NULL,          -- 'stance' | 'quote' | 'actor'
  target_id TEXT NOT NULL,            -- id at the time of the correction (informational)
  target_key TEXT NOT NULL,           -- stable JSON key, e.g. {"doc":..,"start":..,"end":..,"proposition":..}
  action TEXT NOT NULL,               -- 'confirm' | 'reject' | 'set-speaker' | 'merge' | 'split' | 'set-stance'
  value_json TEXT NOT NULL DEFAULT 'null',
  note TEXT,
  author TEXT NOT NULL DEFAULT 'user',
  created_at TEXT NOT NULL
);
CREATE INDEX corrections_target ON corrections(target_kind, target_key);
`,
  },
  {
    version: 3,
    name: 'claims across sources',
    sql: `
-- A claim is one statement (quote) or event as reported by one or more articles. \`sources\` counts
-- independent reports: a syndicated or spun copy (documents.duplicate_of) shares its original's root.
CREATE TABLE claims (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,                 -- 'quote' | 'event'
  block_key TEXT,                     -- events: type|negated|modality|actor ids
  speaker_actor TEXT,                 -- quotes: the speaker of the first report
  event_type TEXT,
  date TEXT,                          -- events: event date, else the first report's publication date
  tokens TEXT,                        -- quotes: the first report's normalised tokens
  first_item TEXT NOT NULL,           -- quote or event id of the first report
  first_doc TEXT NOT NULL,
  reports INTEGER NOT NULL DEFAULT 0,
  sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claims_event_block ON claims(block_key, date);
CREATE TABLE claim_members (
  item_id TEXT PRIMARY KEY,           -- quote or event id
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  root_doc TEXT NOT NULL,
  similarity REAL NOT NULL
);
CREATE INDEX claim_members_claim ON claim_members(claim_id, root_doc);
CREATE INDEX claim_members_doc ON claim_members(doc_id);
-- Blocking keys (speaker + prefix tokens) so a new quote is compared with candidate claims only.
CREATE TABLE claim_keys (
  key TEXT NOT NULL,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  PRIMARY KEY (key, claim_id)
) WITHOUT ROWID;
`,
  },
  {
    version: 4,
    name: 'document columns the corpus views read, as a covering index',
    sql: `
-- The timeline and the positions matrix join every event and stance to its document for the date, the
-- ingest order and the independent-source root. A document row holds its whole text, so reading those
-- columns from the table walks the text's overflow pages; this index answers the join on its own.
CREATE INDEX documents_timeline ON documents(id, seq, published, duplicate_of);
`,
  },
  {
    version: 5,
    name: 'MinHash bands clustered by band key; token-first quote-claim keys',
    sql: `
-- Ingest adds 128 band rows per document and looks up 128 band keys: as a rowid table with an index on
-- band_key, each row went into two B-trees and each lookup read the table row back for its doc_id. Keyed
-- by (band_key, doc_id) without rowid, one B-tree answers both. Rows are copied in their insertion order
-- (the lookup's tie-break is now the document's ingest order, which that order followed).
CREATE TABLE minhash_bands_v5 (
  band_key TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, doc_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO minhash_bands_v5 (band_key, doc_id) SELECT band_key, doc_id FROM minhash_bands ORDER BY rowid;
DROP TABLE minhash_bands;
ALTER TABLE minhash_bands_v5 RENAME TO minhash_bands;

-- Quote-claim keys become token-first ('q:<token>:<speaker or ->'): the keys of every claim with a token,
-- whatever its speaker, are then one index range, so the speaker-blind copy of each key ('q:*:<token>')
-- is no longer stored. Old keys 'q:<speaker>:<token>' are rewritten (tokens contain no ':', so the token
-- is what follows the last ':').
CREATE TABLE claim_keys_v5 (
  key TEXT NOT NULL,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  PRIMARY KEY (key, claim_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO claim_keys_v5 (key, claim_id)
  SELECT 'q:' || substr(key, length(head) + 1) || ':' || substr(head, 3, length(head) - 3), claim_id
  FROM (SELECT key, claim_id, rtrim(key, replace(key, ':', '')) AS head FROM claim_keys WHERE substr(key, 1, 4) <> 'q:*:');
DROP TABLE claim_keys;
ALTER TABLE claim_keys_v5 RENAME TO claim_keys;
`,
  },
  {
    version: 6,
    name: 'Name keys of bodies and countries without full stops and commas',
    sql: `
-- Resolution now looks up organizations, groups and countries by their folded name without full stops
-- and commas ("Machinists Guild, Local 12" is "Machinists Guild Local 12"). Stored actors get the new
-- form of each key beside the old one, so the next report finds them.
INSERT OR IGNORE INTO actor_keys (key, actor_id)
  SELECT trim(replace(replace(replace(replace(key, '.', ''), ',', ''), '  ', ' '), '  ', ' ')), actor_id
  FROM actor_keys WHERE substr(key, 1, 2) IN ('o:', 'g:', 'c:');
`,
  },
  {
    version: 7,
    name: 'the outlet in the corpus views\' covering index of documents',
    sql: `
-- The positions matrix reads each stance's outlet too (independent sources, contradictions): outside the
-- index, each of its rows read the document row (after the text, so often past an overflow page), which
-- cost a 10,000-article matrix about 15 ms of its 40 ms query. Same name, so queries that name the index
-- (INDEXED BY documents_timeline) run on an older database opened read-only too.
DROP INDEX documents_timeline;
CREATE INDEX documents_timeline ON documents(id, seq, published, duplicate_of, outlet);
`,
  },
  {
    version: 8,
    name: 'the columns the timeline reads of every event, as a covering index',
    sql: `
-- The timeline reads a few short columns of every event; an event row also holds its evidence, trigger and
-- location texts, so a scan of the table reads several times the pages. The planner picks this index for the
-- timeline's scan on its own (no INDEXED BY, so a database opened read-only before this migration still answers).
CREATE INDEX events_timeline ON events(type, date, modality, mode, negated, actors_json, targets_json, doc_id, idx, evidence_start, id);
`,
  },
  {
    version: 9,
    name: 'the timeline\'s rows of every event and stance, kept current on write',
    sql: `
-- The timeline read every event and stance of the corpus per request through joins, a sort of the events by
-- date and a JSON shape built per row: at 10,000 articles about 25,000 rows of seven values, most of the view's
-- time. These tables hold what it reads, ready: one row per event (not STATEMENT) and per original's stance,
-- in the order it reads them, the shape (type, mode, actors ...; holder, proposition, stance) as a number into
-- timeline_shapes. Triggers keep them current through every write (ingest, claims, re-analysis); documents are
-- never changed once written, so their date, order and copy link are copied. The expressions are those of
-- timeline.ts (EVENT_DATE) and stance-relations.ts (EVIDENCE_TO_READ): changing either needs a migration
-- that rebuilds these rows (a test compares them).
CREATE TABLE timeline_shapes (id INTEGER PRIMARY KEY, shape TEXT NOT NULL UNIQUE);
-- event: the events rowid (Parley never runs VACUUM, which could renumber it).
CREATE TABLE timeline_events (
  event INTEGER PRIMARY KEY,
  date TEXT,
  seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  claim INTEGER,
  shape INTEGER NOT NULL,
  root INTEGER,
  evidence_start INTEGER NOT NULL
);
CREATE INDEX timeline_events_order ON timeline_events(date, seq, idx, claim, shape, root, evidence_start);
-- Stances of originals only (a copy's stances change no position), in ingest order.
CREATE TABLE timeline_stances (
  seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  stance INTEGER NOT NULL,
  date TEXT,
  shape INTEGER NOT NULL,
  had_text TEXT,
  proposition TEXT NOT NULL,
  PRIMARY KEY (seq, idx, stance)
) WITHOUT ROWID;

CREATE TRIGGER timeline_events_ai AFTER INSERT ON events WHEN NEW.type <> 'STATEMENT' BEGIN
${TIMELINE_EVENT_ROW};
END;
CREATE TRIGGER timeline_events_ad AFTER DELETE ON events BEGIN
  DELETE FROM timeline_events WHERE event = OLD.rowid;
END;
CREATE TRIGGER timeline_events_au AFTER UPDATE ON events BEGIN
  DELETE FROM timeline_events WHERE event = OLD.rowid;
${TIMELINE_EVENT_ROW} AND NEW.type <> 'STATEMENT';
END;
CREATE TRIGGER timeline_claim_members_ai AFTER INSERT ON claim_members BEGIN
  UPDATE timeline_events SET claim = NEW.claim_id WHERE event = (SELECT rowid FROM events WHERE id = NEW.item_id);
END;
CREATE TRIGGER timeline_claim_members_ad AFTER DELETE ON claim_members BEGIN
  UPDATE timeline_events SET claim = NULL WHERE event = (SELECT rowid FROM events WHERE id = OLD.item_id) AND claim = OLD.claim_id;
END;
CREATE TRIGGER timeline_claim_members_au AFTER UPDATE ON claim_members BEGIN
  UPDATE timeline_events SET claim = NULL WHERE event = (SELECT rowid FROM events WHERE id = OLD.item_id) AND claim = OLD.claim_id;
  UPDATE timeline_events SET claim = NEW.claim_id WHERE event = (SELECT rowid FROM events WHERE id = NEW.item_id);
END;
CREATE TRIGGER timeline_stances_ai AFTER INSERT ON stances BEGIN
${TIMELINE_STANCE_ROW}
END;
CREATE TRIGGER timeline_stances_ad AFTER DELETE ON stances BEGIN
  DELETE FROM timeline_stances WHERE seq = (SELECT seq FROM documents WHERE id = OLD.doc_id) AND idx = OLD.idx AND stance = OLD.rowid;
END;
CREATE TRIGGER timeline_stances_au AFTER UPDATE ON stances BEGIN
  DELETE FROM timeline_stances WHERE seq = (SELECT seq FROM documents WHERE id = OLD.doc_id) AND idx = OLD.idx AND stance = OLD.rowid;
${TIMELINE_STANCE_ROW}
END;

${TIMELINE_BACKFILL}`,
  },
  {
    version: 10,
    name: 'no covering index of the events for the timeline: it reads its own rows',
    sql: `
-- Migration 8's index of eleven event columns served the timeline's scan of every event; the timeline now reads
-- timeline_events (migration 9), and keeping both cost ingest about a fifth more on writing a document's
-- events, stances and claims. (The graph's scan of events reads the table instead, at about the same cost.)
DROP INDEX IF EXISTS events_timeline;
`,
  },
];
