/**
 * Groups of a kind as sides ("Labor unions oppose", "Farmers said", "..., said environmental groups"), and
 * what is no such side: a counted or owned plural ("38,000 dockworkers", "Freedonia's farmers"), the subject
 * of what someone else said ("said teachers had nothing to fear"), a vague head with no kind ("groups"), the
 * members of a body the report names ("the Dockworkers Union"), and onlookers ("analysts").
 */
import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb } from './testing.js';

const kb = fictionalKb();

function groups(text: string): string[] {
  const r = analyseActors(text, kb);
  return r.entities.filter((e) => e.type === 'group').map((e) => e.name.charAt(0).toUpperCase() + e.name.slice(1)).sort();
}

describe('groups of a kind', () => {
  it('are sides where they are the subject of a verb or the speaker', () => {
    expect(groups('Labor unions oppose the new tariffs.')).toEqual(['Labor unions']);
    expect(groups('Farmers have rejected the deal.')).toEqual(['Farmers']);
    expect(groups('The deal is a betrayal, said environmental groups.')).toEqual(['Environmental groups']);
    expect(groups('Fredville - Developing countries want a larger fund.')).toEqual(['Developing countries']);
    expect(groups('Anti-war activists marched in Fredville on Sunday.')).toEqual(['Anti-war activists']);
  });

  it('are not counted, owned, vague, reported on, onlookers or a named body’s members', () => {
    expect(groups('The union representing some 38,000 dockworkers said it would strike.')).toEqual([]);
    expect(groups('Freedonia’s farmers oppose the new tariffs.')).toEqual([]);
    expect(groups('Groups oppose the new tariffs.')).toEqual([]);
    expect(groups('In Fredville some environmental groups oppose the new tariffs.')).toEqual([]);
    expect(groups('The minister said that labor unions would back the deal.')).toEqual([]);
    expect(groups('The minister claimed environmental groups oppose the pipeline.')).toEqual([]);
    expect(groups('The chair said teachers had nothing to fear from the contract.')).toEqual([]);
    expect(groups('Analysts said the deal would hold.')).toEqual([]);
    expect(groups('The Freedonian Dockworkers Union called a strike. Dockworkers said they would walk out.')).toEqual([]);
  });

  it('include a body described by its members, unless the report names such a body', () => {
    const bodies = (text: string) => analyseActors(text, kb).entities.filter((e) => e.type === 'organization').map((e) => e.name.toLowerCase());
    expect(bodies("The Catholic bishops' conference opposes the new tariffs.")).toEqual(["catholic bishops' conference"]);
    expect(bodies("The country's main farmers' union rejected the deal on Monday.")).toEqual(["farmers' union"]);
    expect(bodies("The Freedonian Farmers' Union met on Monday. The farmers' union rejected the deal.").filter((n) => n.startsWith('farmers'))).toEqual([]);
    expect(bodies("The Freedonian Workers Union proposed new tariffs. The farmers' union rejected the tariffs.")).toContain("farmers' union");
  });
});
