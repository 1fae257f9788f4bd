import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PACK_DIR } from '../core/paths.js';
import { parse as parseYaml } from 'yaml';
import { ParleyError } from '../core/errors.js';
import { PackSchema, type Pack, type PackActor, type Proposition, type Role } from './schema.js';

/** The directory of packs shipped with Parley. */
export const BUILTIN_PACK_DIR = PACK_DIR;

/** Packs loaded by default: `world` always; the others are bundled negotiation packs. */
export const DEFAULT_PACKS = ['world', 'russia-ukraine'];

export function loadPackFile(file: string): Pack {
  let raw: unknown;
  try {
    const body = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(body) : parseYaml(body);
  } catch (e) {
    throw new ParleyError('E_PACK', file, `cannot read pack: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ParleyError('E_PACK', file, `invalid pack at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
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

  constructor(readonly packs: readonly Pack[]) {
    for (const pack of packs) {
      for (const actor of pack.actors) {
        if (this.actors.has(actor.id)) {
          throw new ParleyError('E_PACK', pack.id, `actor id "${actor.id}" is defined twice`);
        }
        this.actors.set(actor.id, actor);
      }
      for (const p of pack.propositions) this.propositions.set(p.id, p);
    }
    for (const actor of this.actors.values()) {
      for (const ref of [actor.party, ...actor.roles.map((r) => r.of)]) {
        if (ref && !this.actors.has(ref)) {
          throw new ParleyError('E_PACK', actor.id, `refers to unknown actor "${ref}"`);
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
  return new KnowledgeBase(refs.map((ref) => loadPackFile(resolvePackPath(ref))));
}
