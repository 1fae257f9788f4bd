import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { PACK_DIR, PROJECT_ROOT } from '../core/paths.js';
import { parse as parseYaml } from 'yaml';
import { ParleyError } from '../core/errors.js';
import { PackSchema, type Pack, type PackActor, type Proposition, type Role } from './schema.js';

/** The directory of packs shipped with Parley. */
export const BUILTIN_PACK_DIR = PACK_DIR;

/** Packs loaded by default: `world` always; the others are bundled negotiation packs. */
export const DEFAULT_PACKS = ['world', 'russia-ukraine'];

export function loadPackFile(file: string): Pack {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ParleyError('E_PACK', file, `cannot read pack: ${(e as Error).message.split('\n')[0]}`);
  }
  const cache = file.endsWith('.json') ? null : cacheFileFor(file, body);
  if (cache) {
    try {
      return JSON.parse(readFileSync(cache, 'utf8')) as Pack;
    } catch {
      // Not cached yet (or unreadable): parse the YAML below.
    }
  }
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(body) : parseYaml(body);
  } catch (e) {
    throw new ParleyError('E_PACK', file, `cannot read pack: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ParleyError('E_PACK', file, `invalid pack at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (cache) writeCache(cache, parsed.data);
  return parsed.data;
}

/**
 * Parsed YAML packs are cached as JSON: parsing the 250 KB world pack took about 0.5 s, a quarter of every
 * short command (`parley ingest one.txt`, `parley positions`); reading the JSON takes milliseconds. The
 * cache file is named by a hash of the pack's text and of the schema that validated it, so an edited pack
 * or a changed schema is parsed and validated again; only validated packs are cached.
 */
export const PACK_CACHE_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'parley-packs');

function cacheFileFor(file: string, body: string): string | null {
  const hash = createHash('sha256').update(body).update('\u0000').update(schemaSource()).digest('hex').slice(0, 24);
  // Tagged with the loader's own kind (compiled .js or, under the test runner, .ts): their schema texts
  // differ, and each would otherwise remove the other's entry.
  const loader = extname(fileURLToPath(import.meta.url)).slice(1);
  return join(PACK_CACHE_DIR, `${basename(file).replace(/[^\w.-]/g, '_')}-${loader}-${hash}.json`);
}

let schemaText: string | null = null;
function schemaSource(): string {
  if (schemaText === null) {
    const here = fileURLToPath(import.meta.url);
    const schemaFile = join(dirname(here), `schema${extname(here)}`);
    try {
      schemaText = readFileSync(schemaFile, 'utf8');
    } catch {
      schemaText = String(Date.now()); // no schema source to key on: never reuse a cache entry
    }
  }
  return schemaText;
}

/** Best effort: a read-only install just parses every time. Written to a temporary name and renamed, so a concurrent reader never sees half a file. */
function writeCache(cache: string, pack: Pack): void {
  try {
    mkdirSync(PACK_CACHE_DIR, { recursive: true });
    const temp = `${cache}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temp, JSON.stringify(pack));
    renameSync(temp, cache);
    // The entries of earlier versions of the same pack are of no more use.
    const name = basename(cache);
    const stem = name.slice(0, name.lastIndexOf('-') + 1);
    for (const f of readdirSync(PACK_CACHE_DIR)) if (f.startsWith(stem) && f !== name && f.endsWith('.json')) rmSync(join(PACK_CACHE_DIR, f), { force: true });
  } catch {
    // Not writable: nothing is lost but the time.
  }
}

/** Resolves a pack reference: a path to a .yaml/.yml/.json file, or the name of a built-in pack. */
export function resolvePackPath(ref: string): string {
  if (/\.(ya?ml|json)$/i.test(ref)) return resolve(ref);
  const files = readdirSync(BUILTIN_PACK_DIR).filter((f) => /\.(ya?ml|json)$/i.test(f));
  const hit = files.find((f) => basename(f).replace(/\.(ya?ml|json)$/i, '') === ref);
  if (!hit) throw new ParleyError('E_PACK', ref, `no such pack (built-in packs: ${files.map((f) => f.replace(/\.(ya?ml|json)$/i, '')).join(', ')})`);
  return join(BUILTIN_PACK_DIR, hit);
}

/** All knowledge Parley has, indexed for the stages. Immutable once built. */
export class KnowledgeBase {
  readonly actors = new Map<string, PackActor>();
  readonly propositions = new Map<string, Proposition>();

  /** `files[i]`, when given, is the file `packs[i]` was read from: errors name it (else the pack's id). */
  constructor(readonly packs: readonly Pack[], files: readonly string[] = []) {
    const source = new Map<string, string>();
    for (const [i, pack] of packs.entries()) {
      for (const actor of pack.actors) {
        if (this.actors.has(actor.id)) {
          throw new ParleyError('E_PACK', files[i] ?? pack.id, `actor id "${actor.id}" is defined twice`);
        }
        this.actors.set(actor.id, actor);
        source.set(actor.id, files[i] ?? pack.id);
      }
      for (const p of pack.propositions) this.propositions.set(p.id, p);
    }
    for (const actor of this.actors.values()) {
      for (const ref of [actor.party, ...actor.roles.map((r) => r.of)]) {
        if (ref && !this.actors.has(ref)) {
          throw new ParleyError('E_PACK', source.get(actor.id) ?? actor.id, `actor "${actor.id}" refers to unknown actor "${ref}"`);
        }
      }
    }
  }

  /**
   * The party an actor speaks for: explicit, or itself for countries. With a date (a document's
   * publication date), a person speaks for a side only while holding an office: see `partyAt`.
   */
  partyOf(actorId: string, date?: string | null): string | null {
    const actor = this.actors.get(actorId);
    if (!actor) return null;
    if (actor.party !== undefined) return date ? partyAt(actor, date, (id) => this.partyOf(id)) : actor.party;
    return actor.type === 'country' ? actor.id : null;
  }
}

/**
 * Whether a role is held on `date`. Dates of different precision compare on what both give: a role
 * `to: "2025-03"` is still held on 2025-03-20, one `from: "2025"` already on 2025-01-01.
 */
export function roleHeldAt(role: Role, date: string): boolean {
  const on = (a: string, b: string) => [a.slice(0, Math.min(a.length, b.length)), b.slice(0, Math.min(a.length, b.length))] as const;
  if (role.from) {
    const [from, d] = on(role.from, date);
    if (from > d) return false;
  }
  if (role.to) {
    const [to, d] = on(role.to, date);
    if (to < d) return false;
  }
  return true;
}

/**
 * A person's side on a date. A person with no dated role, or marked `permanentParty`, keeps `party`.
 * Otherwise they speak for `party` while holding a role of it (or of one of its bodies, or an undated
 * role); while holding only an office of another side, for that side (a NATO chief who was a prime
 * minister speaks for his country in the earlier years); and for no side between or outside their
 * offices: a former minister quoted after leaving office is an independent voice.
 */
export function partyAt(actor: PackActor, date: string, partyOfActor: (id: string) => string | null): string | null {
  const party = actor.party ?? null;
  if (actor.type !== 'person' || party === null || actor.permanentParty) return party;
  if (!actor.roles.some((r) => r.from || r.to)) return party;
  const held = actor.roles.filter((r) => roleHeldAt(r, date));
  if (held.some((r) => !r.of || r.of === party || partyOfActor(r.of) === party)) return party;
  const other = held.find((r) => r.of);
  return other ? (partyOfActor(other.of!) ?? other.of!) : null;
}

/** Loads the default packs plus any extra pack references (paths or built-in names). */
export function loadKnowledge(extra: readonly string[] = [], defaults: readonly string[] = DEFAULT_PACKS): KnowledgeBase {
  const refs = [...new Set([...defaults, ...extra])];
  const files = refs.map(resolvePackPath);
  return new KnowledgeBase(files.map((file) => loadPackFile(file)), files);
}
