/**
 * Reported speech the stage read wrongly on PolNeAR dev (session 19), pinned with invented sentences: what is
 * not speech ("state" as a modifier, a temporal clause after "said", a verb with its own object after a
 * comma) and what is.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-reported-speech-s19');
const indirect = (sentence: string) => runQuotes(`Talks\n\nFREDVILLE (Reuters) - ${sentence}\n`, kb).quotes.filter((q) => q.kind === 'indirect');
const texts = (sentence: string) => indirect(sentence).map((q) => q.text);

describe('"state" as a modifier', () => {
  it('is no verb of saying before a lower-case word', () => {
    expect(texts('Some state officials met the harbour board on Monday and asked for more time.')).toEqual([]);
    expect(texts('The guard and state troopers will stay in Fredville through Sunday.')).toEqual([]);
    expect(texts('In the battleground state Sylvania is the largest trading partner.')).toEqual([]);
  });

  it('still reports with "that", a preposition before a quotation, or after a personal pronoun', () => {
    expect(texts('Ms. Vale states that the harbour will reopen in May.')).toEqual(['the harbour will reopen in May']);
    expect(texts('They state their goal is to reopen the harbour by May.')).toEqual(['their goal is to reopen the harbour by May']);
    const { quotes } = runQuotes('Talks\n\nFREDVILLE (Reuters) - "The harbour will reopen in May," the Sylvanians state in the white paper.\n', kb);
    expect(quotes[0]).toMatchObject({ kind: 'direct', source: { text: 'the Sylvanians' } });
  });
});

describe('a temporal clause right after "said"', () => {
  it('tells when it was said, not what', () => {
    expect(texts('"We are ready," Mr. Ode said as he entered the talks.')).toEqual([]);
    expect(texts('Ms. Vale said after the meeting broke up.')).toEqual([]);
  });

  it('is skipped when a clause of its own follows', () => {
    expect(texts('Mr. Ode said after the vote he would not accept the tariff.')).toEqual(['he would not accept the tariff']);
  });

  it('leaves a quantity opened by "as" alone', () => {
    expect(texts('Officials said as many as 300 fishermen had lost their licences.')).toEqual(['as many as 300 fishermen had lost their licences']);
  });
});

describe('a verb with its own object after a comma', () => {
  it('does not report the lead before it', () => {
    expect(texts('Campaigning in the north in 2019, he barely mentioned the fisheries.')).toEqual([]);
  });

  it('still closes an inverted report with a time, a place or an addressee', () => {
    expect(texts('The harbour will reopen in May, Mr. Ode said on Friday.')).toEqual(['The harbour will reopen in May']);
    expect(texts('The harbour will reopen in May, she told me.')).toEqual(['The harbour will reopen in May']);
  });
});

describe('a verb of stance on an object', () => {
  it('reports its object as the position taken, its subject as the source', () => {
    const [q] = indirect('The fishermen’s union endorsed Mara Quint for president.');
    expect(q).toMatchObject({ text: 'Mara Quint for president', cue: { text: 'endorsed' }, source: { text: 'The fishermen’s union' } });
    expect(texts('Mr. Ode has repeatedly cited the audit as the reason for the delay.')).toEqual(['the audit as the reason for the delay']);
    expect(texts('The harbour board rejected a request from Sylvania to reopen the northern channel.')).toEqual(['a request from Sylvania to reopen the northern channel']);
  });

  it('reads nothing from the passive, and "that" after it as a determiner', () => {
    expect(texts('The harbour plan has been criticized for its cost.')).toEqual([]);
    expect(texts('The judge rejected that argument in a ruling released Thursday.').some((t) => t.startsWith('argument'))).toBe(false);
  });

  it('ends the object before a relative clause, a participle or the occasion set off after it', () => {
    expect(texts('Ms. Vale praised the new quota system, which took effect in May.')).toEqual(['the new quota system']);
    expect(texts('Mr. Ode cited the drop in catches, further raising doubts about the treaty.')).toEqual(['the drop in catches']);
    expect(texts('Some state officials praised the harbour plan but asked for more time.')).toEqual(['the harbour plan']);
    expect(texts('Ms. Vale criticized the treaty with Sylvania during a campaign stop in Fredville.')).toEqual(['the treaty with Sylvania']);
    expect(texts('The council condemned the latest missile launch as Sylvania fired two more rockets.')).toEqual(['the latest missile launch']);
  });

  it('keeps an "including" phrase inside the object', () => {
    expect(texts('Mr. Ode condemned the blockade of the harbour, including the seizure of two trawlers.')).toEqual(['the blockade of the harbour, including the seizure of two trawlers']);
  });
});

describe('findings of a record with a post-modifier', () => {
  it('reads a record noun followed by a participle or a preposition as the source', () => {
    expect(indirect('The latest Harbour Observer opinion poll released Friday shows Ms. Vale leading Mr. Ode by four points.')[0]).toMatchObject({
      text: 'Ms. Vale leading Mr. Ode by four points',
      source: { text: 'The latest Harbour Observer opinion poll released Friday' },
    });
    expect(texts('A 2019 study by a Fredville law professor found 31 cases of fraud out of two million ballots.')).toEqual(['31 cases of fraud out of two million ballots']);
  });

  it('reads no finding into a person who only handled a record', () => {
    expect(texts('A voter who answered the poll found the questions confusing.')).toEqual([]);
  });
});

describe('an attribution interrupting a lead that cannot stand alone', () => {
  it('reports the lead with the clause that completes it', () => {
    expect(texts('That’s why, he argued, the fleet should be ready.')).toEqual(['That’s why, he argued, the fleet should be ready']);
    expect(texts('To understand the treaty, Ms. Vale said, one should visit the harbour.')).toEqual(['To understand the treaty, Ms. Vale said, one should visit the harbour']);
    expect(texts('Though the first handover was smooth, he said, replacing the envoy would be much harder.')).toEqual(['Though the first handover was smooth, he said, replacing the envoy would be much harder']);
  });

  it('starts a "so ... that" report at the clause coordinated last before the attribution', () => {
    expect(texts('Fredville had resisted such deals, but the smog there had become so bad, Mr. Ode noted, that the port closed twice.')).toEqual([
      'the smog there had become so bad, Mr. Ode noted, that the port closed twice',
    ]);
  });
});

describe('what opens no zero-"that" clause', () => {
  it('is a form read as a noun, or a conjunction', () => {
    expect(texts('The envoy faced questions about insulting remarks he had made about the fishermen.')).toEqual([]);
    expect(texts('Imagine if a Sylvanian envoy had said and done the same things as Mr. Ode.')).toEqual([]);
  });

  it('is not "to say" or "to think" before a clause', () => {
    expect(texts('Pressed on jobs, his best answer was to say he would stop more plants from leaving.')).toEqual(['he would stop more plants from leaving']);
  });
});

describe('a verb of agreeing or refusing', () => {
  it('reports its "to" clause as what was agreed or refused', () => {
    const [q] = indirect('The company agreed to clean up the northern harbour.');
    expect(q).toMatchObject({ text: 'to clean up the northern harbour', cue: { text: 'agreed' }, source: { text: 'The company' } });
    expect(texts('Mr. Ode has steadfastly refused to release the catch records.')).toEqual(['to release the catch records']);
    expect(texts('The high court declined to step into the fishing dispute.')).toEqual(['to step into the fishing dispute']);
  });

  it('reports nothing when "to" takes an object or no verb follows', () => {
    expect(texts('Ms. Vale agreed to a 30-minute interview with the Harbour Observer.')).toEqual([]);
    expect(texts('The envoy declined an invitation to the harbour gala.')).toEqual([]);
    expect(texts('Through a spokesman, Mr. Ode declined to say whether any licence fee had been paid.')).toEqual([]);
  });
});

describe('"question" as a verb of stance', () => {
  it('reports what was questioned, a thing or a clause', () => {
    expect(texts('Fishermen have also questioned the safety of the new harbour wall.')).toEqual(['the safety of the new harbour wall']);
    expect(texts('Ms. Vale questioned whether the envoy was ready to sign the treaty.')).toEqual(['whether the envoy was ready to sign the treaty']);
  });

  it('reads no report into the noun ("raising questions about", "faced questions about")', () => {
    expect(texts('The audit is raising questions about the harbour accounts.')).toEqual([]);
    expect(texts('Mr. Ode has faced questions about licence fees at the port.')).toEqual([]);
  });

  it('takes no object that only starts like a determiner ("about ...")', () => {
    expect(texts('Mr. Ode has questioned about the fees twice this year.')).toEqual([]);
  });
});

describe('short objects and warnings', () => {
  it('takes a two-word object of a demand or a stance', () => {
    expect(texts('A group of doctors sent a letter to the dean of the university, calling for his dismissal.')).toEqual(['his dismissal']);
    expect(texts('The fishermen’s union endorsed Mara Quint.')).toEqual(['Mara Quint']);
  });

  it('reads "warned X to Y" as an appeal, without the event after it', () => {
    expect(texts('Last month, the coast guard warned harbour officials to boost their security after hackers targeted two ports.')).toEqual(['harbour officials to boost their security']);
  });
});

describe('"call" with an object and a judgement of it', () => {
  it('reports the object and the judgement', () => {
    const [q] = indirect('Mr. Ode has called the quota system a hoax invented by Sylvania.');
    expect(q).toMatchObject({ text: 'the quota system a hoax invented by Sylvania', cue: { text: 'called' }, source: { text: 'Mr. Ode' } });
    expect(texts('At the forum, Ms. Vale called her vote for the treaty a mistake.')).toEqual(['her vote for the treaty a mistake']);
  });

  it('reads no judgement into a name given, a summons or an appeal', () => {
    expect(texts('His trust, called the Fredville Harbour Fund, will own the quay until 2030.')).toEqual([]);
    expect(texts('The mayor called the harbour board to an emergency meeting.')).toEqual([]);
    expect(texts('Critics of the plan, as one paper called them in an editorial, are a loud minority.')).toEqual([]);
  });
});

describe('an inverted report by "one" thing, and a purpose after an undertaking', () => {
  it('reads "one slide says" closing the sentence as its source', () => {
    expect(indirect('Six thousand jobs in Fredville depend on exports to Sylvania, one slide says.')[0]).toMatchObject({
      text: 'Six thousand jobs in Fredville depend on exports to Sylvania',
      source: { text: 'one slide' },
    });
  });

  it('ends what was agreed before its purpose ("so X could ...")', () => {
    expect(texts('The insurers agreed to release the bond so the new owner could start the clean-up.')).toEqual(['to release the bond']);
  });
});
