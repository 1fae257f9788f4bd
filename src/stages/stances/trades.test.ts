/**
 * Trades ("in exchange for", "in return for") and the acts bargained over in them: withdrawing troops,
 * freeing prisoners or hostages, swapping prisoners, halting an offensive. Synthetic sentences about a
 * fictional round of Armenia–Azerbaijan talks (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';
import type { RawDocument } from '../../core/model.js';
import { prepareDocument } from '../../ingest/ingest.js';

const kb = loadKnowledge();
const ACTORS: FixtureActor[] = [
  { name: 'Armenia', type: 'country', party: 'armenia', packId: 'armenia', surfaces: [['Armenia', 'name'], ['Yerevan', 'metonym']] },
  { name: 'Azerbaijan', type: 'country', party: 'azerbaijan', packId: 'azerbaijan', surfaces: [['Azerbaijan', 'name'], ['Baku', 'metonym']] },
  { name: 'Mara Quill', type: 'person', surfaces: [['Mara Quill', 'name']] },
];
const HEADLINE = 'Armenia and Azerbaijan trade offers at border talks\n';

function stancesOf(text: string) {
  return fixtureStances(`${HEADLINE}${text}`, ACTORS, kb).map(({ actor, proposition, stance, condition }) => ({ actor, proposition, stance, condition }));
}

describe('trades', () => {
  it('reads an offered trade as conditional on what is asked, and what is asked as wanted', () => {
    const r = stancesOf('Azerbaijan offered to withdraw its troops from the ridge in return for sanctions relief.');
    expect(r).toContainEqual({ actor: 'Azerbaijan', proposition: 'auto:troop-withdrawal', stance: 'conditional', condition: 'in return for sanctions relief' });
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Azerbaijan', proposition: 'auto:sanctions-relief', stance: 'support' }));
  });

  it('reads a demand in exchange for an act as wanting the demand and offering the act on it', () => {
    const r = stancesOf('Armenia demanded security guarantees in exchange for a ceasefire.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:security-guarantee', stance: 'support' }));
    expect(r).toContainEqual({ actor: 'Armenia', proposition: 'auto:ceasefire', stance: 'conditional', condition: 'security guarantees' });
  });

  it('reads a future trade stated of a side the same way', () => {
    const r = stancesOf('Armenia said it would free 40 Azerbaijani prisoners in exchange for the return of two border villages.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:prisoner-release', stance: 'conditional' }));
  });

  it('keeps an agreed trade a plain agreement', () => {
    const r = stancesOf('Armenia agreed to free 600 prisoners in exchange for the release of the hostages.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:prisoner-release', stance: 'support' }));
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:hostage-release', stance: 'support' }));
    expect(r.some((s) => s.stance === 'conditional')).toBe(false);
  });

  it('keeps a refused trade a refusal, and asks nothing', () => {
    const r = stancesOf('Azerbaijan refused to withdraw its troops in exchange for sanctions relief.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Azerbaijan', proposition: 'auto:troop-withdrawal', stance: 'oppose' }));
    expect(r.some((s) => s.proposition === 'auto:sanctions-relief')).toBe(false);
  });

  it('does not condition an agreement on a trade its object contains', () => {
    const r = stancesOf('Armenia and Azerbaijan agreed to a phased ceasefire that would see hostages freed in exchange for prisoners.');
    expect(r.filter((s) => s.proposition === 'auto:ceasefire').map((s) => s.stance)).toEqual(['support', 'support']);
  });
});

describe('acts bargained over', () => {
  it('names withdrawing troops, freeing and swapping prisoners, and halting an offensive', () => {
    expect(stancesOf('Armenia demanded that Azerbaijan withdraw all its remaining troops.')).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:troop-withdrawal', stance: 'support' }));
    expect(stancesOf('Azerbaijan refused to pull its forces back.')).toContainEqual(expect.objectContaining({ actor: 'Azerbaijan', proposition: 'auto:troop-withdrawal', stance: 'oppose' }));
    expect(stancesOf('Armenia offered to swap prisoners of war.')).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:prisoner-exchange', stance: 'support' }));
    expect(stancesOf('Azerbaijan agreed to halt its offensive.')).toContainEqual(expect.objectContaining({ actor: 'Azerbaijan', proposition: 'auto:ceasefire', stance: 'support' }));
  });

  it('does not read leaving the talks as a withdrawal of troops', () => {
    expect(stancesOf('Azerbaijan pulled out of the talks on Monday.').some((s) => s.proposition === 'auto:troop-withdrawal')).toBe(false);
  });

  it('does not credit a side with the terms a document sets out for it', () => {
    expect(stancesOf('Under the plan, Armenia would pull its troops out of the border villages.').some((s) => s.actor === 'Armenia')).toBe(false);
  });

  it('does not credit the subject of another clause with an act a noun holds', () => {
    const r = stancesOf('Armenia hosted a summit in Yerevan on Monday, after days of negotiations between the two sides to halt the offensive.');
    expect(r.some((s) => s.proposition === 'auto:ceasefire')).toBe(false);
  });

  it('does not carry a stance into an "as" clause with its own verb', () => {
    const r = stancesOf('Armenia rejected the border plan on Monday, as the talks stumbled over a prisoner exchange.');
    expect(r.some((s) => s.actor === 'Armenia' && s.proposition === 'auto:prisoner-exchange')).toBe(false);
  });

  it('does not carry a stance into a time clause with its own verb', () => {
    const r = stancesOf('Armenia rejected the border plan on Tuesday, a day after the talks ended with a deal to exchange prisoners.');
    expect(r.some((s) => s.actor === 'Armenia' && s.proposition === 'auto:prisoner-exchange')).toBe(false);
  });
});

describe('conditions told with "when"', () => {
  it('reads "will accept X when Y stops ..." as conditional, and a plain "when" of time as no condition', () => {
    expect(stancesOf('Armenia will accept a ceasefire when Azerbaijan stops shelling its villages.')).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:ceasefire', stance: 'conditional', condition: 'when Azerbaijan stops shelling its villages' }));
    expect(stancesOf('Armenia will sign the ceasefire when the leaders meet next week.')).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:ceasefire', stance: 'support' }));
  });
});

describe('an offer or a demand said not to have been made', () => {
  it('is a fact, not a stance against it; a refusal to make it is one', () => {
    expect(stancesOf('Armenia had not proposed a ceasefire, the ministry said.').some((s) => s.actor === 'Armenia' && s.stance === 'oppose')).toBe(false);
    expect(stancesOf('Azerbaijan never demanded a prisoner exchange.').some((s) => s.stance === 'oppose')).toBe(false);
    expect(stancesOf('Armenia will not accept a ceasefire.')).toContainEqual(expect.objectContaining({ actor: 'Armenia', stance: 'oppose' }));
  });
});

describe('an object that is the subject of a clause of its own', () => {
  it('is what befell it, not a stance ("as price talks stall")', () => {
    const text = 'Drugmaker Norvane threatens to pull asthma drug from NHS as price talks stall\n\nBy Ann Lee\n\nLONDON, Sept 9, 2027 (Reuters) - Danish drugmaker Norvane Pharma threatened on Thursday to withdraw its asthma drug from the British market unless the National Health Service agreed to a higher price.\n\nNorvane has offered the NHS a 25 percent discount on the list price, provided that no cap is placed on the number of patients treated. The NHS has demanded a 40 percent discount and a cap of 250,000 patients a year.\n';
    const p = prepareDocument({ name: 'x.txt', source: 'x.txt', url: null, text, format: 'text', encoding: 'utf-8', given: {} } as unknown as RawDocument, kb, new Date('2025-10-14'));
    const r = p.analysis.stances;
    expect(r.some((s) => s.proposition.startsWith('auto:talks') && s.stance === 'oppose')).toBe(false);
    expect(stancesOf('Armenia backed the ceasefire as the truce held.')).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:ceasefire', stance: 'support' }));
  });
});

describe('what a reporter tells of others', () => {
  it('leaves a clause about people the report does not name without a holder, not the teller’s', () => {
    const r = stancesOf('U.N. envoy Mara Quill told reporters the two men had agreed to a ceasefire.');
    expect(r.some((s) => s.proposition === 'auto:ceasefire')).toBe(false);
  });

  it('keeps "the sides had agreed", told by one side, the teller’s', () => {
    const r = stancesOf('Armenia said the sides had agreed to a ceasefire.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Armenia', proposition: 'auto:ceasefire', stance: 'support' }));
  });

  it('gives "A and B, <appositive>, said they ..." to both (the whole pipeline: the quote’s source holds both)', () => {
    const text = 'Guarantors back new round of island talks\n\nGreece and Britain, the other two guarantor powers, said they supported a return to negotiations.\n';
    const p = prepareDocument({ name: 'x.txt', source: 'x.txt', url: null, text, format: 'text', encoding: 'utf-8', given: {} } as unknown as RawDocument, kb, new Date('2025-10-14'));
    const holders = p.analysis.stances.filter((s) => s.proposition.startsWith('auto:talks')).map((s) => p.analysis.entities[s.actor]!.name).sort();
    expect(holders).toEqual(['Greece', 'United Kingdom']);
  });

  it('does not read the end of a round of talks as a stance against talks', () => {
    expect(stancesOf('Armenia and Azerbaijan end UN-hosted talks without a deal.').some((s) => s.proposition === 'auto:talks')).toBe(false);
  });
});

describe('"the government"', () => {
  it('is the country whose government the report named, not the mediator named since', () => {
    const text = 'Peru and rebels agree to truce in Qatar-brokered talks\n\nDOHA, Qatar (AP) - Peru\'s government and the Red Dawn Movement agreed on Friday to a 90-day ceasefire after a week of talks mediated by Qatar. The deal covers the release of 23 kidnapped people held by the rebels in the mountains, officials said.\n\nRebel commander Ivo Marsh said the guerrillas also wanted 40 jailed members freed and would not give up their weapons before a final settlement was signed in Doha, the capital of Qatar, later this year.\n\nQatar\'s minister of state said both sides had met for nine days.\n\nThe government offered to transfer the prisoners to regional jails.\n';
    const p = prepareDocument({ name: 'x.txt', source: 'x.txt', url: null, text, format: 'text', encoding: 'utf-8', given: {} } as unknown as RawDocument, kb, new Date('2027-06-05'));
    const holders = p.analysis.stances.filter((s) => /transfer/.test(s.proposition)).map((s) => p.analysis.entities[s.actor]!.name);
    expect(holders).toContain('Peru');
    expect(holders).not.toContain('Qatar');
  });

  it('is never a country named only as a place ("a deal reached in Qatar")', () => {
    const text = "Rebels deny hostage deal\n\nLIMA (AFP) - Peru's Red Dawn Movement on Saturday denied that it had agreed to free 23 hostages, contradicting the government's account of a deal reached in Qatar a day earlier.\n\nThe government said it would suspend the talks again if the rebels did not free the first group of hostages by June 15.\n";
    const p = prepareDocument({ name: 'x.txt', source: 'x.txt', url: null, text, format: 'text', encoding: 'utf-8', given: {} } as unknown as RawDocument, kb, new Date('2027-06-06'));
    expect(p.analysis.stances.map((s) => p.analysis.entities[s.actor]!.name)).not.toContain('Qatar');
  });
});

describe('"one" for the kind of thing just named', () => {
  it('takes the stance on it ("has never discussed a lockout and does not want one")', () => {
    expect(stancesOf('Azerbaijan has never discussed a ceasefire and does not want one.')).toContainEqual(expect.objectContaining({ actor: 'Azerbaijan', proposition: 'auto:ceasefire', stance: 'oppose' }));
    expect(stancesOf('Azerbaijan wants one of the two routes.').some((s) => s.proposition === 'auto:ceasefire')).toBe(false);
  });
});
