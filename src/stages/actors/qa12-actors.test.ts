/**
 * Actor defects found reading reports on negotiations no pack covers (QA passes 12 and 13: a copper-mine contract,
 * a junta's ceasefire with ethnic armies, a trade "reset", news bargaining), pinned with invented names: a state's
 * envoy called "its", a chief executive after a company acting under its short name, "the army" beside a rebel
 * army, a plural possessive inside a body's name, a company's sector tail, a mine's name, a month's abbreviation,
 * a possessed role with a lower-case complement, a members' body named for a trade, and a home portfolio.
 */
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../packs/load.js';
import { PackSchema } from '../../packs/schema.js';
import { analyseActors } from './testing.js';

const kb = new KnowledgeBase([
  PackSchema.parse({
    id: 'fiction-qa12-actors',
    name: 'Fiction QA12 actors',
    actors: [
      { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian', 'Freedonians'], metonyms: ['Fredville'] },
      { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian', 'Sylvanians'], metonyms: ['Sylvan City'] },
      { id: 'green-legion', name: 'Green Legion Army', type: 'group', aliases: ['GLA'] },
      { id: 'zentrix', name: 'Zentrix Platforms', type: 'organization', aliases: ['Zentrix'] },
      { id: 'pax-union', name: 'Pax Union', type: 'organization', aliases: ['PU'], metonyms: ['Lindau'] },
      { id: 'freedonian-armed-forces', name: 'Freedonian Armed Forces', type: 'organization', party: 'freedonia', aliases: ["Freedonia's military"] },
    ],
  }),
]);

function entities(body: string, headline = 'Talks resume') {
  const r = analyseActors(`${headline}\n\nFREDVILLE, March 3 (Reuters) - ${body}`, kb);
  return r.entities.map((e) => ({ ...e, texts: e.mentions.map((i) => r.mentions[i]!.text) }));
}
const party = (es: ReturnType<typeof entities>, name: string) => es.find((e) => e.name === name)?.party;

describe('the side of a person', () => {
  it('called "its" envoy after a state\'s ministry is that state\'s, not a group\'s named before', () => {
    const es = entities("The Green Legion Army refused to sign. Sylvania's Foreign Ministry said its special envoy, Tomas Brek, had chaired the talks.");
    expect(party(es, 'Tomas Brek')).toBe('sylvania');
  });

  it('a chief executive speaks for the company the text shows acting, not another company with a corporate tail', () => {
    const es = entities([
      'Freedonia asked Orvand to raise the royalty it pays.',
      'Orvand rejected the demand for a larger state stake. Chief executive Dara Holm said the company would raise the royalty only if the government dropped its request.',
      'Orvand has said a smelter is not viable.',
      'Freedonia Mining Holdings, the state holding company, said it would pay for the shares.',
    ].join(' '), 'Freedonia seeks bigger stake; Orvand threatens arbitration');
    const holm = es.find((e) => e.name === 'Dara Holm');
    const orvand = es.find((e) => e.texts.includes('Orvand'));
    expect(holm?.party).toBe(orvand?.party);
    expect(holm?.party).toBeTruthy();
  });

  it("whose role a company's possessive owns, with a lower-case complement, is the company's", () => {
    const es = entities("Zentrix Platforms said it would stop news. Zentrix's director of public policy for Freedonia and Sylvania, Dara Holm, said the company would not accept arbitration.");
    expect(party(es, 'Dara Holm')).toBe('zentrix');
  });

  it("chairing a members' body named for a trade (\"News Publishers' Association\") is that body's", () => {
    const es = entities("The News Publishers' Association asked for arbitration. \"Arbitration is what the law is for,\" association chair Ola Fenn told reporters.");
    expect(party(es, 'Ola Fenn')).toBe(party(es, "News Publishers' Association"));
    expect(party(es, 'Ola Fenn')).toBeTruthy();
  });

  it('whose title puts a portfolio\'s name between a demonym and the role head is that country\'s ("Sylvanian Europe minister")', () => {
    const es = entities('Sylvania said it now backed the package. "That changes everything," Sylvanian Europe minister Clara Aubin said.');
    expect(party(es, 'Clara Aubin')).toBe('sylvania');
  });

  it('holding a home portfolio in a report filed from a capital is that government\'s', () => {
    const es = entities('Media Minister Paula Venn said the government would not amend the law.');
    expect(party(es, 'Paula Venn')).toBe('freedonia');
  });
});

describe('"the army"', () => {
  it("is the state's military, not a rebel group whose name ends in Army", () => {
    const es = entities("Freedonia's military and the Green Legion Army agreed to a ceasefire, under which the Green Legion Army will hand the town back to the army. The army would stop air strikes only if the GLA withdrew.");
    const legion = es.find((e) => e.name === 'Green Legion Army');
    expect(legion?.texts.some((t) => /^the army$/i.test(t))).toBe(false);
    expect(es.find((e) => e.texts.includes("Freedonia's military"))?.texts).toEqual(expect.arrayContaining(['the army', 'The army']));
  });
});

describe('names of bodies and companies', () => {
  it("keep a plural possessive inside the name (\"the Coastal Elders' Council\")", () => {
    const es = entities("The Coastal Elders' Council rejected the plan on Monday.");
    expect(es.map((e) => e.name)).toContain("Coastal Elders' Council");
  });

  it('a sector word closes a company\'s name ("Orvand Defence", "Orvand Copper"): a company, not a person', () => {
    const es = entities('Orvand Defence said on Monday it would appeal the ruling. Freedonia asked Kelmar Copper to pay more.');
    expect(es.find((e) => e.name === 'Orvand Defence')?.type).toBe('organization');
    expect(es.find((e) => e.name === 'Kelmar Copper')?.type).toBe('organization');
    // A person's name stays a person's.
    expect(entities('Samantha Gold said on Monday she would appeal.').find((e) => e.name === 'Samantha Gold')?.type).toBe('person');
  });

  it("a mine's name is a place, not a company", () => {
    const es = entities([
      'Orvand Copper agreed on Thursday to give Freedonia a 30 percent stake in the Lusenga copper mine and withdrew its claim.',
      'Photo caption: Protesters sit on the road to the Lusenga mine, Nov 12.',
      '"This keeps the mine open," Freedonia said.',
    ].join('\n\n'), 'Orvand accepts state stake in Lusenga mine');
    expect(es.some((e) => e.name === 'Lusenga')).toBe(false);
  });

  it('a month written short in a caption is no body ("Lindau, Feb 18.")', () => {
    const text = 'Sylvania, PU open talks\n\nLINDAU, Feb 18 (Reuters) - Sylvania and the Pax Union opened formal talks on Tuesday.\n\nPhoto caption: Sylvanian minister Ola Brek and PU Commissioner Ivo Tamm meet at the Palace building in Lindau, Feb 18. REUTERS/Yves Herman\n\nSylvania rejected the proposal.';
    const r = analyseActors(text, kb);
    expect(r.mentions.some((m) => m.text === 'Feb')).toBe(false);
  });
});
