/**
 * Knowledge packs: domain knowledge as data a user can edit (`packs/*.yaml`). Validated on load.
 * See packs/README.md for the format.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const RoleSchema = z.object({
  /** "President of Russia", "Kremlin spokesman", "US Secretary of State". */
  title: z.string().min(1),
  /** Actor id of the country or organization the role belongs to. */
  of: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const PackActorSchema = z.object({
  /** Unique across all loaded packs: lowercase words joined by hyphens ("vladimir-putin", "russia"). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and hyphens'),
  name: z.string().min(1),
  type: z.enum(['person', 'country', 'organization', 'group']),
  /** Other names and spellings (transliterations, abbreviations, surname-only forms are derived). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Countries: adjective and people ("Russian", "Russians"). */
  demonyms: z.array(z.string().min(1)).default([]),
  /** Names used for the actor's government: capital, seat of government ("Moscow", "the Kremlin"). */
  metonyms: z.array(z.string().min(1)).default([]),
  /** Actor id of the side this actor speaks for. Countries default to themselves. */
  party: z.string().nullable().optional(),
  /**
   * Persons: whether `party` holds whatever the document's date. Off (the default), a person with dated
   * roles speaks for `party` only while holding one of them (see `partyAt` in load.ts).
   */
  permanentParty: z.boolean().optional(),
  roles: z.array(RoleSchema).default([]),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
});

export const PropositionSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** One-line statement of the question on the table. */
  statement: z.string().min(1),
  /** Short readable label for tables ("30-day ceasefire"). */
  label: z.string().min(1),
  /** Words and phrases that signal the proposition (case-insensitive, matched on word boundaries). */
  cues: z.array(z.string().min(1)).min(1),
  /** Phrases that, in the same sentence, mean the cue is about something else. */
  exclude: z.array(z.string().min(1)).default([]),
});

export const PackScopeSchema = z.object({
  /** Actor ids (of any loaded pack) whose presence shows a document is about this pack's negotiation. */
  actors: z.array(z.string().min(1)).min(1),
  /** How many of them a document must mention (directly, or through a person speaking for them). */
  min: z.number().int().min(1).optional(),
  /**
   * Actor ids of which at least one must be among the document's most-mentioned sides for it to be about
   * this negotiation (the side the talks are over): two of the scope actors meeting over another war or
   * another country's sanctions does not make a report about these talks.
   */
  required: z.array(z.string().min(1)).min(1).optional(),
  /** How far down the document's sides, ranked by mentions, a `required` actor may sit (default 3). */
  rank: z.number().int().min(1).optional(),
});

export const PackSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  description: z.string().default(''),
  /** Pack ids this pack's references may point into (the `world` pack is always loaded). */
  requires: z.array(z.string()).default([]),
  actors: z.array(PackActorSchema).default([]),
  propositions: z.array(PropositionSchema).default([]),
  /**
   * When the pack's propositions apply to a document. Absent: derived from the sides the pack's own actors
   * speak for (see `packScope` in src/corpus/propositions.ts).
   */
  scope: PackScopeSchema.optional(),
});

export type Role = z.infer<typeof RoleSchema>;
export type PackActor = z.infer<typeof PackActorSchema>;
export type Proposition = z.infer<typeof PropositionSchema>;
export type Pack = z.infer<typeof PackSchema>;
export type PackScope = z.infer<typeof PackScopeSchema>;
