/**
 * Mechanisms found on unseen negotiations (invented names throughout): plural common nouns opening a
 * sentence, photo credits, a body's short form, the body that owns a role, attendants' roles ("adviser to
 * President X"), appositive descriptions before a formal title, and "the army" after a named army.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from './testing.js';

const kb = new KnowledgeBase([
  PackSchema.parse({
    id: 'fiction-bodies',
    name: 'Fiction bodies',
    actors: [
      { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville'] },
      { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'] },
      { id: 'freedonian-armed-forces', name: 'Freedonian Armed Forces', type: 'organization', party: 'freedonia', aliases: ["Freedonia's army", 'Freedonian army'] },
      { id: 'green-legion', name: 'Green Legion', type: 'group', aliases: ['GL'] },
      { id: 'olga-bravura', name: 'Olga Bravura', type: 'person', party: 'freedonia', roles: [{ title: 'President of Freedonia', of: 'freedonia' }] },
    ],
  }),
]);

function analyse(text: string) {
  const r = analyseActors(text, kb, '2025-05-01');
  return {
    r,
    byName: (name: string) => r.entities.find((e) => e.name === name),
    mentionsOf: (name: string) => {
      const e = r.entities.find((x) => x.name === name);
      return e ? e.mentions.map((i) => r.mentions[i]!.text) : [];
    },
  };
}

describe('a plural common noun opening a sentence', () => {
  it('is the people it describes, not a body ("Members will vote on it")', () => {
    const { r } = analyse('The Dockside Pilots Union reached a deal with Harbourline on Friday. Members will vote on the agreement next week, and the union urged them to ratify it.');
    expect(r.entities.map((e) => e.name)).not.toContain('Members');
  });

  it('still promotes a one-word body that keeps its capital mid-sentence', () => {
    const { byName } = analyse('Harbourline offered a 5% raise on Monday. The union said Harbourline rejected its demands, and Harbourline said it would not move.');
    expect(byName('Harbourline')?.type).toBe('organization');
  });
});

describe('photo credits', () => {
  it('name no actor: neither the photographer nor the agency ("AGENCY/First Last")', () => {
    const text = 'Freedonia and Sylvania signed a truce on Monday. Olga Bravura said it would hold.\n\nPhoto: Freedonian President Olga Bravura speaks during a news conference in Fredville, April 22, 2025. FNWIRE/Irakli Varadze';
    const { r } = analyse(text);
    expect(r.entities.map((e) => e.name)).toEqual(['Freedonia', 'Sylvania', 'Olga Bravura']);
  });

  it('leaves a slash between two acronyms or names alone ("Freedonia/Sylvania talks")', () => {
    const { byName } = analyse('The Freedonia/Sylvania talks resumed, officials said.');
    expect(byName('Sylvania')).toBeDefined();
  });
});

describe("a body's short form", () => {
  it('is the body named in full in the same article, even when a headline uses it first', () => {
    const text = 'Brookfield nurses walk out\n\nNurses walked out at Brookfield Memorial Hospital on Monday after talks with the union broke down. Brookfield offered a 9% raise, and Brookfield said it would not accept fixed ratios.';
    const { r } = analyse(text);
    const bodies = r.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(bodies).toEqual(['Brookfield Memorial Hospital']);
  });

  it('stays apart when two bodies of the text share those words', () => {
    const text = 'Brookfield Memorial Hospital and Brookfield Transit Authority both bargained on Monday. Brookfield offered a 9% raise, and Brookfield said it would not accept fixed ratios.';
    const { r } = analyse(text);
    expect(r.entities.filter((e) => e.type === 'organization').length).toBe(3);
  });

  it('is never a name that joins two names ("Dorvex and Halmark Media", "Dorvex at Marsh Assembly Plant")', () => {
    const text = 'Dorvex and Halmark Media agreed to merge on Monday. Dorvex said the deal would close in May, and Dorvex chief executive Marta Kessler praised it.';
    const { r } = analyse(text);
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => e.name).sort()).toEqual(['Dorvex', 'Dorvex and Halmark Media']);
  });

  it('keeps a medical centre on its side of the table (a hospital bargains, a think-tank centre does not)', () => {
    const text = 'Brookfield Medical Center rejected the union offer in talks on Monday. Brookfield chief executive Marta Kessler said the contract demands were too costly.';
    const { byName } = analyse(text);
    expect(byName('Brookfield Medical Center')?.party).toBe('brookfield-medical-center');
    expect(byName('Marta Kessler')?.party).toBe('brookfield-medical-center');
  });
});

describe('the army of a named army', () => {
  it('"Army spokesman X" and "an army negotiator, Brigadier General X" speak for the army named in the text', () => {
    const text = [
      "Freedonia's army and the Green Legion agreed to a truce in talks on Friday.",
      'Army spokesman Colonel Darrel Vosk said the army would respect the truce.',
      '"We will hold our fire," an army negotiator, Brigadier General Osric Thale, told reporters.',
    ].join(' ');
    const { byName } = analyse(text);
    expect(byName('Darrel Vosk')?.party).toBe('freedonia');
    expect(byName('Osric Thale')?.party).toBe('freedonia');
    expect(byName('Osric Thale')?.roles).toEqual(['army negotiator, Brigadier General']);
  });

  it('reads each later "the army" as that army, however far the chain runs', () => {
    const text = [
      "Freedonia's army and the Green Legion signed a declaration in Fredville on Friday.",
      'Mediators said the two sides remained far apart.',
      'The army said it would accept a truce only if the Green Legion withdrew.',
      'The Green Legion accused the army of shelling villages.',
      'Observers said the talks could collapse.',
      'Diplomats said a second round was planned.',
      'Officials said a ceasefire was still possible.',
      'The army said it would not negotiate a political settlement.',
    ].join(' ');
    const { mentionsOf } = analyse(text);
    expect(mentionsOf("Freedonia's army")).toEqual(["Freedonia's army", 'The army', 'the army', 'The army']);
  });

  it('reads no "the army" as a body when no army was named', () => {
    const { r } = analyse('Freedonia and Sylvania agreed to a truce. The army said it would respect it.');
    expect(r.mentions.map((m) => m.text)).not.toContain('The army');
  });
});

describe("an attendant's role", () => {
  it('"X, adviser to President Y" gives X the adviser role and Y\'s side, and Y keeps only the president role', () => {
    const text = 'Freedonia and Sylvania met on Monday. Tamsin Orrel, foreign policy adviser to Freedonian President Olga Bravura, said Fredville was in no hurry.';
    const { byName } = analyse(text);
    expect(byName('Tamsin Orrel')).toMatchObject({ type: 'person', party: 'freedonia', roles: ['foreign policy adviser'] });
    expect(byName('Olga Bravura')?.roles).toEqual(['Freedonian President']);
  });

  it('keeps a formal attendant title written before the name as that name\'s own ("Assistant to the President of Freedonia X")', () => {
    const { byName } = analyse('Assistant to the President of Freedonia Tamsin Orrel said talks with Sylvania would resume.');
    expect(byName('Tamsin Orrel')?.roles).toEqual(['Assistant to the President of Freedonia']);
  });
});

describe('a slash pair mid-sentence', () => {
  it('is no photo credit ("a FNWIRE/Brookfield University Poll finds")', () => {
    const { r } = analyse('Most Freedonians oppose the truce, a new FNWIRE/Brookfield University Poll finds, ahead of talks with Sylvania.');
    expect(r.entities.map((e) => e.name)).toContain('Brookfield University Poll');
  });
});

describe('a body of a body', () => {
  const text =
    'The Northern Hockey League Players Association on Tuesday evening in Toronto rejected the latest contract proposal from the owners.\n' +
    'League commissioner Dana Pruitt said the owners had made a fair offer in the talks.\n' +
    'Players Association executive director Omar Quist said the union would not accept a salary cap.\n' +
    'The Northern Hockey League said talks would resume next week.';

  it('keeps a league and its players’ association apart, and joins the association’s short form to it', () => {
    const { byName, mentionsOf } = analyse(text);
    expect(byName('Northern Hockey League')).toBeDefined();
    expect(mentionsOf('Northern Hockey League Players Association')).toEqual(expect.arrayContaining(['Northern Hockey League Players Association', 'Players Association']));
    expect(mentionsOf('Northern Hockey League')).not.toContain('Players Association');
  });

  it('gives a side to a long-named body whose bargaining words follow its name', () => {
    expect(analyse(text).byName('Northern Hockey League Players Association')?.party).toBe('northern-hockey-league-players-association');
  });

  it('gives each officer the side of the body their role names', () => {
    const { byName } = analyse(text);
    expect(byName('Dana Pruitt')?.party).toBe('northern-hockey-league');
    expect(byName('Omar Quist')?.party).toBe('northern-hockey-league-players-association');
  });
});

describe('a community named by two demonyms', () => {
  const text = 'Sylvanian Freedonians will return to the talks only if their equality is recognised, their leader said.\nSylvanian Freedonian leader Ivo Marsh met the envoy in Fredville on Monday.';

  it('is a group of its own, not either state', () => {
    const { r, byName } = analyse(text);
    expect(byName('Sylvanian Freedonians')?.type).toBe('group');
    expect(r.entities.find((e) => e.packId === 'freedonia')?.mentions.map((i) => r.mentions[i]!.text) ?? []).not.toContain('Freedonians');
  });

  it('gives its officer neither state as a side', () => {
    const party = analyse(text).byName('Ivo Marsh')?.party ?? null;
    expect(party === 'freedonia' || party === 'sylvania').toBe(false);
  });
});

describe('a bloc', () => {
  it('is a body, not a person ("the Western Bloc proposal")', () => {
    expect(analyse('Developing nations turned down a Western Bloc proposal on funding at the summit on Saturday.').byName('Western Bloc')?.type).toBe('organization');
  });
});

describe('a country before a body', () => {
  it('owns a state body ("Freedonia\'s Interior Ministry"), not an armed group or a company it only hosts', () => {
    const text = "Freedonia's Interior Ministry said talks would resume. Freedonia's Red Dawn Movement rejected the ceasefire offer in the talks on Monday.";
    const { byName, mentionsOf } = analyse(text);
    expect(mentionsOf('Freedonia')).toContain("Freedonia's Interior Ministry");
    expect(byName('Red Dawn Movement')?.party).toBe('red-dawn-movement');
  });
});

describe('a word after an acronym before "said"', () => {
  it('is the tail of the body\'s name, not a person ("NHS England said")', () => {
    const { r } = analyse('The drugmaker offered a discount in the talks. NHS England said it welcomed the offer.');
    expect(r.entities.some((e) => e.type === 'person' && e.name === 'England')).toBe(false);
  });
});

describe('a "government" officer', () => {
  it('speaks for the one country whose government the report names', () => {
    const text = "Freedonia's government and the Red Dawn Movement agreed on Friday to a ceasefire in talks in Doha.\n\nGovernment negotiator Vera Castell said the deal would hold.";
    expect(analyse(text).byName('Vera Castell')?.party).toBe('freedonia');
  });
});

describe('"its" after a possessed body', () => {
  it('gives "ALPA\'s Halvard master executive council ... Its chair, X" the union, not the company named inside', () => {
    const text = "Halvard pilots back deal\nCALGARY (AP) - Halvard Airlines and the union representing its pilots reached a tentative agreement early Thursday. CPA's Halvard master executive council voted unanimously to recommend the agreement to members, the union said. Its chair, Captain Dana Orrel, said the revised offer addressed the pilots' main concerns on pay.";
    const { entities } = analyseActors(text, kb);
    expect(entities.find((e) => e.name === 'Dana Orrel')?.party).toBe('cpa');
  });
});
