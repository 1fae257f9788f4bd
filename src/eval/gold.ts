import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ParleyError } from '../core/errors.js';

/** The hand-gold format of `test/fixtures/seeds-gold/` (see its README in the shared corpus). */
export const GoldSchema = z.object({
  document: z.string(),
  outlet: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  notes: z.string().optional(),
  boilerplate: z.array(z.string()).default([]),
  captions: z.array(z.string()).default([]),
  headings: z.array(z.string()).default([]),
  actors: z
    .array(
      z.object({
        name: z.string(),
        type: z.enum(['person', 'country', 'organization', 'group']),
        party: z.string().nullable().optional(),
        role: z.string().optional(),
        mentions: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  quotes: z
    .array(
      z.object({
        text: z.string(),
        speaker: z.string().nullable(),
        kind: z.enum(['direct', 'partial', 'indirect']),
        optional: z.boolean().optional(),
      }),
    )
    .default([]),
  stances: z
    .array(
      z.object({
        actor: z.string(),
        party: z.string().nullable().optional(),
        proposition: z.string(),
        stance: z.enum(['support', 'oppose', 'conditional', 'neutral']),
        evidence: z.string(),
        optional: z.boolean().optional(),
      }),
    )
    .default([]),
  propositions: z.record(z.string(), z.string()).default({}),
  /**
   * The sections an annotator filled in; absent means all. A set annotated only for stances lists
   * `["actors", "stances"]`, so its empty `quotes` and zone lists are not scored as "nothing there".
   */
  annotated: z.array(z.enum(['zones', 'quotes', 'actors', 'stances'])).optional(),
  /** `dev` (may be tuned on) or `test` (held out), for sets that split. */
  split: z.string().optional(),
});

export type GoldFile = z.infer<typeof GoldSchema>;
export type GoldSection = NonNullable<GoldFile['annotated']>[number];

/** Whether a gold file's annotator filled in this section. */
export const annotates = (gold: GoldFile, section: GoldSection): boolean => !gold.annotated || gold.annotated.includes(section);

export function loadGoldDir(dir: string): GoldFile[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.gold.json') || f.endsWith('.json')).sort();
  } catch {
    throw new ParleyError('E_GOLD', dir, 'cannot read gold directory');
  }
  if (files.length === 0) throw new ParleyError('E_GOLD', dir, 'no *.gold.json files found');
  return files.map((f) => {
    const path = join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new ParleyError('E_GOLD', path, `not valid JSON: ${(e as Error).message}`);
    }
    const parsed = GoldSchema.safeParse(raw);
    if (!parsed.success) {
      const i = parsed.error.issues[0]!;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        const found = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`;
        throw new ParleyError('E_GOLD', path, `invalid gold file: the top level must be a JSON object ({"document": …, "quotes": […], …}), found ${found}`);
      }
      throw new ParleyError('E_GOLD', path, `invalid gold file at ${i.path.join('.')}: ${i.message}`);
    }
    return parsed.data;
  });
}
