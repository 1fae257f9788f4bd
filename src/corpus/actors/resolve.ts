import type { DocumentAnalysis } from '../../core/model.js';
import type { KnowledgeBase } from '../../packs/load.js';
import type { ActorDirectory, ActorRecord, EntityResolution } from './types.js';

function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

/**
 * Resolves a document's local entities to corpus actors. Placeholder (exact pack id or exact name)
 * until the actors issue lands its phonetic, incremental resolver.
 */
export function resolveEntities(analysis: Pick<DocumentAnalysis, 'entities' | 'mentions'>, directory: ActorDirectory, kb: KnowledgeBase): EntityResolution {
  const actorIds: string[] = [];
  const upserts = new Map<string, { actor: ActorRecord; keys: string[] }>();
  for (const entity of analysis.entities) {
    const id = entity.packId ?? `x-${slug(entity.name)}`;
    const known = upserts.get(id)?.actor ?? directory.get(id);
    const pack = entity.packId ? kb.actors.get(entity.packId) : undefined;
    const actor: ActorRecord = known
      ? { ...known, aliases: [...known.aliases], roles: [...known.roles] }
      : { id, name: pack?.name ?? entity.name, type: entity.type, packId: entity.packId, party: entity.party, roles: [], aliases: [], mentionCount: 0, docCount: 0 };
    for (const m of entity.mentions) {
      const mention = analysis.mentions[m]!;
      if (mention.kind === 'name' && !actor.aliases.includes(mention.text)) actor.aliases.push(mention.text);
    }
    for (const r of entity.roles) if (!actor.roles.includes(r)) actor.roles.push(r);
    upserts.set(id, { actor, keys: [id] });
    actorIds.push(id);
  }
  return { actorIds, upserts: [...upserts.values()] };
}
