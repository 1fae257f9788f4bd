/**
 * Stances no single verb signals: membership questions ("leave the alliance" / "stay in the bloc"), leaving
 * or staying in a deal, approval idioms, advice backed by another, quoted judgements of "it", bills brought
 * and passed, and judgements reached through "better off". Synthetic sentences about a fictional northern
 * alliance and a fictional fisheries accord (no seed, held-out or PolNeAR text), with negatives.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { findMembershipObjects, findPropositions } from '../../corpus/propositions.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Vessa', type: 'country', party: 'vessa', surfaces: [['Vessa', 'name']] },
  { name: 'Anna Berg', type: 'person', party: 'norland', surfaces: [['Anna Berg', 'name'], ['Berg', 'name']] },
  { name: 'Piet Lund', type: 'person', party: 'vessa', surfaces: [['Piet Lund', 'name'], ['Lund', 'name']] },
  { name: 'Harbor Board', type: 'organization', party: 'harbor-board', surfaces: [['Harbor Board', 'name']] },
];

const LEAD = 'Norland and Vessa argue over the fisheries accord\nNorland and Vessa met on Monday to discuss the fisheries accord and their place in the northern alliance. ';

function stancesOf(body: string, quotes: { text: string; speaker: string }[] = [], lead = LEAD) {
  return fixtureStances(lead + body, ACTORS, kb, { quotes: quotes.map((q) => ({ ...q, kind: 'direct' as const })) })
    .filter((s) => s.end > lead.length)
    .map(({ actor, proposition, stance }) => ({ actor, proposition, stance }));
}
const holds = (body: string, actor: string, stance: string, proposition?: string, quotes: { text: string; speaker: string }[] = []) =>
  expect(stancesOf(body, quotes)).toContainEqual(expect.objectContaining({ actor, stance, ...(proposition ? { proposition } : {}) }));
const holdsNone = (body: string, actor: string, proposition?: string, quotes: { text: string; speaker: string }[] = []) =>
  expect(stancesOf(body, quotes).filter((s) => s.actor === actor && (!proposition || s.proposition === proposition))).toEqual([]);

describe('membership questions', () => {
  it('names leaving and staying as one question, staying marked as its other answer', () => {
    const t = 'Voters may leave the alliance, or remain within the bloc, or quit NATO.';
    const found = findMembershipObjects(t, 0, t.length);
    expect(found.map((f) => [f.id, !!f.stays])).toEqual([
      ['auto:alliance-exit', false],
      ['auto:bloc-exit', true],
      ['auto:nato-exit', false],
    ]);
    // With the EU named, "the bloc" and "the Union" are the EU.
    const eu = 'Leaders of the European Union met. Some want Norland to stay in the bloc; others would pull out of the Union.';
    expect(findMembershipObjects(eu, 0, eu.length).map((f) => f.id)).toEqual(['auto:european-union-exit', 'auto:european-union-exit']);
  });

  it('is not a summit left, a possessive or a plain mention of the body', () => {
    for (const t of ['Berg left the alliance summit early.', "Lund left the bloc's headquarters at noon.", 'The alliance met in Vessa.', 'They stayed in the alliance capital overnight.']) {
      expect(findMembershipObjects(t, 0, t.length)).toEqual([]);
    }
    expect(findPropositions('Berg left the alliance summit early.', 0, 36, kb).map((p) => p.id)).not.toContain('auto:alliance-exit');
  });

  it('reads staying as opposing the exit and leaving as backing it', () => {
    holds('Anna Berg said Norland should stay in the alliance.', 'Anna Berg', 'oppose', 'auto:alliance-exit');
    holds('Piet Lund wants Vessa to leave the alliance.', 'Piet Lund', 'support', 'auto:alliance-exit');
    holds('Anna Berg argued that Norland would be better off remaining in the alliance.', 'Anna Berg', 'oppose', 'auto:alliance-exit');
    holds('Piet Lund said Vessa would be better off outside the alliance and should quit the alliance.', 'Piet Lund', 'support', 'auto:alliance-exit');
  });

  it('takes no stance from hypotheticals, questions or reports of the question', () => {
    holdsNone('If Norland left the alliance, Anna Berg said, prices would rise.', 'Norland', 'auto:alliance-exit');
    holdsNone('Should Norland leave the alliance?', 'Anna Berg', 'auto:alliance-exit');
    holdsNone('The referendum asks voters whether Norland should leave the alliance, Anna Berg explained.', 'Anna Berg', 'auto:alliance-exit');
  });
});

describe('leaving or staying in a deal', () => {
  it('opposes a deal left and backs a deal stayed in', () => {
    holds('Vessa quit the fisheries accord on Friday.', 'Vessa', 'oppose');
    holds('Norland will remain in the fisheries accord, Anna Berg said.', 'Norland', 'support');
  });
  it('does not read leaving a place or a meeting as leaving the deal', () => {
    holdsNone('Piet Lund left the room before the fisheries accord was read out.', 'Piet Lund');
  });
});

describe('approval idioms and advice', () => {
  it('reads a seal of approval, a blessing and lining up behind as support', () => {
    holds('Anna Berg gave the fisheries accord her seal of approval.', 'Anna Berg', 'support');
    holds('The Harbor Board has given the deal its blessing.', 'Harbor Board', 'support');
    holds('Piet Lund lined up behind the fisheries accord.', 'Piet Lund', 'support');
  });
  it('gives nothing for giving what is no approval', () => {
    holdsNone('Anna Berg gave a long speech about the fisheries accord.', 'Anna Berg');
  });
  it("gives an advice's obligation to its owner and to whoever backs it, not to whoever rejects it", () => {
    const body = "Anna Berg threw her weight behind Piet Lund's advice that Norland should stay in the alliance.";
    holds(body, 'Anna Berg', 'oppose', 'auto:alliance-exit');
    holds(body, 'Piet Lund', 'oppose', 'auto:alliance-exit');
    const rejected = "Anna Berg rejected Piet Lund's advice that Norland should stay in the alliance.";
    holds(rejected, 'Piet Lund', 'oppose', 'auto:alliance-exit');
    expect(stancesOf(rejected)).not.toContainEqual(expect.objectContaining({ actor: 'Anna Berg', proposition: 'auto:alliance-exit', stance: 'oppose' }));
  });
  it('takes the person a body describes as the subject ("Vessa envoy Piet Lund")', () => {
    holds("Vessa envoy Piet Lund met reporters, backing Anna Berg's advice that Norland should remain in the alliance.", 'Piet Lund', 'oppose', 'auto:alliance-exit');
  });
});

describe('bills brought, passed and asked for', () => {
  it('reads sponsoring, calling on others to pass and asking for funding as support', () => {
    holds('Anna Berg co-sponsored the fisheries bill.', 'Anna Berg', 'support');
    holds('Piet Lund called on the Harbor Board to pass the measure.', 'Piet Lund', 'support');
    holds('Anna Berg asked for more funding for the harbor.', 'Anna Berg', 'support', 'auto:funding');
    holds('Piet Lund has pressed privately for funding.', 'Piet Lund', 'support', 'auto:funding');
  });
  it('reads a failure to pass and a cut as opposition, and a mere mention as nothing', () => {
    holds('The Harbor Board cut funding for the harbor.', 'Harbor Board', 'oppose', 'auto:funding');
    holdsNone('Anna Berg noted that the funding arrived in May.', 'Anna Berg');
  });
});

describe('quoted judgements of "it"', () => {
  const quote = '"In the end, I am glad that it happened."';
  it("gives the speaker's judgement to the object under discussion", () => {
    holds(`Norland signed the fisheries accord. ${quote} Anna Berg said.`, 'Anna Berg', 'support', undefined, [{ text: quote, speaker: 'Anna Berg' }]);
  });
  it('leaves questions, hypotheticals and negated judgements alone', () => {
    for (const q of ['"Would I be glad if it happened?"', '"If it happened, I would be glad."', '"I am not glad that it happened."']) {
      holdsNone(`Norland signed the fisheries accord. ${q} Anna Berg said.`, 'Anna Berg', undefined, [{ text: q, speaker: 'Anna Berg' }]);
    }
  });
  it('reads a concession by its main clause: granting a step forward, then judging it a disaster, opposes it', () => {
    const q = '"While it is a step forward, it is a disaster for the harbor."';
    holds(`Norland signed the fisheries accord. ${q} Anna Berg said.`, 'Anna Berg', 'oppose', undefined, [{ text: q, speaker: 'Anna Berg' }]);
  });
  it('keeps the judgement of a sentence that opens with "But"', () => {
    const q = '"But this is a wonderful and balanced result."';
    holds(`Norland signed the fisheries accord. "It has flaws." ${q} Anna Berg said.`, 'Anna Berg', 'support', undefined, [{ text: q, speaker: 'Anna Berg' }]);
  });
  it('needs a judgement: a neutral statement about it is no stance', () => {
    const q = '"It was signed in the morning."';
    holdsNone(`Norland signed the fisheries accord. ${q} Anna Berg said.`, 'Anna Berg', undefined, [{ text: q, speaker: 'Anna Berg' }]);
  });
});

describe('members of a group named after "including"', () => {
  it('gives a plural group’s stance to the members it names', () => {
    const body = 'Several northern lawmakers have given the fisheries accord their seal of approval, including Anna Berg and Piet Lund.';
    holds(body, 'Anna Berg', 'support');
    holds(body, 'Piet Lund', 'support');
  });
  it('does not give a named subject’s stance to people it lists, nor a group’s to people named elsewhere', () => {
    holdsNone('Anna Berg backed the fisheries accord, including its rules on quotas drafted with Piet Lund.', 'Piet Lund');
    holdsNone('Several lawmakers backed the fisheries accord. Reporters, including Piet Lund, were told.', 'Piet Lund');
  });
});

describe('recognition as a nuclear power and air strikes', () => {
  it('reads accepting a country as a nuclear state as a question of its own, negation kept', () => {
    const q = '"Norland does not, and never will, accept Vessa as a nuclear state."';
    holds(`${q} Anna Berg said.`, 'Anna Berg', 'oppose', 'auto:nuclear-status', [{ text: q, speaker: 'Anna Berg' }]);
    holds('Piet Lund urged the alliance to recognise Vessa as a nuclear power.', 'Piet Lund', 'support', 'auto:nuclear-status');
  });
  it('finds air strikes called for, but no stance in a report that they happened', () => {
    holds('Piet Lund has pressed privately for airstrikes on the harbor.', 'Piet Lund', 'support', 'auto:airstrikes');
    holdsNone('Airstrikes hit the harbor on Monday, Anna Berg said.', 'Anna Berg', 'auto:airstrikes');
  });
});

describe('partners in a stance', () => {
  it('gives what the partners set out to do to the subject and every partner', () => {
    const body = 'Anna Berg teamed up with Piet Lund and the Harbor Board to introduce the fisheries bill.';
    for (const actor of ['Anna Berg', 'Piet Lund', 'Harbor Board']) holds(body, actor, 'support');
    const joined = 'Anna Berg joined Piet Lund in pushing for the fisheries accord.';
    holds(joined, 'Anna Berg', 'support');
    holds(joined, 'Piet Lund', 'support');
  });
  it('names no partner in a relative clause, nor anyone a partnership merely mentions', () => {
    holdsNone('Anna Berg teamed up with Piet Lund, who had met Vessa, to introduce the fisheries bill.', 'Vessa');
    holdsNone('Anna Berg worked with Piet Lund for years. Vessa later rejected the fisheries accord.', 'Piet Lund');
  });
});
