/**
 * The OpenAPI 3.1 description of `/api`, written as data (served at `/api/openapi.json`). A test checks
 * that every route the app registers appears here.
 */
import { EVENT_TYPES } from '../core/model.js';

type Json = Record<string, unknown>;

const str = (description: string, extra: Json = {}): Json => ({ type: 'string', description, ...extra });
const int = (description: string, extra: Json = {}): Json => ({ type: 'integer', description, ...extra });
const q = (name: string, schema: Json, required = false): Json => ({ name, in: 'query', required, schema, description: schema.description });
const p = (name: string, description: string): Json => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const ok = (schema: Json, description = 'OK'): Json => ({ description, content: { 'application/json': { schema } } });
const errors = { '400': { $ref: '#/components/responses/BadRequest' }, '404': { $ref: '#/components/responses/NotFound' }, '500': { $ref: '#/components/responses/Internal' } };

const paging = [q('limit', int('page size', { minimum: 1, maximum: 500, default: 50 })), q('offset', int('items to skip', { minimum: 0, default: 0 }))];
const period = [q('since', str('earliest date, YYYY-MM-DD (a since after until is a 400)', { format: 'date' })), q('until', str('latest date, YYYY-MM-DD', { format: 'date' }))];
const page = (item: string): Json => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: { items: { type: 'array', items: ref(item) }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } },
});
const get = (summary: string, parameters: Json[], schema: Json, tag: string): Json => ({ get: { summary, tags: [tag], parameters, responses: { '200': ok(schema), ...errors } } });

const spanSchema: Json = {
  type: 'object',
  description: 'Half-open UTF-16 span into the document text; text === document.text.slice(start, end)',
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
};
const nullable = (s: Json): Json => ({ oneOf: [s, { type: 'null' }] });
const actorRef: Json = nullable({ type: 'object', properties: { id: { type: 'string' }, name: { type: ['string', 'null'] } } });
const docRef: Json = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, copyOf: nullable({ type: 'object', description: 'on quotes: the original when this document is a syndicated or spun copy of it', properties: { id: { type: 'string' }, name: { type: ['string', 'null'] } } }) } };
const review: Json = { type: 'string', enum: ['machine', 'confirmed', 'rejected'], description: 'machine-made, or reviewed by a person (see correction)' };

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Parley API',
    version: '1.0.0',
    description:
      'Read the cited map of a negotiation (documents, actors, quotes, stances, events, positions, timeline), ingest new articles and record human corrections. Every annotation carries a span into its document text. Errors are `{"error": {"code", "message"}}` with a stable code.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/openapi.json': { get: { summary: 'This document', tags: ['meta'], responses: { '200': ok({ type: 'object' }) } } },
    '/api/stats': get('Corpus counts, outlets and propositions', [], ref('Stats'), 'meta'),
    '/api/documents': get('List documents', [...paging, ...period, q('outlet', str('outlet name (case-insensitive)')), q('q', str('words in the title or name'))], page('DocumentSummary'), 'documents'),
    '/api/documents/{id}': get('One document: text, zones and every annotation with its span', [p('id', 'document id')], ref('Document'), 'documents'),
    '/api/actors': get('List actors (merged actors are served as one)', [...paging, q('type', str('actor type', { enum: ['person', 'country', 'organization', 'group'] })), q('q', str('name contains'))], page('Actor'), 'actors'),
    '/api/actors/{id}': get('One actor: names seen, party, roles, stances, quotes and events', [p('id', 'actor id (a merged id answers with the actor it was merged into; `<actor>~<slug>` is a name a person detached)')], ref('ActorDetail'), 'actors'),
    '/api/graph': get('Who acts on whom: event edges between actors', [q('types', str(`comma-separated event types, e.g. CONSULT,THREATEN,SUPPORT,REJECT; an unknown type is a 400 (types: ${EVENT_TYPES.join(', ')})`))], ref('Graph'), 'actors'),
    '/api/quotes': get(
      'Quotes, with corrected speakers',
      [...paging, ...period, q('speaker', str('actor id')), q('outlet', str('outlet name')), q('q', str('full-text query (FTS5; words are ANDed, the last is a prefix)')), q('doc', str('document id')), q('copies', str('fold: a quote a syndicated or spun copy repeats is listed once, on its original (see alsoIn)', { enum: ['all', 'fold'], default: 'all' })), q('statements', str('1: statements only, as the CLI lists them (no scare quote under 0.5 confidence, no phrase inside the same speaker\'s longer quote)', { enum: ['0', '1', 'true', 'false'] }))],
      page('Quote'),
      'quotes',
    ),
    '/api/stances': get(
      'Stances of actors on propositions',
      [...paging, ...period, q('actor', str('actor or party id')), q('proposition', str('proposition id')), q('doc', str('document id')), q('review', review)],
      page('Stance'),
      'stances',
    ),
    '/api/events': get('Coded events', [...paging, ...period, q('type', str('PLOVER event type (any case; an unknown type is a 400)', { enum: [...EVENT_TYPES] })), q('actor', str('actor id (as actor or target)')), q('doc', str('document id'))], page('Event'), 'events'),
    '/api/positions': get('The positions matrix: parties and key people × propositions, with cited evidence', period, ref('Positions'), 'positions'),
    '/api/timeline': get(
      'Events and stance changes in date order',
      [...period, q('actor', str('actor id')), q('proposition', str('proposition id')), q('limit', int('most entries', { minimum: 1, maximum: 5000 })), q('offset', int('entries to skip', { minimum: 0 })), q('attributed', { type: 'string', enum: ['0', '1', 'true', 'false'], description: 'only events with an actor' })],
      { type: 'object', properties: { items: { type: 'array', items: ref('TimelineEntry') }, total: { type: 'integer', description: 'entries in the whole filtered timeline' }, notice: { type: 'string', description: 'present when the list is empty because the actor or proposition filter names nothing stored' } } },
      'positions',
    ),
    '/api/search': get('Search quotes (full text), document titles and actor names', [q('q', str('words'), true), q('limit', int('most hits per kind', { minimum: 1, maximum: 100, default: 20 }))], ref('SearchResult'), 'search'),
    '/api/ingest': {
      post: {
        summary: 'Ingest pasted text, uploaded files, or a page/feed URL',
        description:
          'JSON `{text, name?, url?, format?}` is ingested at once (200, job finished). Multipart uploads (field `file`, repeatable) and `{url}`/`{feedUrl}` start a job (202); poll `GET /api/ingest/{job}`. URLs on private addresses are refused unless the server was started with `--allow-private`.',
        tags: ['ingest'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { type: 'object', required: ['text'], properties: { text: { type: 'string' }, name: { type: 'string' }, url: { type: 'string', format: 'uri' }, format: { type: 'string', enum: ['text', 'html', 'markdown'] } }, additionalProperties: false },
                  { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } }, additionalProperties: false },
                  { type: 'object', required: ['feedUrl'], properties: { feedUrl: { type: 'string', format: 'uri' } }, additionalProperties: false },
                ],
              },
            },
            'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
          },
        },
        responses: { '200': ok(ref('IngestJob'), 'Text ingested'), '202': ok(ref('IngestJob'), 'Job started'), '413': { $ref: '#/components/responses/BadRequest' }, ...errors },
      },
    },
    '/api/ingest/{job}': get('Progress and per-input outcomes of an ingest job', [p('job', 'job id')], ref('IngestJob'), 'ingest'),
    '/api/corrections': {
      get: { summary: 'Human corrections, newest first', tags: ['corrections'], parameters: [...paging, q('kind', str('target kind', { enum: ['stance', 'quote', 'actor'] }))], responses: { '200': ok(page('Correction')), ...errors } },
      post: {
        summary: 'Record a correction: confirm/reject/set a stance; confirm/reject/set a quote speaker; merge/split two actors; detach/reattach a name of an actor',
        tags: ['corrections'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  { type: 'object', required: ['kind', 'action', 'stanceId'], properties: { kind: { const: 'stance' }, action: { enum: ['confirm', 'reject', 'set-stance'] }, stanceId: { type: 'string' }, stance: { enum: ['support', 'oppose', 'conditional', 'neutral'], description: 'the stance a person reads in the evidence, for set-stance' }, note: { type: 'string' }, author: { type: 'string' } } },
                  { type: 'object', required: ['kind', 'action', 'quoteId'], properties: { kind: { const: 'quote' }, action: { enum: ['confirm', 'reject', 'set-speaker'] }, quoteId: { type: 'string' }, speaker: { type: 'string', description: 'actor id, for set-speaker' }, note: { type: 'string' }, author: { type: 'string' } } },
                  { type: 'object', required: ['kind', 'action', 'actors'], properties: { kind: { const: 'actor' }, action: { enum: ['merge', 'split'] }, actors: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'string' }, description: 'merge: the second is served as the first' }, note: { type: 'string' }, author: { type: 'string' } } },
                  {
                    type: 'object',
                    required: ['kind', 'action', 'actor', 'name'],
                    description:
                      'detach: the person seen under `name` was wrongly put into `actor`; every within-document entity of the actor seen under that name (in `doc` only, if given) is served as the new actor `<actor>~<slug of name>`, with its mentions, quotes and stances. reattach undoes it. 404 E_NOT_FOUND for an unknown actor, document or name; 409 E_VALIDATION when there is nothing to detach (already detached) or to reattach.',
                    properties: { kind: { const: 'actor' }, action: { enum: ['detach', 'reattach'] }, actor: { type: 'string', description: 'the actor id as served' }, name: { type: 'string', description: 'a name from the actor\'s namesSeen (case-insensitive)' }, doc: { type: 'string', description: 'only in this document' }, note: { type: 'string' }, author: { type: 'string' } },
                  },
                ],
              },
            },
          },
        },
        responses: { '201': ok(ref('Correction'), 'Recorded'), '409': { $ref: '#/components/responses/BadRequest' }, ...errors },
      },
    },
  },
  components: {
    responses: {
      BadRequest: { description: 'Invalid request', content: { 'application/json': { schema: ref('Error') } } },
      NotFound: { description: 'Not found', content: { 'application/json': { schema: ref('Error') } } },
      Internal: { description: 'Internal error (details are logged, not sent)', content: { 'application/json': { schema: ref('Error') } } },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', examples: ['E_VALIDATION', 'E_NOT_FOUND', 'E_INTERNAL'] }, message: { type: 'string' } } } },
      },
      Span: spanSchema,
      Stats: { type: 'object', properties: { documents: { type: 'integer' }, independentDocuments: { type: 'integer', description: 'documents that are not a copy of another' }, actors: { type: 'integer' }, quotes: { type: 'integer' }, quotesFolded: { type: 'integer', description: 'quotes with those a copy repeats counted once' }, stances: { type: 'integer' }, events: { type: 'integer' }, corrections: { type: 'integer' }, outlets: { type: 'array', items: { type: 'string' } }, propositions: { type: 'array' } } },
      DocumentSummary: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, duplicateOf: { type: ['string', 'null'], description: 'the original this document is a syndicated or spun copy of' }, copyOfSource: { type: ['string', 'null'], description: "the original's outlet (else title or name)" }, copyOfName: { type: ['string', 'null'], description: "the original's stored name (its file name or id), when this is a copy" }, quotes: { type: 'integer' }, stances: { type: 'integer' }, events: { type: 'integer' } },
      },
      Document: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          duplicateOf: { type: ['string', 'null'], description: 'the original this document is a syndicated or spun copy of' },
          copyOfName: { type: ['string', 'null'], description: "the original's stored name, when this is a copy" },
          text: { type: 'string', description: 'the stored text, never modified; every span points into it' },
          zones: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, rule: { type: 'string' } } } },
          mentions: { type: 'array', items: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, kind: { type: 'string' }, actor: actorRef } } },
          quotes: { type: 'array', items: ref('Quote') },
          stances: { type: 'array', items: ref('Stance') },
          events: { type: 'array', items: ref('Event') },
        },
      },
      Actor: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, party: { type: ['string', 'null'] }, roles: { type: 'array', items: { type: 'string' } }, aliases: { type: 'array', items: { type: 'string' } }, mentionCount: { type: 'integer' }, outlet: { type: 'boolean', description: 'in lists: a news organisation whose own reports are stored (a source, not a party)' }, docCount: { type: 'integer' }, mergedFrom: { type: 'array', items: { type: 'string' } } } },
      ActorDetail: {
        allOf: [
          ref('Actor'),
          { type: 'object', properties: { detachedFrom: nullable({ type: 'object', description: 'set when this actor was made by detaching a name from another', properties: { id: { type: 'string' }, name: { type: ['string', 'null'] } } }), detached: { type: 'array', description: 'names a person detached from this actor', items: { type: 'object', properties: { actor: { type: 'string', description: 'the actor the name was detached from' }, name: { type: 'string' }, doc: { type: ['string', 'null'] }, as: { type: 'string' }, correction: ref('Correction') } } }, namesSeen: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, count: { type: 'integer' }, docs: { type: 'array', description: 'documents the name is seen in (at most 30)', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] } } } } } } }, stances: { type: 'array', items: ref('Stance') }, quotes: { type: 'array', items: ref('Quote') }, events: { type: 'array', items: ref('Event') } } },
        ],
      },
      Graph: { type: 'object', properties: { nodes: { type: 'array', items: { type: 'object' } }, edges: { type: 'array', items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, type: { type: 'string' }, count: { type: 'integer' } } } } } },
      Quote: {
        type: 'object',
        properties: { id: { type: 'string' }, doc: docRef, kind: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, cue: nullable(spanSchema), source: nullable(spanSchema), speaker: actorRef, machineSpeaker: actorRef, review, correction: nullable(ref('Correction')), alsoIn: { type: 'array', description: 'stored copies of this document (syndicated or spun) that repeat this quote', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } } },
      },
      Stance: {
        type: 'object',
        properties: { id: { type: 'string' }, doc: docRef, actor: actorRef, party: actorRef, proposition: { type: 'string' }, propositionLabel: { type: 'string', description: 'the label the positions matrix shows' }, shownAs: { type: 'string', description: 'only when the corpus views show the stance under multilateral talks its report named fewer parties of: that proposition id' }, shownAsLabel: { type: 'string', description: 'its label, with shownAs' }, stance: { type: 'string', enum: ['support', 'oppose', 'conditional', 'neutral'], description: 'as served: a stance a person set replaces the machine one' }, machineStance: { type: 'string', enum: ['support', 'oppose', 'conditional', 'neutral'], description: 'what Parley extracted' }, condition: nullable(spanSchema), date: { type: ['string', 'null'] }, evidence: spanSchema, review, correction: nullable(ref('Correction')) },
      },
      Event: {
        type: 'object',
        properties: { id: { type: 'string' }, doc: docRef, type: { type: 'string' }, mode: { type: ['string', 'null'] }, actors: { type: 'array', items: actorRef }, targets: { type: 'array', items: actorRef }, negated: { type: 'boolean' }, modality: { type: 'string' }, date: { type: ['string', 'null'] }, trigger: spanSchema, evidence: spanSchema },
      },
      Positions: { type: 'object', properties: { rows: { type: 'array' }, propositions: { type: 'array' }, cells: { type: 'array' } } },
      TimelineEntry: { type: 'object', properties: { kind: { type: 'string', enum: ['event', 'stance-change'] }, id: { type: 'string' }, date: { type: ['string', 'null'] }, datePrecision: { type: 'string', enum: ['day', 'month'], description: 'month: the article names only the month; date is its first day' }, summary: { type: 'string' }, contradiction: { type: 'boolean' }, relation: { type: 'string', enum: ['change', 'contradiction', 'undated'], description: 'stance changes: a change over time, independent outlets contradicting each other about one moment, or a pair with an undated report' } } },
      SearchResult: { type: 'object', properties: { q: { type: 'string' }, quotes: { type: 'object' }, documents: { type: 'array' }, actors: { type: 'array' } } },
      IngestJob: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          status: { type: 'string', enum: ['running', 'done'] },
          total: { type: ['integer', 'null'] },
          done: { type: 'integer' },
          stored: { type: 'integer' },
          failed: { type: 'integer' },
          outcomes: { type: 'array', items: { type: 'object', properties: { status: { type: 'string', enum: ['stored', 'unchanged', 'failed', 'note'] }, input: { type: 'string' }, id: { type: 'string' }, error: { type: 'object' } } } },
        },
      },
      Correction: {
        type: 'object',
        description: 'A human review, keyed by what the fact is so it survives re-analysis',
        properties: { id: { type: 'integer' }, kind: { type: 'string' }, targetId: { type: 'string' }, targetKey: { type: 'string', description: 'the target key as JSON text' }, target: { type: 'object', description: 'the target key as an object (as in the export)' }, action: { type: 'string' }, value: {}, note: { type: ['string', 'null'] }, author: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' } },
      },
    },
  },
} as const;
