/**
 * The document model and every annotation kind Parley emits. Annotations never copy or rewrite the
 * document text: each points into it with a half-open UTF-16 span, and carries its provenance.
 */
import type { Span, TextSpan } from './span.js';

// ---------------------------------------------------------------------------------------------
// Raw input and documents
// ---------------------------------------------------------------------------------------------

/** What a reader hands to the pipeline: the decoded text plus whatever metadata the container gave. */
export interface RawDocument {
  /** Display name: file base name, JSON Lines record id, or the URL's last path segment. */
  name: string;
  /** Where it came from: a file path, a URL, `stdin`, or `<file>#<line>` for JSON Lines records. */
  source: string;
  url: string | null;
  /** Exact decoded text (for HTML: the extracted main text). Never modified afterwards. */
  text: string;
  /** How the text was obtained: `text`, `markdown`, `html`, `rss`, `atom`, `jsonl`. */
  format: InputFormat;
  /** The encoding the bytes were decoded from (utf-8, utf-16le, windows-1251, ...). */
  encoding: string;
  /** Metadata given by the container (HTML meta tags, JSON-LD, feed fields, JSON Lines fields). */
  given: GivenMetadata;
  /** The record's own `id` (JSON Lines, JSON records), when it gave one: then `name` is this id. */
  recordId?: string;
}

export type InputFormat = 'text' | 'markdown' | 'html' | 'rss' | 'atom' | 'jsonl';

export interface GivenMetadata {
  title?: string | null;
  outlet?: string | null;
  published?: string | null; // any parseable date string; normalised by metadata inference
  byline?: string | null;
  language?: string | null;
  /** Where each given field came from, e.g. { outlet: 'og:site_name', published: 'json-ld datePublished' }. */
  origin?: Partial<Record<'title' | 'outlet' | 'published' | 'byline' | 'language', string>>;
}

/** A metadata value with where it came from and how sure Parley is. */
export interface Inferred<T> {
  value: T | null;
  /** e.g. `html:og:site_name`, `feed:pubDate`, `text:signature`, `text:caption-date`, `url:host`, `none`. */
  origin: string;
  confidence: number;
  /** The text that showed it, when it came from the text. */
  evidence?: TextSpan;
}

export interface DocumentMetadata {
  title: Inferred<string>;
  outlet: Inferred<string>;
  /** YYYY-MM-DD */
  published: Inferred<string>;
  language: Inferred<string>;
  byline: Inferred<string>;
}

export type ZoneKind =
  | 'body'
  | 'title'
  | 'heading'
  | 'caption'
  | 'credit'
  | 'boilerplate'
  | 'signature'
  | 'subscription'
  | 'byline'
  | 'dateline';

/** A line range of the text and what kind of content it is. Zones tile the text's non-blank lines. */
export interface Zone extends Span {
  kind: ZoneKind;
  /** The rule that classified it (for explanation in the reader). */
  rule: string;
}

/** Zones that later stages read as article content. Captions count for actors and quotes. */
export const CONTENT_ZONES: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['body', 'caption', 'title']);

export interface StoredDocument {
  id: string;
  name: string;
  source: string;
  url: string | null;
  format: InputFormat;
  encoding: string;
  text: string;
  /** sha256 of the text, hex. Identical content is stored once. */
  contentHash: string;
  zones: Zone[];
  metadata: DocumentMetadata;
  /** The stored document this one copies (syndication, spun rewrite), if any. */
  duplicateOf: string | null;
  /** Estimated Jaccard similarity to `duplicateOf`. */
  duplicateSimilarity: number | null;
  ingestedAt: string;
}

// ---------------------------------------------------------------------------------------------
// Annotations (output of the per-document stages)
// ---------------------------------------------------------------------------------------------

export interface Provenance {
  /** Stage name: `sentences`, `actors`, `quotes`, `events`, `stances`. */
  stage: string;
  /** The rule or pattern inside the stage. */
  rule: string;
  /** 0..1 */
  confidence: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph (non-blank line) the sentence is in. */
  paragraph: number;
  zone: ZoneKind;
}

export type ActorType = 'person' | 'country' | 'organization' | 'group';

export type MentionKind =
  | 'name' // "Dmitry Peskov", "Peskov", "NATO"
  | 'title' // "the Secretary of State", "the spokesman"
  | 'pronoun' // "he", "she"
  | 'metonym' // "the Kremlin", "Moscow", "the White House"
  | 'demonym'; // "Russian officials", "Ukrainians"

export interface Mention extends TextSpan {
  /** Index into `DocumentAnalysis.entities`. */
  entity: number;
  kind: MentionKind;
  provenance: Provenance;
}

/** A within-document cluster of mentions that refer to one actor. */
export interface LocalEntity {
  type: ActorType;
  /** Best full name seen in this document (e.g. "Dmitry Peskov"), as written. */
  name: string;
  /** Knowledge-pack actor id when the entity was recognised from a pack, else null. */
  packId: string | null;
  /** The side this actor speaks for: a pack actor id (a country or organization), or null. */
  party: string | null;
  /** Role phrases seen with the entity in this document ("Kremlin spokesman"). */
  roles: string[];
  /** Indices into `DocumentAnalysis.mentions`. */
  mentions: number[];
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** The reporting cue ("said", "told reporters", "according to"), if any. */
  cue: TextSpan | null;
  /** The local mention of the speaker in this sentence (name, title or pronoun), if any. */
  source: TextSpan | null;
  /** Index into `DocumentAnalysis.entities` of the resolved speaker, or null when unattributed. */
  speaker: number | null;
  /**
   * For a quote with no cue of its own (a continuation paragraph, “A,” she said. “B.”): the index into
   * `DocumentAnalysis.quotes` of the quote whose speaker it takes. Absent or null otherwise.
   */
  carriedFrom?: number | null;
  provenance: Provenance;
}

/** PLOVER event types, plus the statements and appeals that PLOVER drops (the export schema's list). */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'STATEMENT',
  'APPEAL',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export interface EventAnnotation {
  type: EventType;
  /** PLOVER mode such as `visit`, `phone`, `third-party`, `ceasefire`, or null. */
  mode: string | null;
  /** Entity indices. */
  actors: number[];
  targets: number[];
  negated: boolean;
  /** `asserted`, `hypothetical` (if/could/would) or `future` (will, plans to). */
  modality: 'asserted' | 'hypothetical' | 'future';
  /** Resolved event date YYYY-MM-DD, or null. */
  date: string | null;
  /** The text the date came from ("on Thursday"), if any. */
  dateText: TextSpan | null;
  location: TextSpan | null;
  /** The trigger word(s). */
  trigger: TextSpan;
  /** The sentence that states the event. */
  evidence: TextSpan;
  provenance: Provenance;
}

export type StanceValue = 'support' | 'oppose' | 'conditional' | 'neutral';

export interface StanceAnnotation {
  /** Entity index of the holder. */
  actor: number;
  /** Proposition id (from a pack, or a discovered `auto:` id). */
  proposition: string;
  stance: StanceValue;
  condition: TextSpan | null;
  /** YYYY-MM-DD: the statement's date when the text gives one, else the article's. */
  date: string | null;
  evidence: TextSpan;
  /** The quote this stance was read from, as an index into `DocumentAnalysis.quotes`, if any. */
  quote: number | null;
  provenance: Provenance;
}

/** Everything the per-document stages produce for one document. */
export interface DocumentAnalysis {
  sentences: Sentence[];
  entities: LocalEntity[];
  mentions: Mention[];
  quotes: Quote[];
  events: EventAnnotation[];
  stances: StanceAnnotation[];
}

export function emptyAnalysis(): DocumentAnalysis {
  return { sentences: [], entities: [], mentions: [], quotes: [], events: [], stances: [] };
}
