/**
 * Option labels for actor pickers: two actors of one name (namesakes, or one person the resolver kept apart)
 * are told apart by their side, then by id, so a filter never offers two identical choices.
 */
export function distinctActorLabels(actors: readonly { id: string; name: string; side?: string | null }[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of actors) count.set(a.name, (count.get(a.name) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const a of actors) out.set(a.id, (count.get(a.name) ?? 0) > 1 ? `${a.name} (${a.side || 'no side'})` : a.name);
  // Same name and same side: only the id tells them apart.
  const seen = new Map<string, number>();
  for (const label of out.values()) seen.set(label, (seen.get(label) ?? 0) + 1);
  for (const a of actors) if ((seen.get(out.get(a.id)!) ?? 0) > 1) out.set(a.id, `${out.get(a.id)} · ${a.id}`);
  return out;
}
