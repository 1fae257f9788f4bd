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

/**
 * The negotiations a positions matrix spans, for its "Talks" filter: a discovered object is keyed by its
 * sides (`auto:stake@bank+union`) and named by the sides its label gives ("stake (Bank–Union)"); pack
 * propositions are one negotiation, discovered objects with no sides another. Groups come in the matrix's order (busiest talks first).
 */
export function negotiationGroups(propositions: readonly { id: string; label: string }[]): { key: string; label: string; ids: string[] }[] {
  const groups = new Map<string, { key: string; label: string; ids: string[] }>();
  for (const p of propositions) {
    const at = p.id.indexOf('@');
    // A discovered object whose report named no two sides ("auto:deal") is no pack proposition.
    const key = at >= 0 ? p.id.slice(at + 1) : p.id.startsWith('auto:') ? 'auto' : '';
    const sides = at >= 0 ? /\(([^()]+)\)\s*$/.exec(p.label)?.[1] : undefined;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: sides ?? (at >= 0 ? key : key === 'auto' ? 'Objects with no named sides' : 'Knowledge-pack propositions'), ids: [] }));
    g.ids.push(p.id);
  }
  return [...groups.values()];
}

/**
 * A proposition's column heading: its object, and the talks' sides its label gives in parentheses ("ban (China,
 * European Union, India, ...)"), left out when the Talks filter already names those talks (every column
 * would repeat them).
 */
export function columnHeading(label: string, talksChosen: boolean): { object: string; sides: string | null } {
  const at = label.lastIndexOf(' (');
  if (at <= 0 || !label.endsWith(')')) return { object: label, sides: null };
  return { object: label.slice(0, at), sides: talksChosen ? null : label.slice(at + 1) };
}
