/** Typed access to Parley's JSON API. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function handle<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `request failed (${res.status})`);
  return body as T;
}

export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return handle<T>(await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { Accept: 'application/json' } }));
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  const init: RequestInit =
    body instanceof FormData ? { method: 'POST', body } : { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
  return handle<T>(await fetch(`/api/${path}`, init));
}

// --- response shapes (the subset the views use) ---------------------------------------------------
export interface Span { start: number; end: number; text: string }
export interface Ref { id: string; name: string | null }
export interface DocRef { id: string; name: string; title: string | null; outlet: string | null; published: string | null }
export type Review = 'machine' | 'confirmed' | 'rejected';
export interface Correction { id: number; kind: string; targetId: string; targetKey: string; target?: Record<string, unknown>; action: string; value: unknown; note: string | null; author: string; createdAt: string }
export interface Page<T> { items: T[]; total: number; limit: number; offset: number }
export interface Quote { id: string; doc: DocRef & { copyOf?: Ref | null }; alsoIn?: { id: string; name: string }[]; kind: string; start: number; end: number; text: string; cue: Span | null; source: Span | null; speaker: Ref | null; machineSpeaker: Ref | null; review: Review; correction: Correction | null }
export interface Stance { id: string; doc: DocRef; actor: Ref | null; party: Ref | null; proposition: string; propositionLabel?: string; stance: string; condition: Span | null; date: string | null; evidence: Span; review: Review; correction: Correction | null }
export interface EventItem { id: string; doc: DocRef; type: string; mode: string | null; actors: (Ref | null)[]; targets: (Ref | null)[]; negated: boolean; modality: string; date: string | null; trigger: Span; evidence: Span }
export interface Mention { id: string; start: number; end: number; text: string; kind: string; actor: Ref | null }
export interface Zone { kind: string; start: number; end: number; rule: string }
export interface DocumentFull { id: string; name: string; title: string | null; outlet: string | null; published: string | null; url: string | null; byline: string | null; text: string; zones: Zone[]; mentions: Mention[]; quotes: Quote[]; stances: Stance[]; events: EventItem[]; duplicateOf: string | null; copyOfName?: string | null }
export interface DocumentSummary { id: string; name: string; title: string | null; outlet: string | null; published: string | null; quotes: number; stances: number; events: number; duplicateOf?: string | null; copyOfSource?: string | null; copyOfName?: string | null }
export interface Actor { id: string; name: string; type: string; party: string | null; roles: string[]; aliases: string[]; mentionCount: number; docCount: number; mergedFrom: string[]; partyName?: string | null; outlet?: boolean }
export interface NameSeen { name: string; count: number; docs: { id: string; title: string; outlet?: string | null; published?: string | null }[] }
export interface DetachedName { actor: string; name: string; doc: string | null; as: string; correction: Correction }
export interface ActorDetail extends Actor { requested: string; partyName: string | null; namesSeen: NameSeen[]; detachedFrom: Ref | null; detached: DetachedName[]; stances: Stance[]; quotes: Quote[]; events: EventItem[] }
export interface Citation { stanceId: string; docId: string; docName: string; outlet: string | null; date: string | null; stance: string; condition: string | null; evidence: Span; actorId: string | null; confidence: number; review: Review }
export interface Cell { rowId: string; proposition: string; stance: string; trend: string; sources: number; contradiction: boolean; citations: Citation[] }
export interface Positions { rows: { id: string; name: string; type: string; kind: string; party: string | null }[]; propositions: { id: string; label: string; statement: string }[]; cells: Cell[] }
export interface TimelineEntry { kind: string; id: string; date: string | null; summary: string; type: string | null; actors: string[]; targets: string[]; proposition: string | null; from: string | null; to: string | null; negated: boolean; contradiction: boolean; relation?: 'change' | 'contradiction' | 'undated'; datePrecision?: 'day' | 'month'; sources: { docId: string; docName: string; outlet: string | null; published: string | null; evidence: Span }[] }
export interface Stats { documents: number; independentDocuments?: number; quotesFolded?: number; actors: number; quotes: number; stances: number; events: number; corrections: number; outlets: string[]; propositions: { id: string; label: string; statement: string }[] }
export interface JobOutcome { status: string; input: string; id?: string; name?: string; duplicateOf?: string | null; message?: string; error?: { code: string; message: string } }
export interface IngestJob { id: string; status: 'running' | 'done'; total: number | null; done: number; stored: number; failed: number; outcomes: JobOutcome[] }
export interface Graph { nodes: { id: string; name: string; type: string | null; party: string | null }[]; edges: { source: string; target: string; type: string; count: number }[] }
