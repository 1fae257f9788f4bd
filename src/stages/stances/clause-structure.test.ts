/**
 * How a clause's parts are read around a stance: the name of a committed act (past a time before its object,
 * through a noun of bringing about, by the thing alone after a verb of weighing), a time after the object that
 * names no second object, a clause joined after a comma whose unnamed subject holds it, and the order in which
 * "the offer" points back. Synthetic sentences about fictional sides (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name']] },
  { name: 'Dorvex Airlines', type: 'organization', party: null, packId: null, surfaces: [['Dorvex Airlines', 'name']] },
  { name: 'Harbour Pilots Union', type: 'organization', party: null, packId: null, surfaces: [['Harbour Pilots Union', 'name']] },
];

const NORDIC_LEAD = 'Norland and Sudmark resumed talks on the harbour levy on Monday. ';
const LABOUR_LEAD = 'The Harbour Pilots Union has threatened a strike over pay, and Dorvex Airlines has offered a new contract. ';
const ACCORD_LEAD = 'Norland and Sudmark signed a fishing accord on Monday. ';

/** "<actor> <stance> <proposition>" for the stances of `body`, after a lead that sets the talks. */
function stancesAfter(lead: string, body: string): string[] {
  return fixtureStances(lead + body, ACTORS, kb)
    .filter((s) => s.end > lead.length)
    .map((s) => `${s.actor} ${s.stance} ${s.proposition.replace(/@.*$/, '')}`);
}

describe('the name of a committed act', () => {
  it('passes over a time between the verb and its object', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark committed to free in the next days all the detained fishermen.')).toContain('Sudmark support auto:free-fishermen');
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark committed to free within two weeks the detained fishermen.')).toContain('Sudmark support auto:free-fishermen');
  });

  it('is the thing a noun of bringing about is of or to', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Norland called on Sudmark to avoid a return to hostilities.')).toContain('Norland support auto:avoid-hostilities');
    const inspections = stancesAfter(NORDIC_LEAD, 'Norland called on Sudmark to allow the resumption of inspections.');
    expect(inspections).toContain('Norland support auto:inspections');
    expect(inspections.join()).not.toMatch(/resumption/);
    // A noun that names a thing of its own keeps its name.
    const corridor = stancesAfter(NORDIC_LEAD, 'Norland called on Sudmark to restore a corridor to the port.');
    expect(corridor).toContain('Norland support auto:corridor');
    expect(corridor.join()).not.toMatch(/auto:port/);
  });

  it('is the thing alone after a verb of weighing it', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark agreed to study the creation of a fund.')).toContain('Sudmark support auto:fund');
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark agreed to consider a joint mechanism.')).toContain('Sudmark support auto:joint-mechanism');
  });
});

describe('a time after the object', () => {
  it('names no second object', () => {
    const found = stancesAfter(LABOUR_LEAD, 'Dorvex Airlines accepted the contract early Thursday, hours before a strike.');
    expect(found).toContain('Dorvex Airlines support auto:contract');
    expect(found.some((x) => x.endsWith('auto:strike'))).toBe(false);
    expect(stancesAfter(LABOUR_LEAD, 'Dorvex Airlines accepted the contract shortly after the strike.').some((x) => x.endsWith('auto:strike'))).toBe(false);
  });

  it('leaves a second object joined by "and" an object', () => {
    expect(stancesAfter(LABOUR_LEAD, 'The Harbour Pilots Union rejected the contract and the strike.')).toEqual(expect.arrayContaining(['Harbour Pilots Union oppose auto:contract', 'Harbour Pilots Union oppose auto:strike']));
  });
});

describe('a clause joined after a comma', () => {
  it('with an unnamed subject is not held by a name from the clause before', () => {
    const text = 'Canada and Norway signed a fishing accord on Monday. The accord must still be ratified. Not all skippers were convinced. In an online forum, some skippers said the accord still left them behind U.S. colleagues, and one group of skippers based in Porto urged colleagues to vote no.';
    const actors: FixtureActor[] = [
      { name: 'Canada', type: 'country', party: 'canada', packId: 'canada', surfaces: [['Canada', 'name']] },
      { name: 'Norway', type: 'country', party: 'norway', packId: 'norway', surfaces: [['Norway', 'name']] },
      { name: 'United States', type: 'country', party: 'united-states', packId: 'united-states', surfaces: [['U.S.', 'name']] },
    ];
    const found = fixtureStances(text, actors, kb).map((s) => s.actor);
    expect(found).toContain('Canada');
    expect(found).not.toContain('United States');
  });

  it('opening on a time is still the subject\'s before the comma', () => {
    expect(stancesAfter('', 'Norland rejected the harbour levy, and some days later agreed to a ceasefire.').filter((x) => x.includes('ceasefire'))).toEqual([expect.stringMatching(/^Norland support .*ceasefire/)]);
  });

  it('with people who speak for a side is still that side\'s', () => {
    expect(stancesAfter(ACCORD_LEAD, 'Sudmark welcomed the signing, and a spokesman urged parliament to ratify the accord.')).toContain('Sudmark support auto:fishing-deal');
  });
});

describe('an anaphor in a sentence', () => {
  it('is not an object named after it in a condition', () => {
    const found = stancesAfter('', 'Norland and Sudmark held talks on fishing quotas. Norland accepted the offer only after Sudmark agreed to drop its threat of arbitration.');
    expect(found).toContain('Norland conditional auto:quotas');
    expect(found).not.toContain('Norland conditional auto:arbitration');
  });

  it('is the object in the clause right after it that says what it holds', () => {
    expect(stancesAfter('', 'Norland and Sudmark held talks on Monday. Norland rejected a provision that would extend the fishing quotas.')).toContain('Norland oppose auto:quotas');
  });
});

describe('a stance taken up by another side in an appositive', () => {
  it('is held by the one who echoes or shares it, and reversed by the one who rejects it', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Norland backed the harbour levy, a position shared by Sudmark.')).toContain('Sudmark support auto:tariffs');
    expect(stancesAfter(NORDIC_LEAD, 'Norland rejected the harbour levy, a stance echoed by Sudmark on Friday.')).toContain('Sudmark oppose auto:tariffs');
    expect(stancesAfter(NORDIC_LEAD, 'Norland called for the harbour levy, a demand rejected by Sudmark.')).toContain('Sudmark oppose auto:tariffs');
    // A call is for something: what the echo takes up is the call, not a rejection told after it.
    expect(stancesAfter(NORDIC_LEAD, 'Norland called for a ceasefire and rejected the harbour levy, a call echoed by Sudmark.')).not.toContain('Sudmark oppose auto:tariffs');
  });
});

describe('an object named before the verb that takes it', () => {
  it('is the phrase a relative clause is on, with what the phrase is on or of, past an earlier noun phrase', () => {
    expect(stancesAfter(LABOUR_LEAD, 'The draft includes a cap on outsourcing, which Dorvex Airlines had long rejected.')).toContain('Dorvex Airlines oppose auto:cap-outsourcing');
    // A lone head that names no thing is left to the anaphor rules.
    expect(stancesAfter(LABOUR_LEAD, 'The draft includes a change on Monday, which Dorvex Airlines had rejected.').join()).not.toMatch(/auto:change/);
  });

  it('is the noun phrase a participle of making or backing describes, when a side follows "by"', () => {
    expect(stancesAfter(NORDIC_LEAD, 'The dedicated fund demanded by Sudmark was watered down.')).toContain('Sudmark support auto:dedicated-fund');
    expect(stancesAfter(NORDIC_LEAD, 'The joint patrol zone, first proposed by Norland, was shelved.').join()).toMatch(/Norland support auto:(?:patrol-)?zone/);
    // No side after "by": no holder, no stance.
    expect(stancesAfter(NORDIC_LEAD, 'The dedicated fund demanded by many was watered down.')).toEqual([]);
  });
});

describe('an appositive that calls the object a side\'s demand', () => {
  it('gives the side a stance for the object named before the comma', () => {
    expect(stancesAfter(LABOUR_LEAD, 'Dorvex Airlines accepted a pension fund for retired crews, a central demand of the Harbour Pilots Union.')).toContain('Harbour Pilots Union support auto:pension');
    expect(stancesAfter(NORDIC_LEAD, 'Norland agreed to a prisoner exchange, a key Sudmark demand.')).toContain('Sudmark support auto:prisoner-exchange');
    expect(stancesAfter(NORDIC_LEAD, 'Prospects are dimmer for a prisoner exchange, another high priority for Sudmark.')).toContain('Sudmark support auto:prisoner-exchange');
    expect(stancesAfter(NORDIC_LEAD, 'The accord includes a prisoner exchange, which was a longstanding request of Sudmark, and a truce.')).toContain('Sudmark support auto:prisoner-exchange');
  });

  it('is not on the object of a fronted clause when the appositive is on the next subject', () => {
    expect(stancesAfter(NORDIC_LEAD, 'After Norland rejected the harbour levy, a key Sudmark demand, the prisoner exchange, was dropped.').join()).not.toMatch(/Sudmark support auto:tariffs/);
  });

  it('names no holder when the demand is nobody\'s', () => {
    expect(stancesAfter(NORDIC_LEAD, 'The accord includes a prisoner exchange, the main demand.').join()).not.toMatch(/Sudmark|Norland support auto:prisoner/);
  });
});

describe('a subject before a relative clause set off by commas', () => {
  it('holds the verb after the clause, with the names joined to it, not a name inside the clause', () => {
    // (A levy is a tariff to the proposition lexicon.)
    const found = stancesAfter(NORDIC_LEAD, 'Norland and Sudmark, which act as guarantors alongside Dorvex Airlines, called on both sides to extend the harbour levy.');
    expect(found).toContain('Norland support auto:tariffs');
    expect(found).toContain('Sudmark support auto:tariffs');
    expect(found.join()).not.toMatch(/Dorvex/);
  });
});

describe('names joined by "between"', () => {
  it('are objects of the preposition, not the subject of the verb after them', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Talks between Norland and Sudmark resumed on Tuesday over the harbour levy.')).toEqual([]);
    expect(stancesAfter(LABOUR_LEAD, 'Negotiations between the pilots and Dorvex Airlines resumed over the new contract.')).toEqual([]);
    // A verb before "and" closes the pair: the name after it opens a clause of its own.
    expect(stancesAfter(NORDIC_LEAD, 'Relations between the two soured and Sudmark rejected the harbour levy.')).toContain('Sudmark oppose auto:tariffs');
    // A name joined after another preposition may open its own clause.
    expect(stancesAfter(NORDIC_LEAD, 'Under pressure from fishermen and Norland, Sudmark rejected the harbour levy.')).toContain('Sudmark oppose auto:tariffs');
  });
});

describe('what a side is said to want by a verb or a noun that names it indirectly', () => {
  it('reads "encouraged X to <act>" as urging the act, and "encouraging" as no cue', () => {
    // (Lowering a levy opposes it.)
    expect(stancesAfter(NORDIC_LEAD, 'Norland has encouraged Sudmark to lower the harbour levy.')).toContain('Norland oppose auto:tariffs');
    // Encouraged by someone, the one encouraged is no holder.
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark was encouraged by Norland to lower the harbour levy.').join()).not.toMatch(/Sudmark/);
  });

  it('reads "the idea of X" as X, named or not', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark has embraced the idea of a joint coast guard.')).toContain('Sudmark support auto:coast-guard');
    expect(stancesAfter(NORDIC_LEAD, 'Norland rejected the idea of creating a joint coast guard.')).toContain('Norland oppose auto:coast-guard');
    // The idea's words end before a clause or a preposition of their own.
    expect(stancesAfter(NORDIC_LEAD, 'Norland backed the idea of a coast guard that Sudmark rejected.').join()).not.toMatch(/guard-sudmark/);
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark rejected the idea of a coast guard with the west.').join()).not.toMatch(/with-west/);
  });
});

describe('names in an aside on the subject', () => {
  it('are not the subject, even as a list in a participle\'s aside before an auxiliary', () => {
    const found = stancesAfter(NORDIC_LEAD, 'Norland, speaking for a bloc that also includes Sudmark and Dorvex Airlines, has blocked every attempt to extend the harbour levy.');
    expect(found.join()).toMatch(/Norland oppose/);
    expect(found.join()).not.toMatch(/Sudmark|Dorvex/);
  });

  it('are not the subject when they are the agent of a participle on the subject', () => {
    const found = stancesAfter(NORDIC_LEAD, 'Varga said the dedicated fund demanded by Sudmark had been turned into a promise to discuss the harbour levy.');
    expect(found).toContain('Sudmark support auto:dedicated-fund');
    expect(found.filter((f) => f.startsWith('Sudmark'))).toHaveLength(1);
  });
});

describe('an act asked not to happen', () => {
  it('is opposed when a listed object is named by its act after "not to"', () => {
    const found = (body: string) => stancesAfter(NORDIC_LEAD, body).join();
    expect(found('Norland urged Sudmark not to extend the harbour levy.')).toMatch(/Norland oppose/);
    expect(found('Norland warned Sudmark not to extend the harbour levy.')).toMatch(/Norland oppose/);
    expect(found('Norland urged Sudmark to extend the harbour levy.')).toMatch(/Norland support/);
    // Lifting undoes the levy: asked not to lift it, the side wants it kept.
    expect(found('Norland warned Sudmark not to lift the harbour levy.')).toMatch(/Norland support/);
    // A warning that something will not happen asks nothing; nor does "not to blame", "not to be trusted".
    expect(found('Norland warned that Sudmark would not extend the harbour levy.')).not.toMatch(/Norland (?:support|oppose)/);
    expect(found('Norland warned Sudmark that it was not to blame for the harbour levy.')).not.toMatch(/Norland (?:support|oppose)/);
    expect(found('Norland warned that Sudmark was not to be trusted with the harbour levy.')).not.toMatch(/Norland (?:support|oppose)/);
  });

  it('is opposed for a pack proposition whose phrase opens on its verb ("not to join NATO")', () => {
    const sides: FixtureActor[] = [
      { name: 'Russia', type: 'country', party: 'russia', packId: 'russia', surfaces: [['Russia', 'name']] },
      { name: 'Ukraine', type: 'country', party: 'ukraine', packId: 'ukraine', surfaces: [['Ukraine', 'name']] },
    ];
    const of = (body: string) => fixtureStances(`Talks on a ceasefire resumed on Monday. ${body}`, sides, kb).map((s) => `${s.actor} ${s.stance} ${s.proposition}`);
    expect(of('Russia urged Ukraine not to join NATO.')).toContain('Russia oppose nato-membership');
    expect(of('Russia warned Ukraine never to join NATO.')).toContain('Russia oppose nato-membership');
    expect(of('Russia urged Ukraine to join NATO.')).toContain('Russia support nato-membership');
  });
});

describe('a side joined by others', () => {
  it('gives those who join it its last stance told before', () => {
    const found = stancesAfter(NORDIC_LEAD, 'Norland rejected the harbour levy on Monday. Prices rose. Norland was joined by Sudmark and Dorvex Airlines.');
    expect(found).toContain('Sudmark oppose auto:tariffs');
    expect(found).toContain('Dorvex Airlines oppose auto:tariffs');
    // With no stance of the joined side before, nobody takes one.
    expect(stancesAfter(NORDIC_LEAD, 'Prices rose. Norland was joined by Sudmark at the talks.').join()).not.toMatch(/Sudmark/);
  });

  it('gives one who joins the calls or the criticism, with nothing after it, the last such stance of another side', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Norland called for an end to the harbour levy. Sudmark has joined the calls.').join()).toMatch(/Sudmark (?:support|oppose) auto:tariffs/);
    expect(stancesAfter(NORDIC_LEAD, 'Norland rejected the harbour levy. Sudmark joined the chorus of criticism on Monday.')).toContain('Sudmark oppose auto:tariffs');
    // Joining the talks is no stance.
    expect(stancesAfter(NORDIC_LEAD, 'Norland rejected the harbour levy. Sudmark joined the talks on Monday.').join()).not.toMatch(/Sudmark/);
  });
});

describe('a bound, not a negation', () => {
  it('wanting "nothing more than" or "nothing but" a thing wants it; "no more than" a number of a thing is no stance against it', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark wanted nothing more than an end to the harbour levy.').join()).toMatch(/Sudmark oppose auto:tariffs/);
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark wants nothing but the harbour levy.').join()).toMatch(/Sudmark support auto:tariffs/);
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark proposed no levy at all.').join()).not.toMatch(/Sudmark (?:support|oppose)/);
  });
});

describe('recognising a hold on land', () => {
  it('is an act on the table: refused or ruled out, it is opposed', () => {
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark said it would never recognise Norland sovereignty over the islands.').join()).toMatch(/Sudmark oppose auto:recognition/);
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark refused to recognise the annexation of the islands.').join()).toMatch(/Sudmark oppose auto:recognition/);
    // Recognising a person or a fact is no such act.
    expect(stancesAfter(NORDIC_LEAD, 'Sudmark recognised the need for more talks.').join()).not.toMatch(/recognition/);
  });
});

describe('what a side says it can or cannot afford', () => {
  it('accepts or refuses it', () => {
    expect(stancesAfter(LABOUR_LEAD, 'Dorvex Airlines said it cannot afford a 25% raise.').join()).toMatch(/Dorvex Airlines oppose auto:wage-increase/);
    expect(stancesAfter(LABOUR_LEAD, 'Dorvex Airlines said it could afford a modest raise.').join()).toMatch(/Dorvex Airlines support auto:wage-increase/);
    // Giving something is no stance.
    expect(stancesAfter(LABOUR_LEAD, 'The old contract afforded pilots new protections.').join()).not.toMatch(/afford/);
  });
});
