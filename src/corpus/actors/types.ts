import type { ActorType } from '../../core/model.js';

/** A corpus-level actor as stored: one real person, country, organization or group across articles. */
export interface ActorRecord {
  id: string;
  name: string;
  type: ActorType;
  packId: string | null;
  party: string | null;
  roles: string[];
  /** Every surface name seen for the actor (names only, not pronouns or titles). */
  aliases: string[];
  mentionCount: number;
  docCount: number;
}

/** Read access to stored actors for incremental resolution (backed by SQLite, or a Map in tests). */
export interface ActorDirectory {
  get(id: string): ActorRecord | undefined;
  /** Actors that share at least one of these blocking keys. */
  candidates(keys: readonly string[]): ActorRecord[];
}

export interface ActorUpsert {
  actor: ActorRecord;
  /** Blocking keys to index the actor under (added to those it has). */
  keys: string[];
}

export interface EntityResolution {
  /** For each local entity (same order), the corpus actor id it resolves to. */
  actorIds: string[];
  /** Actors to create or update, with the full record as it should now be stored. */
  upserts: ActorUpsert[];
}

/** An in-memory directory, for tests and batch runs. */
export class MemoryActorDirectory implements ActorDirectory {
  readonly actors = new Map<string, ActorRecord>();
  readonly keys = new Map<string, Set<string>>();

  get(id: string): ActorRecord | undefined {
    return this.actors.get(id);
  }

  candidates(keys: readonly string[]): ActorRecord[] {
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.keys.get(k) ?? []) ids.add(id);
    return [...ids].map((id) => this.actors.get(id)!);
  }

  apply(resolution: EntityResolution): void {
    for (const { actor, keys } of resolution.upserts) {
      this.actors.set(actor.id, actor);
      for (const k of keys) {
        let set = this.keys.get(k);
        if (!set) this.keys.set(k, (set = new Set()));
        set.add(actor.id);
      }
    }
  }
}
