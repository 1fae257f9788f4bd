import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type ActorType, type DocumentAnalysis, type EventAnnotation, type LocalEntity, type Mention } from '../../core/model.js';
import { spanMatches } from '../../core/span.js';
import { splitSentences } from '../sentences/index.js';
import { resolveDates } from './dates.js';
import { combinedAlternation, extractEvents } from './index.js';
import { TRIGGERS } from './lexicon.js';
import { evaluatePlover, ploverCode } from './plover-eval.js';
import { EXTERNAL_DIR } from '../../core/paths.js';

/** A synthetic analysis: every occurrence of each entity's surface forms becomes a mention. */
function analyse(text: string, entities: { name: string; type?: ActorType; forms?: string[]; kind?: Mention['kind'] }[] = [], published: string | null = '2024-05-15') {
  const zones = [{ start: 0, end: text.length, kind: 'body' as const, rule: 'test' }];
  const analysis: DocumentAnalysis = { ...emptyAnalysis(), sentences: splitSentences(text, zones) };
  entities.forEach((e, idx) => {
    const entity: LocalEntity = { type: e.type ?? 'country', name: e.name, packId: null, party: null, roles: [], mentions: [] };
    analysis.entities.push(entity);
    for (const form of e.forms ?? [e.name]) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        const before = text[at - 1];
        const after = text[at + form.length];
        if ((before && /\w/.test(before)) || (after && /\w/.test(after))) continue;
        const m: Mention = { start: at, end: at + form.length, text: form, entity: idx, kind: e.kind ?? 'name', provenance: { stage: 'test', rule: 'test', confidence: 1 } };
        entity.mentions.push(analysis.mentions.length);
        analysis.mentions.push(m);
      }
    }
  });
  analysis.mentions.sort((a, b) => a.start - b.start);
  const events = extractEvents({ text, zones, published, language: 'en' }, analysis);
  return { events, analysis, text };
}

const names = (r: ReturnType<typeof analyse>, ids: number[]) => ids.map((i) => r.analysis.entities[i]!.name);

describe('event typing', () => {
  it.each([
    ['The Freedonian envoy met with Sylvanian officials in Vienna.', 'CONSULT', null],
    ['Freedonia and Sylvania held talks for six hours.', 'CONSULT', null],
    ['The two ministers spoke by phone about the border.', 'CONSULT', 'phone'],
    ['The foreign minister arrived in Vienna for talks with his counterpart.', 'CONSULT', 'visit'],
    ['Sylvania agreed to a prisoner exchange.', 'AGREE', null],
    ['The two governments signed a trade agreement.', 'AGREE', null],
    ['Sylvania rejected the proposal outright.', 'REJECT', null],
    ['The prime minister ruled out any territorial concessions.', 'REJECT', null],
    ['Freedonia threatened to cut gas supplies.', 'THREATEN', null],
    ['The bloc imposed new sanctions on Sylvanian banks.', 'SANCTION', null],
    ['Sylvania slapped retaliatory tariffs on Freedonian steel.', 'SANCTION', null],
    ['Opposition senators blocked the funding bill.', 'REJECT', null],
    ['Three senators voted against the measure.', 'REJECT', null],
    ['Freedonia will resume military aid to the rebels.', 'AID', 'military'],
    ['The agencies restored intelligence sharing last month.', 'AID', 'intelligence'],
    ['The ministry accused the rebels of shelling the town.', 'ACCUSE', 'allege'],
    ['The council urged both sides to show restraint.', 'APPEAL', null],
    ['The rebels demanded the release of their commander.', 'REQUEST', null],
    ['Drone strikes hit the port overnight.', 'ASSAULT', 'heavy-weapons'],
    ['Both armies declared a ceasefire at midnight.', 'RETREAT', 'ceasefire'],
    ['Thousands protested outside parliament.', 'PROTEST', 'demo'],
    ['Police arrested the opposition leader.', 'COERCE', 'arrest'],
    ['The army deployed additional troops to the border.', 'MOBILIZE', 'troops'],
  ])('%s → %s', (sentence, type, mode) => {
    const { events } = analyse(sentence);
    expect(events[0]?.type).toBe(type);
    if (mode) expect(events[0]?.mode).toBe(mode);
  });

  it('reads dropping a demand or reversing a refusal as a concession, not a request or a rejection', () => {
    expect(analyse('The union dropped its demand for a 15 percent raise.').events[0]?.type).toBe('CONCEDE');
    expect(analyse('Freedonia reversed its refusal to release the prisoners.').events[0]?.type).toBe('CONCEDE');
  });

  it('does not read those already held ("40 jailed members") as an arrest', () => {
    expect(analyse('The rebels wanted 40 jailed members freed.').events.some((e) => e.type === 'COERCE')).toBe(false);
    expect(analyse('The government agreed to release the detained activists.').events.some((e) => e.type === 'COERCE')).toBe(false);
    expect(analyse('Police detained 40 activists in the capital.').events.some((e) => e.type === 'COERCE')).toBe(true);
  });

  it('does not read mobilising money or support as mobilising troops', () => {
    expect(analyse('The bloc offered to mobilise $300 billion a year for poorer nations.').events.some((e) => e.type === 'MOBILIZE')).toBe(false);
    expect(analyse('The union vowed to mobilize its members and supporters.').events.some((e) => e.type === 'MOBILIZE')).toBe(false);
    expect(analyse('The government ordered the army to mobilise.').events.some((e) => e.type === 'MOBILIZE')).toBe(true);
  });

  it('finds no event in a sentence without a trigger', () => {
    expect(analyse('The weather in the capital was mild and sunny.').events).toEqual([]);
  });

  it('does not read a trigger inside a name or a compound adjective', () => {
    expect(analyse('The Economic Cooperation Council published figures.').events.map((e) => e.type)).not.toContain('COOPERATE');
    expect(analyse('Residents of the rebel-occupied town voted.').events.map((e) => e.type)).not.toContain('COERCE');
  });
});

describe('actors, targets and location', () => {
  it('reads the subject as actor and the "with" object as target', () => {
    const r = analyse('Freedonia held talks with Sylvania in Vienna on Tuesday.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    const e = r.events[0]!;
    expect(e.type).toBe('CONSULT');
    expect(names(r, e.actors)).toEqual(['Freedonia']);
    expect(names(r, e.targets)).toEqual(['Sylvania']);
    expect(e.location?.text).toBe('Vienna');
  });

  it('keeps coordinated subjects together', () => {
    const r = analyse('Freedonia and Sylvania signed a border treaty.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(names(r, r.events[0]!.actors)).toEqual(['Freedonia', 'Sylvania']);
  });

  it('reads the agent of a passive after "by"', () => {
    const r = analyse('The convoy was attacked by Sylvania near the border.', [{ name: 'Sylvania' }]);
    expect(names(r, r.events[0]!.actors)).toEqual(['Sylvania']);
  });

  it('does not take a place after "in" as the target', () => {
    const r = analyse('Freedonia met in Sylvania to discuss trade.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(r.events[0]!.targets).toEqual([]);
  });
});

describe('nouns in a phrase', () => {
  it('gives no actor to a dated noun or one after "an end to the"', () => {
    const dated = analyse('Freedonia closed the border after the May 3 attack on pilgrims.', [{ name: 'Freedonia' }]);
    expect(dated.events.find((e) => e.trigger.text === 'attack')!.actors).toEqual([]);
    const end = analyse('Freedonia gave no sign that it wanted an end to the fighting.', [{ name: 'Freedonia' }]);
    expect(end.events.find((e) => e.trigger.text === 'fighting')?.actors ?? []).toEqual([]);
  });

  it('takes the name right before a noun in a phrase as its actor, and none other', () => {
    const named = analyse('Freedonia closed the border after the Marsh Valley attack.', [{ name: 'Freedonia' }]);
    expect(named.events.find((e) => e.trigger.text === 'attack')!.actors).toEqual([]);
    const pre = analyse("Freedonia closed the border after Sylvania's offensive.", [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(names(pre, pre.events.find((e) => e.trigger.text === 'offensive')!.actors)).toEqual(['Sylvania']);
  });

  it('gives a passive in a prepositional relative clause no subject from before it', () => {
    const r = analyse('Freedonia kept its measures after the raid, in which 26 people were killed.', [{ name: 'Freedonia' }]);
    expect(r.events.find((e) => e.trigger.text === 'killed')!.targets).toEqual([]);
  });

  it('reads "seize the moment" as an idiom, not a seizure', () => {
    expect(analyse('Freedonia urged both sides to seize this historic opportunity.', [{ name: 'Freedonia' }]).events.some((e) => e.type === 'COERCE')).toBe(false);
    expect(analyse('Freedonia seized the disputed islands.', [{ name: 'Freedonia' }]).events.some((e) => e.type === 'COERCE')).toBe(true);
  });

  it('reads a progressive as active, not passive', () => {
    const r = analyse('Officials said Freedonia was seeking a new loan from Sylvania.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    const e = r.events.find((x) => x.trigger.text.startsWith('seeking'))!;
    expect(names(r, e.actors)).toEqual(['Freedonia']);
  });

  it('takes a place named "X of Y" whole, and no body for a place', () => {
    const port = analyse('Freedonia held a rally outside the Port of Elbonia terminal.', [{ name: 'Freedonia' }]);
    expect(port.events[0]!.location?.text).toBe('Port of Elbonia');
    const body = analyse("Sylvania rejected the plan in the Freedonian League's newspaper.", [{ name: 'Sylvania' }, { name: 'Freedonian League', type: 'organization' }]);
    expect(body.events[0]!.location).toBeNull();
  });

  it('takes no demonym for a place', () => {
    const r = analyse('Sylvania will free prisoners held in Freedonian jails.', [{ name: 'Sylvania' }, { name: 'Freedonia', forms: ['Freedonian'], kind: 'demonym' }]);
    expect(r.events.every((e) => e.location?.text !== 'Freedonian')).toBe(true);
  });
});

describe('strikes', () => {
  it('reads a strike in a labour dispute as a walkout, and in a war as an attack', () => {
    const labour = analyse('The union said its workers would strike over wages. A strike would shut the mills, employers warned.');
    expect(labour.events.filter((e) => /^strike/i.test(e.trigger.text)).map((e) => `${e.type}:${e.mode}`)).toEqual(['PROTEST:boycott', 'PROTEST:boycott']);
    const war = analyse('Troops said the army would strike the depot. A strike hit the mills, workers said.');
    expect(war.events.filter((e) => /^strike/i.test(e.trigger.text)).every((e) => e.type === 'ASSAULT')).toBe(true);
  });
});

describe('figures of speech', () => {
  it('drops a fight or an attack in a report with no word of war, and keeps it in one with', () => {
    const filler = ' The committee met again in the afternoon and the members read the report aloud.'.repeat(20);
    const politics = analyse(`Freedonia fought hard to defend the tax. The fight over the budget goes on.${filler}`, [{ name: 'Freedonia' }]);
    expect(politics.events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
    const war = analyse(`Freedonia fought hard to defend the town. Its troops held the line.${filler}`, [{ name: 'Freedonia' }]);
    expect(war.events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    expect(analyse('Freedonia fought hard to defend the tax.', [{ name: 'Freedonia' }]).events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });

  it('reads "all the more striking" as an adjective and "struck a provisional work agreement" as a deal', () => {
    expect(analyse('Troops moved. The silence is all the more striking.').events.some((e) => /striking/.test(e.trigger.text))).toBe(false);
    expect(analyse('Freedonia struck a provisional work agreement with Sylvania.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]).events[0]!.type).toBe('AGREE');
  });
});

describe('clause ends and own sides', () => {
  it('takes no target past an attribution or a contrast', () => {
    const said = analyse('Freedonia and Sylvania agreed to a truce after clashes, Marsh Province governor Rufus Firefly said.', [
      { name: 'Freedonia' },
      { name: 'Sylvania' },
      { name: 'Rufus Firefly', type: 'person' },
    ]);
    expect(said.events.every((e) => e.targets.length === 0)).toBe(true);
    const but = analyse('Freedonia rejected the plan, but later accepted the offer from Sylvania.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(but.events.find((e) => e.trigger.text === 'rejected')!.targets).toEqual([]);
  });

  it('does not make an actor act on its own side', () => {
    const r = analyse('Firefly warned that Freedonia would impose sanctions.', [{ name: 'Firefly', type: 'person' }, { name: 'Freedonia' }]);
    r.analysis.entities[0]!.party = 'freedonia';
    r.analysis.entities[1]!.packId = 'freedonia';
    const events = extractEvents({ text: r.text, zones: [{ start: 0, end: r.text.length, kind: 'body', rule: 'test' }], published: '2024-05-15', language: 'en' }, r.analysis);
    expect(events.find((e) => e.trigger.text.startsWith('warned'))!.targets).toEqual([]);
  });

  it('gives a noun after a conjunction no actor from the main clause', () => {
    const r = analyse('Freedonia will not sign trade deals if the fighting continues.', [{ name: 'Freedonia' }]);
    expect(r.events.find((e) => e.trigger.text === 'fighting')!.actors).toEqual([]);
  });
});

describe('a noun and its agent', () => {
  it('takes the name after "by" as the actor of a noun trigger', () => {
    const r = analyse('An attack by Sylvania on the border post killed two guards.', [{ name: 'Sylvania' }]);
    expect(names(r, r.events.find((e) => e.trigger.text === 'attack')!.actors)).toEqual(['Sylvania']);
  });
});

describe('under pressure', () => {
  it('makes the subject the one pressed and the one after "from" the one pressing', () => {
    const r = analyse('Freedonia is under heavy pressure from Sylvania to sign the deal.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    const e = r.events.find((x) => x.trigger.text === 'pressure')!;
    expect(names(r, e.actors)).toEqual(['Sylvania']);
    expect(names(r, e.targets)).toEqual(['Freedonia']);
  });
});

describe('without', () => {
  it('gives a noun after "without" no actor from the words before it', () => {
    const r = analyse('The two leaders left Fredville without a deal on Thursday.', [{ name: 'Freedonia', forms: ['Fredville'], kind: 'metonym' }]);
    expect(r.events.find((e) => e.type === 'AGREE')!.actors).toEqual([]);
  });
});

describe('ending a protest', () => {
  it('reads ending a strike as a concession, not a protest', () => {
    const r = analyse('Freedonia reached a deal with the dockers on Friday, ending a nine-day strike.', [{ name: 'Freedonia' }]);
    expect(r.events.some((e) => e.type === 'PROTEST')).toBe(false);
    expect(r.events.some((e) => e.type === 'CONCEDE')).toBe(true);
  });
});

describe('denials', () => {
  it('negates an act denied in a that-clause', () => {
    const r = analyse('Freedonia denied that it had agreed to the plan.', [{ name: 'Freedonia' }]);
    expect(r.events.find((e) => e.type === 'AGREE')!.negated).toBe(true);
    expect(analyse('Freedonia said that it had agreed to the plan.', [{ name: 'Freedonia' }]).events.find((e) => e.type === 'AGREE')!.negated).toBe(false);
  });
});

describe('declining to comment', () => {
  it('is no rejection', () => {
    expect(analyse('The mediator Rufus Firefly declined to comment on the talks.', [{ name: 'Rufus Firefly', type: 'person' }]).events.some((e) => e.type === 'REJECT')).toBe(false);
    expect(analyse('Freedonia declined to sign the deal.', [{ name: 'Freedonia' }]).events.some((e) => e.type === 'AGREE' && e.negated)).toBe(true);
  });
});

describe('back', () => {
  it('reads "back" as support only as a verb with an object', () => {
    const support = (t: string) => analyse(t, [{ name: 'Freedonia' }]).events.some((e) => e.type === 'SUPPORT');
    expect(support('Freedonia will back the plan.')).toBe(true);
    expect(support('Freedonia backed the plan.')).toBe(true);
    expect(support('Freedonia wants the hostages back home.')).toBe(false);
    expect(support('Freedonia agreed to roll back the tariffs.')).toBe(false);
    expect(support('Back in 2009, Freedonia was poor.')).toBe(false);
    expect(support('Freedonia would be at the back of the queue.')).toBe(false);
    expect(support('Freedonia backed out of the deal.')).toBe(false);
  });
});

describe('objects', () => {
  it('takes no target from a second clause of saying', () => {
    const r = analyse('Freedonia welcomed the agreement and said Sylvania would host talks.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(r.events.find((e) => e.trigger.text === 'welcomed')!.targets).toEqual([]);
  });
});

describe('relative clauses', () => {
  it('gives the verb of a relative clause the noun before it as subject, or none when that noun is no actor', () => {
    const occupied = analyse('Freedonia sent envoys to Marsh Province, which was seized by Sylvania.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    const seized = occupied.events.find((e) => e.trigger.text === 'seized')!;
    expect(names(occupied, seized.actors)).toEqual(['Sylvania']);
    expect(seized.targets).toEqual([]);
    const who = analyse('Freedonia, which rejected the plan, left.', [{ name: 'Freedonia' }]);
    expect(names(who, who.events.find((e) => e.trigger.text === 'rejected')!.actors)).toEqual(['Freedonia']);
    const pushing = analyse('Firefly, who has been pushing for a new loan, spoke.', [{ name: 'Firefly', type: 'person' }]);
    expect(names(pushing, pushing.events.find((e) => e.trigger.text.startsWith('pushing'))!.actors)).toEqual(['Firefly']);
    const paren = analyse('Firefly (F-Marsh), who is seeking a new loan, spoke.', [{ name: 'Firefly', type: 'person' }]);
    expect(names(paren, paren.events.find((e) => e.trigger.text.startsWith('seeking'))!.actors)).toEqual(['Firefly']);
    const inner = analyse('Freedonia praised the deal, which Sylvania rejected.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(names(inner, inner.events.find((e) => e.trigger.text === 'rejected')!.actors)).toEqual(['Sylvania']);
  });
});

describe('negation and modality', () => {
  it.each([
    ['Sylvania did not agree to the terms.', true],
    ['Freedonia refrained from imposing sanctions.', true],
    ['There was no agreement on a phone conversation.', true],
    ['Sylvania agreed to the terms.', false],
  ])('%s negated=%s', (sentence, negated) => {
    const events = analyse(sentence).events;
    expect(events.length).toBeGreaterThan(0);
    expect(events[events.length - 1]!.negated).toBe(negated);
  });

  it.each([
    ['If Sylvania attacks, Freedonia could impose sanctions.', 'hypothetical'],
    ['Freedonia might withdraw its troops.', 'hypothetical'],
    ['The ministers will meet with their counterparts next week.', 'future'],
    ['Freedonia plans to send weapons to the rebels.', 'future'],
    ['The envoy is scheduled to visit the capital.', 'future'],
    ['Freedonia sent weapons to the rebels.', 'asserted'],
    ['Freedonia must withdraw its troops.', 'hypothetical'],
    ['Sylvania has to accept the truce.', 'hypothetical'],
  ])('%s → %s', (sentence, modality) => {
    expect(analyse(sentence).events[0]!.modality).toBe(modality);
  });

  it('reads a gerund after a verb of refusal or consideration as what it is about, not as an act', () => {
    const events = analyse('Sylvania rejects withdrawing its troops. Freedonia considered withdrawing its forces. Freedonia withdrew its forces.').events;
    expect(events.filter((e) => e.type === 'RETREAT').map((e) => e.modality)).toEqual(['hypothetical', 'hypothetical', 'asserted']);
  });

  it('leaves out what a file photo’s caption shows, and keeps a caption of the day', () => {
    const text = 'Freedonia and Sylvania agreed to a truce on Monday.\nRufus Firefly meets Sylvania’s envoy in Paris, June 28, 2019. Photo: Reuters\nRufus Firefly meets Sylvania’s envoy in Paris on May 14, 2024. Photo: Reuters\n';
    const zones = [
      { kind: 'body' as const, rule: 'test', start: 0, end: text.indexOf('\n') },
      { kind: 'caption' as const, rule: 'test', start: text.indexOf('\n') + 1, end: text.indexOf('\n', text.indexOf('\n') + 1) },
      { kind: 'caption' as const, rule: 'test', start: text.indexOf('\n', text.indexOf('\n') + 1) + 1, end: text.length - 1 },
    ];
    const sentences = splitSentences(text, zones);
    const r = extractEvents({ text, zones, published: '2024-05-15', language: 'en' }, { ...emptyAnalysis(), sentences });
    expect(r.map((e) => e.date).sort()).toEqual(['2024-05-13', '2024-05-14']);
  });

  it('gives a noun in a prepositional phrase no actor: the sentence’s subject did not do it', () => {
    const r = analyse('Rufus Firefly welcomed the truce after four days of cross-border strikes.', [{ name: 'Rufus Firefly', type: 'person' }]);
    const strikes = r.events.find((e) => e.trigger.text === 'strikes')!;
    expect(strikes.actors).toEqual([]);
    const direct = analyse('Sylvania strikes Freedonia.', [{ name: 'Sylvania', type: 'country' }, { name: 'Freedonia', type: 'country' }]);
    expect(names(direct, direct.events[0]!.actors)).toEqual(['Sylvania']);
  });

  it('takes no target from past the end of a quotation', () => {
    const r = analyse('"Sylvania must accept the ceasefire," Rufus Firefly said.', [{ name: 'Sylvania', type: 'country' }, { name: 'Rufus Firefly', type: 'person' }]);
    const accept = r.events.find((e) => e.type === 'AGREE')!;
    expect(names(r, accept.actors)).toEqual(['Sylvania']);
    expect(accept.targets).toEqual([]);
  });
});

describe('event dates', () => {
  // 2024-05-15 is a Wednesday.
  it('resolves a past-tense weekday to the most recent such day', () => {
    const r = analyse('Sylvania rejected the plan on Friday.');
    expect(r.events[0]!.date).toBe('2024-05-10');
    expect(r.events[0]!.dateText?.text).toBe('on Friday');
  });

  it('resolves a future weekday to the next such day', () => {
    expect(analyse('The envoys will meet with the mediators on Friday.').events[0]!.date).toBe('2024-05-17');
  });

  it('resolves "next week" to the Monday of the next week and marks it future', () => {
    const e = analyse('The delegations hold talks with the mediators next week.').events[0]!;
    expect(e.date).toBe('2024-05-20');
    expect(e.modality).toBe('future');
  });

  it('resolves "last month" to the first day of the previous month', () => {
    expect(analyse('Freedonia imposed sanctions on the regime last month.').events[0]!.date).toBe('2024-04-01');
  });

  it('resolves the same weekday to the publication day for a past event', () => {
    expect(resolveDates('talks ended on Wednesday', '2024-05-15', 'past')[0]!.date).toBe('2024-05-15');
  });

  it('reads "this week" as the report\'s week, and gives no day to "next year"', () => {
    expect(resolveDates("at this week's talks", '2025-10-15', 'past').map((d) => d.date)).toEqual(['2025-10-13']);
    expect(resolveDates('formal talks will resume next year', '2025-12-03', 'future')).toEqual([]);
  });

  it('reads a yearless month with the year the words around it give', () => {
    expect(resolveDates('the flood of August last year', '2024-05-15', 'past').map((d) => [d.text, d.date])).toEqual([['August last year', '2023-08-01']]);
    expect(resolveDates('they met last August', '2024-05-15', 'past').map((d) => [d.text, d.date])).toEqual([['last August', '2023-08-01']]);
    expect(resolveDates('they met last April 3', '2024-05-15', 'past').map((d) => [d.text, d.date])).toEqual([['last April 3', '2024-04-03']]);
    expect(resolveDates('they meet in March next year', '2024-05-15', 'future').map((d) => [d.text, d.date])).toEqual([['March next year', '2025-03-01']]);
  });

  it('does not date an act by a date that a later modal verb takes', () => {
    const r = analyse('Freedonia rejected the plan and will meet Sylvania on Friday.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(r.events.find((e) => e.trigger.text === 'rejected')!.date).toBeNull();
  });

  it('does not date an act by a date in a clause of time after it', () => {
    const r = analyse('Freedonia held talks with Sylvania, the first since fighting erupted on April 15.', [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(r.events.find((e) => e.type === 'CONSULT')!.date).toBeNull();
  });

  it('does not date an act by a date that belongs to another noun or to a relative clause', () => {
    const r = analyse('Sylvania rejected the plan after the flood of August last year.');
    expect(r.events[0]!.date).toBeNull();
    const rel = analyse('Sylvania rejected the plan, which was drafted on Friday.');
    expect(rel.events.find((e) => e.trigger.text === 'rejected')!.date).toBeNull();
    expect(analyse('As of Friday, Sylvania rejected the plan.').events[0]!.date).toBe('2024-05-10');
    expect(analyse('Sylvania rejected the plan on Friday, a day after the flood.').events[0]!.date).toBe('2024-05-10');
  });

  it('ignores durations and leaves the date empty without a publication date', () => {
    expect(analyse('After ten hours of talks with the mediators, nothing changed.').events[0]!.date).toBeNull();
    expect(analyse('Sylvania rejected the plan on Friday.', [], null).events[0]!.date).toBeNull();
  });
});

describe('PLOVER gold standard records', () => {
  // PLOVER GSR (Open Event Data Alliance, CC BY-SA 4.0), read from the shared copy, never vendored.
  const dir = join(EXTERNAL_DIR, 'plover');
  it('keeps event-type accuracy and coverage from falling', () => {
    const records = JSON.parse(readFileSync(`${dir}/PLOVER_GSR_CAMEO.json`, 'utf8'));
    const result = evaluatePlover(records, readFileSync(`${dir}/CAMEO2PLOVER-2021.txt`, 'utf8'));
    expect(result.sentences).toBe(322);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.82);
    expect(result.coverage).toBeGreaterThanOrEqual(0.9);
  });

  it('codes intent and refusal the PLOVER way', () => {
    expect(ploverCode({ type: 'CONSULT', negated: false, modality: 'future' })).toBe('AGREE');
    expect(ploverCode({ type: 'SANCTION', negated: false, modality: 'hypothetical' })).toBe('THREATEN');
    expect(ploverCode({ type: 'AGREE', negated: true, modality: 'asserted' })).toBe('REJECT');
    expect(ploverCode({ type: 'APPEAL', negated: false, modality: 'asserted' })).toBe('REQUEST');
    expect(ploverCode({ type: 'STATEMENT', negated: false, modality: 'asserted' })).toBeNull();
  });
});

describe('span invariants', () => {
  const words = ['Freedonia', 'Sylvania', 'met with', 'rejected', 'on Friday', 'in Vienna', 'did not', 'will', 'sanctions', 'imposed', 'talks', 'attack', '“', '”', ',', '.', '\n', 'é', '😀', 'next week', 'last month', 'agreed to', 'phone call', 'urged'];
  it('every trigger, evidence, date text and location matches the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const { events } = analyse(text, [{ name: 'Freedonia' }, { name: 'Sylvania' }]);
        for (const e of events as EventAnnotation[]) {
          expect(spanMatches(text, e.trigger)).toBe(true);
          expect(spanMatches(text, e.evidence)).toBe(true);
          if (e.dateText) expect(spanMatches(text, e.dateText)).toBe(true);
          if (e.location) expect(spanMatches(text, e.location)).toBe(true);
          expect(e.trigger.start >= e.evidence.start && e.trigger.end <= e.evidence.end).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the combined trigger regex', () => {
  it('matches exactly as the plain alternation of every pattern (same spans, same winning entry)', () => {
    const patterns = TRIGGERS.map((t) => t.pattern.split('(?=[A-Z])').join(''));
    const plain = new RegExp(patterns.map((p) => `(${p})`).join('|'), 'gi');
    const grouped = new RegExp(combinedAlternation(patterns), 'gi');
    const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${m.findIndex((g, i) => i > 0 && g !== undefined)}`);
    const dir = join(import.meta.dirname, '../../../test/fixtures/seeds');
    let compared = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const want = matches(plain, text);
      expect(matches(grouped, text)).toEqual(want);
      compared += want.length;
    }
    const invented = 'They agreed to halt all attacks. Moscow refused to release prisoners. Kyiv called for a truce; the US lifted some sanctions.';
    expect(matches(grouped, invented)).toEqual(matches(plain, invented));
    expect(matches(plain, invented).length).toBeGreaterThan(2);
    expect(compared + matches(plain, invented).length).toBeGreaterThan(10);
    // A pattern with a branch that does not open with \b keeps its meaning: "\bceasefire|truce" still finds "(truce".
    const mixed = ['\\bsign(?:ed)?', '\\bceasefire|truce', '\\bhalt(?:ed)?'];
    const grouped2 = new RegExp(combinedAlternation(mixed), 'gi');
    const plain2 = new RegExp(mixed.map((p) => `(${p})`).join('|'), 'gi');
    for (const t of ['the xtruce held', 'they signed a ceasefire', 'a halted_truce']) expect(matches(grouped2, t)).toEqual(matches(plain2, t));
    expect(matches(grouped2, 'the xtruce held')).toHaveLength(1);
  });
});

describe('showing and gathering are not protest; nothing given is no concession', () => {
  it.each([
    'The visit was read as a sign that Freedonia demonstrates the initiative in the war.',
    'The exercise was a demonstration of resolve by Freedonia.',
    'Freedonia rallied support among its neighbours for the plan.',
  ])('codes no PROTEST in "%s"', (text) => {
    expect(analyse(text, [{ name: 'Freedonia' }]).events.filter((e) => e.type === 'PROTEST')).toEqual([]);
  });

  it.each(['Thousands demonstrated outside the Freedonian parliament.', 'Freedonian farmers held a demonstration in the capital.', 'Supporters rallied in the main square.'])('still codes protest in "%s"', (text) => {
    expect(analyse(text, [{ name: 'Freedonia', forms: ['Freedonian'] }]).events.map((e) => `${e.type}:${e.mode}`)).toContain('PROTEST:demo');
  });

  it('negates a concession of zero, as one of no', () => {
    const [zero] = analyse('Freedonia has so far offered zero concessions to end the war.', [{ name: 'Freedonia' }]).events;
    const [some] = analyse('Freedonia has so far offered concessions to end the war.', [{ name: 'Freedonia' }]).events;
    expect([zero?.type, zero?.negated, some?.type, some?.negated]).toEqual(['CONCEDE', true, 'CONCEDE', false]);
  });
});

describe('whose act a noun is, and where a target stops', () => {
  it('takes "took over" with an object as seizing, not taking over a job', () => {
    expect(analyse('Chief executive Mara Quill, who took over in August with a promise to repair relations, wrote to staff.', [{ name: 'Mara Quill', type: 'person' }]).events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
    expect(analyse('Freedonian troops took over the town of Brel.', [{ name: 'Freedonia', forms: ['Freedonian troops'] }]).events.map((e) => e.type)).toContain('ASSAULT');
  });

  it('gives a noun trigger to the name that qualifies it, not to the subject who talks about it', () => {
    const r = analyse('Ivo Dask called the Freedonian demands an ultimatum. Sylvania rejected Freedonia’s demands.', [
      { name: 'Ivo Dask', type: 'person' },
      { name: 'Freedonia', forms: ['Freedonian demands', 'Freedonia'] },
      { name: 'Sylvania' },
    ]);
    expect(r.events.filter((e) => e.type === 'REQUEST').map((e) => names(r, e.actors))).toEqual([['Freedonia'], ['Freedonia']]);
  });

  it('takes no target from a condition or a contrast after the trigger', () => {
    const r = analyse('Sylvania was ready to move on the sanctions if Freedonia kept stalling. Ivo Dask was ready to keep talking but blamed Freedonia.', [
      { name: 'Sylvania' },
      { name: 'Freedonia' },
      { name: 'Ivo Dask', type: 'person' },
    ]);
    expect(r.events.filter((e) => e.type === 'AGREE').map((e) => names(r, e.targets))).toEqual([[], []]);
  });
});

describe('subjects past appositions, and acts asked of others', () => {
  const cast = [{ name: 'Freedonia' }, { name: 'Sylvania' }, { name: 'Marwick' }, { name: 'Ivo Dask', type: 'person' as const }, { name: 'Red Brigade', type: 'group' as const }];
  const actorsOf = (text: string, type: string) => {
    const r = analyse(text, cast);
    return r.events.filter((e) => e.type === type).map((e) => names(r, e.actors));
  };

  it('skips a possessor in an apposition and a name inside a participle’s parenthesis', () => {
    expect(actorsOf('Freedonia, Sylvania’s closest ally, welcomed the meeting.', 'SUPPORT')).toEqual([['Freedonia']]);
    expect(actorsOf('The deal, witnessed by Ivo Dask, is meant to end fighting that has killed thousands.', 'ASSAULT')).toEqual([[]]);
  });

  it('does not count a place after "in" among coordinated subjects', () => {
    expect(actorsOf('In Marwick, Freedonia and the rebels sign a declaration of principles.', 'AGREE')).toEqual([['Freedonia']]);
  });

  it('gives a withdrawal to who withdraws, and an act asked for to no one', () => {
    expect(actorsOf('Ivo Dask said the red lines include the withdrawal of the Red Brigade from the towns.', 'RETREAT')).toEqual([['Red Brigade']]);
    expect(actorsOf('Sylvania demanded a withdrawal from the territory of Freedonia.', 'RETREAT')).toEqual([[]]);
    expect(actorsOf('Freedonia withdrew from the border towns.', 'RETREAT')).toEqual([['Freedonia']]);
  });

  it('reads "a hopeful sign" as a noun, not a signing', () => {
    expect(actorsOf('Ivo Dask said it was a hopeful sign that the delegations were still talking.', 'AGREE')).toEqual([]);
  });
});

describe('coordinated titles, governed places and own-side people', () => {
  it('coordinates a name after "and <title>", takes no target after "of the", and skips a person of the actor’s side', () => {
    const r = analyse('Sylvanian Prime Minister Ivo Dask and Freedonian President Olga Bravura held their first meeting on Thursday in the capital of the Marwick Republic.', [
      { name: 'Ivo Dask', type: 'person' },
      { name: 'Olga Bravura', type: 'person' },
      { name: 'Marwick Republic' },
    ]);
    expect(r.events.map((e) => [e.type, names(r, e.actors), names(r, e.targets)])).toEqual([['CONSULT', ['Ivo Dask', 'Olga Bravura'], []]]);
  });

  it('does not make a person of the actor’s own side its target', () => {
    const text = 'Freedonia on Tuesday ruled out a quick Dask-Bravura summit.';
    const zones = [{ start: 0, end: text.length, kind: 'body' as const, rule: 'test' }];
    const analysis: DocumentAnalysis = { ...emptyAnalysis(), sentences: splitSentences(text, zones) };
    const at = (s: string) => text.indexOf(s);
    analysis.entities.push(
      { type: 'country', name: 'Freedonia', packId: 'freedonia', party: 'freedonia', roles: [], mentions: [0] },
      { type: 'person', name: 'Ivo Dask', packId: 'ivo-dask', party: 'freedonia', roles: [], mentions: [1] },
      { type: 'person', name: 'Olga Bravura', packId: 'olga-bravura', party: 'marwick', roles: [], mentions: [2] },
    );
    for (const [i, s] of (['Freedonia', 'Dask', 'Bravura'] as const).entries()) {
      analysis.mentions.push({ start: at(s), end: at(s) + s.length, text: s, entity: i, kind: 'name', provenance: { stage: 'test', rule: 'test', confidence: 1 } });
    }
    const [event] = extractEvents({ text, zones, published: '2024-05-15', language: 'en' }, analysis);
    expect([event?.type, event?.targets.map((t) => analysis.entities[t]!.name)]).toEqual(['REJECT', ['Olga Bravura']]);
  });
});

describe('more subjects and characterisations', () => {
  const cast = [{ name: 'Freedonia', forms: ['Freedonia', 'Freedonian strike'] }, { name: 'Sylvania' }, { name: 'Marwick' }, { name: 'Ivo Dask', type: 'person' as const }, { name: 'Olga Bravura', type: 'person' as const }];
  const events = (text: string) => {
    const r = analyse(text, cast);
    return r.events.map((e) => `${e.type} ${names(r, e.actors).join('+')} -> ${names(r, e.targets).join('+')}`);
  };

  it('skips a name governed by a preposition and an adjective, and one after "alongside"', () => {
    expect(events('Sylvania’s attack on southern Freedonia killed about 1,200 people.')).toContain('ASSAULT Sylvania -> ');
    expect(events('Marwick, which has mediated alongside Sylvania since the first truce collapsed, said it backed the agreement.')).toContain('SUPPORT Marwick -> ');
  });

  it('skips a possessor inside an apposition that opens with a title', () => {
    expect(events('Ivo Dask, President-elect Olga Bravura’s incoming envoy, has joined the talks in Marwick.')[0]).toMatch(/^CONSULT Ivo Dask ->/);
  });

  it('gives a strike named with a demonym to its country, and reads no act in a characterisation', () => {
    expect(events('Villagers inspect the rubble of a house destroyed in a Freedonian strike near the border.')).toContain('ASSAULT Freedonia -> ');
    expect(events('Ivo Dask called it “a surrender to Sylvania” and said his party would quit.').filter((e) => e.startsWith('RETREAT'))).toEqual([]);
    expect(events('Sylvania called for a ceasefire on Monday.')).toContain('RETREAT Sylvania -> ');
  });
});

describe('first person in a quote', () => {
  function withQuote(text: string, quoted: string) {
    const zones = [{ start: 0, end: text.length, kind: 'body' as const, rule: 'test' }];
    const analysis: DocumentAnalysis = { ...emptyAnalysis(), sentences: splitSentences(text, zones) };
    const at = text.indexOf('Ivo Dask');
    analysis.entities.push({ type: 'person', name: 'Ivo Dask', packId: null, party: null, roles: [], mentions: [0] });
    analysis.mentions.push({ start: at, end: at + 8, text: 'Ivo Dask', entity: 0, kind: 'name', provenance: { stage: 'test', rule: 'test', confidence: 1 } });
    const qs = text.indexOf(quoted);
    analysis.quotes.push({ kind: 'direct', start: qs, end: qs + quoted.length, text: quoted, speaker: 0, cue: null, source: null, provenance: { stage: 'test', rule: 'test', confidence: 1 } } as DocumentAnalysis['quotes'][number]);
    return extractEvents({ text, zones, published: '2024-05-15', language: 'en' }, analysis).map((e) => `${e.type} ${e.actors.length}`);
  }

  it('gives the speaker an act whose subject is "we", not a noun the quote mentions', () => {
    expect(withQuote('“We have agreed to the truce,” Ivo Dask said.', 'We have agreed to the truce,')).toEqual(['AGREE 1']);
    expect(withQuote('“We will not hand over our prisoners and then watch the bombing resume,” Ivo Dask said.', 'We will not hand over our prisoners and then watch the bombing resume,').filter((e) => e.startsWith('ASSAULT'))).toEqual(['ASSAULT 0']);
  });
});

describe('names in a compound governed by a preposition', () => {
  it('takes no target from "during Freedonia-Sylvania clashes"', () => {
    const r = analyse('Ivo Dask visits the army command post during Freedonia-Sylvania clashes in the border region.', [{ name: 'Ivo Dask', type: 'person' }, { name: 'Freedonia' }, { name: 'Sylvania' }]);
    expect(r.events.filter((e) => e.type === 'CONSULT').map((e) => names(r, e.targets))).toEqual([[]]);
  });
});
