import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type LocalEntity, type Mention, type Quote } from '../../core/model.js';
import { spanMatches } from '../../core/span.js';
import { splitSentences } from '../sentences/index.js';
import type { KnowledgeBase } from '../../packs/load.js';
import { findQuotedStretches, paragraphsOf } from './marks.js';
import { quoteStage } from './index.js';

function zonesOf(text: string) {
  return paragraphsOf(text).map((p) => ({ kind: 'body' as const, start: p.start, end: p.end, rule: 'test' }));
}

/** Runs the stage with optional hand-made entities: each `[name, type]` gets a mention at every occurrence. */
function quotes(text: string, people: [string, LocalEntity['type']][] = []): Quote[] {
  const zones = zonesOf(text);
  const a = emptyAnalysis();
  a.sentences = splitSentences(text, zones);
  people.forEach(([name, type], entity) => {
    const e: LocalEntity = { type, name, packId: null, party: null, roles: [], mentions: [] };
    for (const surface of [name, name.split(' ').at(-1)!]) {
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
        if (a.mentions.some((m) => m.start <= i && i < m.end)) continue;
        e.mentions.push(a.mentions.length);
        a.mentions.push({ start: i, end: i + surface.length, text: surface, entity, kind: 'name', provenance: { stage: 'test', rule: 'test', confidence: 1 } } as Mention);
      }
    }
    a.entities.push(e);
  });
  return quoteStage.run({ text, zones, published: null, language: 'en' }, a, {} as KnowledgeBase).quotes;
}

const scored = (qs: Quote[]) => qs.filter((q) => q.provenance.confidence >= 0.5);

describe('direct quotes', () => {
  it('finds a quote with the cue after it and the source after the verb', () => {
    const [q] = quotes('“The harvest will be late,” said Maria Lopez, a farmer from Salinas.', [['Maria Lopez', 'person']]);
    expect(q).toMatchObject({ kind: 'direct', text: 'The harvest will be late,', speaker: 0 });
    expect(q!.source!.text).toBe('Maria Lopez');
    expect(q!.cue!.text).toBe('said');
  });

  it('finds the subject before the verb, skipping an appositive', () => {
    const [q] = quotes('“Rates will fall,” Anna Berg, the chief economist at Nordbank, told reporters on Monday.', [['Anna Berg', 'person']]);
    expect(q!.source!.text).toBe('Anna Berg');
    expect(q!.cue!.text).toBe('told reporters');
    expect(q!.speaker).toBe(0);
  });

  it('splits a quote interrupted by its cue into two quotes with one speaker', () => {
    const qs = scored(quotes('Elena Ruiz spoke first. “Water like this,” she said, “could save the crop.”', [['Elena Ruiz', 'person']]));
    expect(qs.map((q) => q.text)).toEqual(['Water like this,', 'could save the crop.']);
    expect(qs.every((q) => q.speaker === 0)).toBe(true);
  });

  it('handles a colon-introduced quote after a participle cue', () => {
    const qs = scored(quotes('“We are close,” said Tom Baker on Friday, adding: “Nothing is signed yet.”', [['Tom Baker', 'person']]));
    expect(qs).toHaveLength(2);
    expect(qs[1]).toMatchObject({ text: 'Nothing is signed yet.', speaker: 0 });
  });

  it('carries the speaker into the next sentence and across a continued paragraph', () => {
    const text = '“The bridge is closed,” Mayor Jan Novak said. “It will reopen in May.\n“Until then, use the ferry.”';
    const qs = scored(quotes(text, [['Jan Novak', 'person']]));
    expect(qs.map((q) => q.text)).toEqual(['The bridge is closed,', 'It will reopen in May.', 'Until then, use the ferry.']);
    expect(qs.every((q) => q.speaker === 0)).toBe(true);
    expect(qs[2]!.carriedFrom).toBe(0);
  });

  it('takes the speaker of an "X continued:" paragraph', () => {
    const qs = scored(quotes('Olga Petrova continued:\n"Nobody expected the vote to pass so quickly."', [['Olga Petrova', 'person']]));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker).toBe(0);
  });

  it('ends an unclosed quote at the end of its paragraph, never pairing across paragraphs', () => {
    const text = 'Ivan Kral said the plan was sound.\n“This is a short pause for the army.\nThe talks resumed on Friday, and “nobody was surprised,” an aide said.';
    const qs = quotes(text, [['Ivan Kral', 'person']]);
    const first = qs.find((q) => q.text.startsWith('This is'))!;
    expect(first.text).toBe('This is a short pause for the army.');
    expect(first.speaker).toBe(0);
    expect(qs.some((q) => q.text === 'nobody was surprised,')).toBe(true);
  });

  it('reads guillemets, German marks and straight double quotes', () => {
    const mixed = '«Il faut agir», a déclaré le ministre. Paul Roux said: „Wir sind bereit“.';
    expect(findQuotedStretches(mixed).map((s) => mixed.slice(s.start, s.end))).toEqual(['Il faut agir', 'Wir sind bereit']);
    expect(quotes(mixed).find((q) => q.text === 'Wir sind bereit')?.source?.text).toBe('Paul Roux');
    expect(scored(quotes('"We will win," Sara Kim said.')).map((q) => q.text)).toEqual(['We will win,']);
  });

  it('uses single quotes as quote marks but not apostrophes', () => {
    const text = "Russia's envoy didn't say much in the '90s, but Dana Fox said 'the door is open' on Tuesday.";
    const s = findQuotedStretches(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['the door is open']);
    const curly = 'The leaders’ meeting ended; ‘we will meet again,’ Lena Holm said.';
    expect(findQuotedStretches(curly).map((x) => curly.slice(x.start, x.end))).toEqual(['we will meet again,']);
  });

  it('keeps nested quotes inside the outer one', () => {
    const text = '“He told me ‘never again’ and left,” Rosa Diaz said.';
    expect(scored(quotes(text)).map((q) => q.text)).toEqual(['He told me ‘never again’ and left,']);
  });
});

describe('partial quotes and non-quotes', () => {
  it('marks a fragment inside a reported sentence as partial with the reporting speaker', () => {
    const qs = quotes('Governor Amy Cole said the budget would be “painful” for cities.', [['Amy Cole', 'person']]);
    expect(qs.find((q) => q.kind !== 'indirect')).toMatchObject({ kind: 'partial', text: 'painful', speaker: 0 });
    // The reported clause keeps the fragment inside it.
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'the budget would be “painful” for cities', speaker: 0 });
  });

  it('takes no weak verb words after a scare quote in a headline for its attribution', () => {
    const text = 'Marsh, Fenland hold “constructive” talks in Eastport, agree to meet again\n\nThe talks went on.';
    const zones = [{ kind: 'title' as const, start: 0, end: 73, rule: 'test' }, { kind: 'body' as const, start: 75, end: text.length, rule: 'test' }];
    const a = emptyAnalysis();
    a.sentences = splitSentences(text, zones);
    const at = text.indexOf('Eastport');
    a.mentions.push({ start: at, end: at + 8, text: 'Eastport', entity: 0, kind: 'name', provenance: { stage: 'test', rule: 'test', confidence: 1 } } as Mention);
    a.entities.push({ type: 'country', name: 'Eastport', packId: null, party: null, roles: [], mentions: [0] });
    const qs = quoteStage.run({ text, zones, published: null, language: 'en' }, a, {} as KnowledgeBase).quotes;
    expect(qs.filter((q) => q.kind !== 'indirect').every((q) => q.speaker === null)).toBe(true);
  });

  it('keeps nicknames and titles of works out (confidence under 0.5, no speaker)', () => {
    const qs = quotes('Carl Weiss, a banker sometimes called ‘the Fixer’, said little. The band played “Morning Light” on Sunday.', [['Carl Weiss', 'person']]);
    expect(scored(qs)).toHaveLength(0);
    expect(qs.every((q) => q.speaker === null)).toBe(true);
  });
});

describe('typewriter double marks', () => {
  it("reads two apostrophes ('') as a double quotation mark, with exact spans", () => {
    const text = "''The bridge is closed,'' Mayor Jan Novak said. ''It will reopen in May.''";
    const qs = scored(quotes(text, [['Jan Novak', 'person']]));
    expect(qs.map((q) => q.text)).toEqual(['The bridge is closed,', 'It will reopen in May.']);
    expect(qs[0]!.source!.text).toBe('Mayor Jan Novak');
    expect(qs.every((q) => q.speaker === 0)).toBe(true);
  });

  it("keeps a nested single quote that closes inside a run of three apostrophes", () => {
    const text = "''He told me, 'Go home,''' Rosa Diaz said.";
    const s = findQuotedStretches(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(["He told me, 'Go home,'"]);
    expect(text.slice(s[0]!.close! + 1)).toBe(' Rosa Diaz said.');
  });
});

describe('a person\'s people', () => {
  it('gives "his aides said" to the person opening the sentence after a title, not to the one named after the verb', () => {
    const qs = quotes('Army chief General Rufus Firefly has refused to meet Chico Marx, and his aides have said the army would not negotiate.', [
      ['Rufus Firefly', 'person'],
      ['Chico Marx', 'person'],
    ]);
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ speaker: 0 });
  });
});

describe('sources without a lexicon cue next to the quote', () => {
  const cases: [string, string][] = [
    // A pronoun or a name set off by commas is the subject, not the adverbial that opens the sentence.
    ['Across the southern valleys, she said, “the wells are running dry.”', 'she'],
    ['Whatever the price, Mr. Okafor added, “we will pay it in full.”', 'Mr. Okafor'],
    // A subordinate or relative clause has its own subject.
    ['While Dana Fox said the plan was “a good start,” others disagreed.', 'Dana Fox'],
    ['The mayor praised the plan, which Dana Fox claims is “fully funded.”', 'Dana Fox'],
    ['Back in 1999, Tom Baker wrote that the plan was “doomed from the start.”', 'Tom Baker'],
    // Any verb of the writer's clause: the subject holds the quotation.
    ['Senator Lena Ortiz also bemoaned a climate in which people “simply refuse to listen to each other.”', 'Senator Lena Ortiz'],
    // Any past-tense verb after a quote that ends open.
    ['“Go back to your seats right now,” the chairman barked.', 'the chairman'],
    ['“This is a great day for the town!” beamed Ann Lee of Madison.', 'Ann Lee of Madison'],
    // A colon before the quote, with or without a verb.
    ['Ortiz called them on it: “Those numbers are wrong and you know it.”', 'Ortiz'],
    ['Polling digest - Maria Lopez: “Turnout will decide this race in the end.”', 'Maria Lopez'],
  ];
  it.each(cases)('%s', (text, source) => {
    const q = scored(quotes(text)).find((x) => x.kind !== 'indirect');
    expect(q?.source?.text).toBe(source);
  });

  it('takes the speaker of a paragraph that ends in a colon after any verb', () => {
    const text = 'Ann Lee echoed:\n\n“We will keep fighting for this town.”';
    const [q] = scored(quotes(text, [['Ann Lee', 'person']]));
    expect(q).toMatchObject({ text: 'We will keep fighting for this town.', speaker: 0 });
  });

  it('does not take a past participle after a quote as a verb of saying', () => {
    const q = quotes('The team posted “We are back,” based on the new data.').find((x) => x.text === 'We are back,');
    expect(q?.provenance.rule).not.toBe('direct:verb-after');
  });
});

describe('reported speech', () => {
  const cases: [string, string, string][] = [
    ['Minister Paula Grant said on Tuesday that the border would stay open.', 'the border would stay open', 'Minister Paula Grant'],
    ['The port will reopen next week, a harbour official told reporters.', 'The port will reopen next week', 'a harbour official'],
    ['According to two diplomats, the talks were suspended.', 'the talks were suspended', 'two diplomats'],
    ['Lars Berg noted that there was currently no agreement on prices.', 'there was currently no agreement on prices', 'Lars Berg'],
    ['The sources indicated that the company needs more time.', 'the company needs more time', 'The sources'],
    ['When asked about the strike, Mira Sand urged calm, stating that wages would rise.', 'wages would rise', 'Mira Sand'],
    ['Tomas Hale has stated that the objective is a framework for peace.', 'the objective is a framework for peace', 'Tomas Hale'],
    // A noun that looks like a reporting verb ("the demands", "its promises") does not open a second report.
    ['Ana Vidal said her side rejected the offer and the demands of the union for more pay.', 'her side rejected the offer and the demands of the union for more pay', 'Ana Vidal'],
    ['Ana Vidal said the company must keep its promises and its claims were false.', 'the company must keep its promises and its claims were false', 'Ana Vidal'],
  ];
  it.each(cases)('%s', (text, content, source) => {
    const q = quotes(text).find((x) => x.kind === 'indirect');
    expect(q?.text).toBe(content);
    expect(q?.source?.text).toBe(source);
  });

  it('abstains without a clear source or clause', () => {
    expect(quotes('The report said little.').filter((q) => q.kind === 'indirect')).toHaveLength(0);
    expect(quotes('She continued the talks in Oslo.').filter((q) => q.kind === 'indirect')).toHaveLength(0);
  });
});

describe('speaker linking', () => {
  it('resolves a pronoun to the most recent person and a title to the person just quoted', () => {
    const text = 'Karin Vogel met the press. “Prices are stable,” she said.\nKarin Vogel said the bank would wait. “We are patient,” the Finance Minister told reporters.';
    const qs = scored(quotes(text, [['Karin Vogel', 'person']])).filter((q) => q.kind !== 'indirect');
    expect(qs.map((q) => q.speaker)).toEqual([0, 0]);
  });

  it('gives "he" to the person opening its own sentence, not to the previous speaker', () => {
    const text = 'Anna Brandt criticised the plan, saying that “loud threats” would not help.\nPeter Holm has praised the vote, telling reporters on Friday that he thinks the plan is “a fine idea.”';
    const qs = quotes(text, [['Anna Brandt', 'person'], ['Peter Holm', 'person']]);
    const reported = qs.find((q) => q.kind === 'indirect' && q.text.includes('fine idea'));
    expect(reported?.speaker).toBe(1);
    // A quotation opening the sentence is no subject: "he" is then the previous speaker.
    const qs2 = quotes('Anna Brandt spoke first. “Peter Holm is wrong,” he said, and left.', [['Anna Brandt', 'person'], ['Peter Holm', 'person']]);
    expect(qs2.find((q) => q.text.includes('is wrong'))?.speaker).toBe(0);
  });

  it('gives a quotation followed by a participle to the subject of its clause', () => {
    const text = 'Peter Holm has praised the vote as “a fine result,” telling reporters the plan would go ahead.';
    const q = quotes(text, [['Peter Holm', 'person']]).find((x) => x.text.includes('fine result'));
    expect(q?.speaker).toBe(0);
  });

  it('leaves speaker null but keeps the source when there are no entities', () => {
    const [q] = quotes('“It is over,” said Nora Lind.');
    expect(q!.speaker).toBeNull();
    expect(q!.source!.text).toBe('Nora Lind');
  });
});

describe('adversarial text', () => {
  it('survives emoji, NBSP, CRLF and unbalanced marks with exact spans', () => {
    const text = 'Rex Hall\u00a0said: “Great day 🎉🎉,” then left.\r\n\r\n“Unclosed at the end\r\nAnother ” stray ” mark and “ one more\r\n';
    const qs = quotes(text);
    for (const q of qs) {
      expect(spanMatches(text, q)).toBe(true);
      expect(q.text).not.toMatch(/[\r\n]/);
    }
    expect(qs.some((q) => q.text === 'Great day 🎉🎉,')).toBe(true);
    expect(qs.some((q) => q.text === 'Unclosed at the end')).toBe(true);
  });
});

describe('invariants (property)', () => {
  const piece = fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', ' said ', ' Anna Berg', ' he added', ', ', '. ', ':', '\n', '\r\n', 'that ', 'the talks ', 'failed', '🎉', '\u00a0', 'according to ', 'x');
  it('every quote, cue and source span matches the text; no quote crosses a paragraph', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const qs = quotes(text, [['Anna Berg', 'person']]);
        for (const q of qs) {
          expect(spanMatches(text, q)).toBe(true);
          if (q.cue) expect(spanMatches(text, q.cue)).toBe(true);
          if (q.source) expect(spanMatches(text, q.source)).toBe(true);
          expect(/[\r\n]/.test(q.text)).toBe(false);
          expect(q.provenance.confidence).toBeGreaterThanOrEqual(0);
          expect(q.provenance.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reported speech with the cue after or inside the clause', () => {
  it('reads "CONTENT, the X said, and ..." and "CONTENT, he said, adding that ..."', () => {
    const a = quotes('The bridge would reopen on Friday, the Veloran premier said, and crews would work through the night.', [['Veloran', 'country']]);
    expect(a.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'The bridge would reopen on Friday', source: { text: 'the Veloran premier' } });
    const b = quotes('The guild would honour the accord as long as the board did, he said, adding that members would “stand firm to the end.”');
    expect(b.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(['The guild would honour the accord as long as the board did']);
    expect(b.find((q) => q.kind === 'partial')).toMatchObject({ text: 'stand firm to the end.', source: { text: 'he' } });
  });

  it('reads "CONTENT, said X, an appositive." and a zero-"that" clause opened by a bare plural noun', () => {
    const a = quotes('Every idle week would cost a month of output, said Tova Lind, an economist at the Marwick Institute.', [['Tova Lind', 'person']]);
    expect(a.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'Every idle week would cost a month of output', speaker: 0 });
    const b = quotes('The guild said on Thursday members had voted to strike.');
    expect(b.find((q) => q.kind === 'indirect')?.text).toBe('members had voted to strike');
  });

  it('splits "told X that A and that B" into two reported contents, leaving out a part that is a quotation', () => {
    const a = quotes('Orvel told senators that the supplier had been “at times unreliable” and that the agency would restore its curbs if shipments stopped.', [['Orvel', 'person']]);
    expect(a.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(['the supplier had been “at times unreliable”', 'the agency would restore its curbs if shipments stopped']);
    const b = quotes('Dalma told reporters that the parties had received a draft overnight and that “the main hurdles are behind us.”', [['Dalma', 'person']]);
    expect(b.filter((q) => q.kind === 'indirect').map((q) => q.text)).toEqual(['the parties had received a draft overnight']);
  });

  it('gives a coordinated reporting verb the sentence subject ("X called it ... and said ...")', () => {
    const qs = quotes('Marrow, speaking at the harbour, called the outcome a “fresh start” with the guild and said he would meet its leaders next week.', [['Marrow', 'person']]);
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'he would meet its leaders next week', speaker: 0 });
    expect(qs.find((q) => q.kind === 'partial')).toMatchObject({ text: 'fresh start', speaker: 0 });
  });
});

describe('short fragments attributed by their sentence', () => {
  it('keeps a one-word fragment quoted by a judging verb with a named subject', () => {
    const [q] = scored(quotes('Oren Tal, the guild’s chief negotiator, hailed the deal in a speech as the fruit of the “patience” of dockers.', [['Oren Tal', 'person']]));
    expect(q).toMatchObject({ kind: 'partial', text: 'patience', speaker: 0 });
  });

  it('keeps an all-caps fragment and a fragment after "as" inside a clause reported by an earlier verb', () => {
    const qs = scored(quotes('Garrow wrote that after “a long night of talks,” both sides had agreed to a “FULL AND FINAL TRUCE.”', [['Garrow', 'person']]));
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['a long night of talks,', 0], ['FULL AND FINAL TRUCE.', 0]]);
    const term = quotes('Veloria has said it will treat any blockade of the strait as ‘an act of war’.', [['Veloria', 'country']]).find((q) => q.kind !== 'indirect');
    expect(term).toMatchObject({ kind: 'partial', text: 'an act of war', speaker: 0 });
  });

  it('still treats naming words ("so-called") and fragments without a speaker as scare quotes', () => {
    expect(scored(quotes('The guild said the so-called “harbour plan” was dead.')).filter((q) => q.kind !== 'indirect')).toEqual([]);
    expect(scored(quotes('Dockers placed the talks ‘in abeyance’ last year.'))).toEqual([]);
  });

  it('attributes a fragment before "according to Y" to the subject who described it, not the channel', () => {
    // (The description itself is reported speech of his too, an indirect quote of its own.)
    const q = scored(quotes('Vice Premier Hal Oster described the talks as “frank and useful,” according to the state news agency.', [['Hal Oster', 'person']])).find((x) => x.kind !== 'indirect');
    expect(q).toMatchObject({ text: 'frank and useful,', speaker: 0 });
  });
});

describe('generic and pronoun speakers', () => {
  it('links "the group", "the union" and a government body to the latest compatible organisation or country', () => {
    const a = quotes('The Tarn Retail League urged both sides to talk. “A strike would hurt families,” the group said.', [['Tarn Retail League', 'organization']]);
    expect(a.find((q) => q.kind === 'direct')).toMatchObject({ speaker: 0, source: { text: 'the group' } });
    // The appeal before it is reported speech of the league itself.
    expect(a.find((q) => q.kind === 'indirect')).toMatchObject({ text: 'both sides to talk', speaker: 0 });
    const b = quotes('The Northern Carriers Union broke off talks on Monday. The union dismissed the offer as “a promise with an expiry date.”', [['Northern Carriers Union', 'organization']]);
    expect(scored(b).find((q) => q.kind === 'partial')).toMatchObject({ speaker: 0 });
    const c = quotes('Veloria welcomed the plan on Monday. “We hope the talks continue,” the ministry said in a statement.', [['Veloria', 'country']]);
    expect(c[0]).toMatchObject({ speaker: 0, source: { text: 'the ministry' } });
  });

  it('gives a statement to whoever issued it just before, by name or by pronoun', () => {
    const byName = quotes('After talks with the Harbour Board, Maria Lopez issued a statement calling on the union "to return to the table at once."', [['Harbour Board', 'organization'], ['Maria Lopez', 'person']]);
    // The source is the issuer itself: a statement speaks for whoever issued it.
    expect(byName.find((q) => q.text.startsWith('to return'))).toMatchObject({ speaker: 1, source: { text: 'Maria Lopez' } });
    const byPronoun = quotes('Maria Lopez spoke at the rally on Monday. Hours later, she issued a statement calling on the board "to return to the table at once."', [['Harbour Board', 'organization'], ['Maria Lopez', 'person']]);
    expect(byPronoun.find((q) => q.text.startsWith('to return'))).toMatchObject({ speaker: 1, source: { text: 'she' } });
  });

  it('links "the statement" to the issuer of the latest statement', () => {
    const qs = quotes('According to a statement from the Harbour Board, pay talks would resume only in May. “The offer stands,” the statement said.', [['Harbour Board', 'organization']]);
    expect(qs.find((q) => q.kind === 'direct')).toMatchObject({ speaker: 0, source: { text: 'the statement' } });
  });

  it('takes the speaker from a proper-name appositive after a description ("The army’s media wing, the IRB, said")', () => {
    const qs = quotes('The army’s media wing, the IRB, said the forces would ‘hold fire’ if the other side did.', [['IRB', 'organization']]);
    expect(qs.find((q) => q.kind === 'partial')).toMatchObject({ text: 'hold fire', speaker: 0 });
  });

  it('resolves "He said" to a person who opens the previous sentence rather than an earlier quoted speaker', () => {
    const text = '“We made progress,” Dana Fell said. Vice Premier Ko Marin, who led the other side, described the talks as long. He said that both sides would meet again.';
    const qs = quotes(text, [['Dana Fell', 'person'], ['Ko Marin', 'person']]);
    expect(qs.find((q) => q.kind === 'indirect' && q.cue?.text === 'said')).toMatchObject({ text: 'both sides would meet again', speaker: 1 });
  });

  it('resolves a definite title to a person, not to a country named by its demonym', () => {
    const text = '“We have a deal,” Rami Sadeq told reporters. The bridge would reopen on Friday, the Veloran premier said.';
    const qs = quotes(text, [['Rami Sadeq', 'person'], ['Veloria', 'country']]);
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ speaker: 0 });
  });
});

describe('wire datelines', () => {
  it('never takes the dateline place or agency for the speaker', () => {
    for (const lead of ['OSLO, May 4 (Reuters) — ', 'OSLO — ', 'LAGOS, Nigeria (AP) - ', '(CNN) — ']) {
      const [q] = quotes(`${lead}A spokesman for the dockworkers' union called a report suggesting the port had settled “plainly false.”`);
      expect(q?.source?.text ?? null, lead).not.toMatch(/OSLO|LAGOS|CNN|Reuters|AP/);
    }
  });

  it('keeps a capitalised subject that is not a dateline', () => {
    const [q] = quotes('NATO officials called the plan “premature.”', [['NATO', 'organization']]);
    expect(q?.source?.text).toBe('NATO officials');
  });
});

describe('reported speech: wider cues and complements', () => {
  const indirectTexts = (text: string, people: [string, LocalEntity['type']][] = []) => quotes(text, people).filter((q) => q.kind === 'indirect').map((q) => q.text);

  it('reads zero-"that" clauses whose verb is a negated auxiliary, a clitic or a present tense', () => {
    expect(indirectTexts('Mira Holt said members of the council shouldn’t vote until June.')).toEqual(['members of the council shouldn’t vote until June']);
    expect(indirectTexts('He said he’d sign the accord within a week.')).toEqual(['he’d sign the accord within a week']);
    expect(indirectTexts('On a calmer note, Osei has said Farrow deserves credit for the truce.')).toEqual(['Farrow deserves credit for the truce']);
    expect(indirectTexts('The mayor said much of the harbour budget was spent on dredging.')).toEqual(['much of the harbour budget was spent on dredging']);
  });

  it('takes a clause after a comma and a participle of saying, with the main clause’s subject', () => {
    const qs = quotes('The union rejected the offer, saying the wage rise was too small for dockers.', [['union', 'organization']]).filter((q) => q.kind === 'indirect');
    expect(qs.map((q) => [q.text, q.source?.text])).toEqual([['the wage rise was too small for dockers', 'The union']]);
    expect(indirectTexts('Ines Roa sued the port, claiming the new contract broke the old one.')).toEqual(['the new contract broke the old one']);
  });

  it('reads promises, appeals and accusations as their complement', () => {
    const a = quotes('Governor Alan Pike has vowed to block the pipeline from crossing the state.', [['Alan Pike', 'person']]).find((q) => q.kind === 'indirect');
    expect(a).toMatchObject({ text: 'to block the pipeline from crossing the state', speaker: 0, source: { text: 'Governor Alan Pike' } });
    expect(indirectTexts('The council urged both carriers to resume talks at once.')).toEqual(['both carriers to resume talks at once']);
    expect(indirectTexts('Nadia Frost accused the shipping firm of hiding losses.')).toEqual(['the shipping firm of hiding losses']);
    expect(indirectTexts('Lena Park, the union’s lawyer, called on the ministry to publish the draft.')).toEqual(['the ministry to publish the draft']);
    expect(indirectTexts('The senator called for an immediate halt to the strikes.')).toEqual(['an immediate halt to the strikes']);
    // A coordinated second predicate is not part of the appeal.
    expect(indirectTexts('Ravi Sen urged the parties to sign and then left the hall early.')).toEqual(['the parties to sign']);
  });

  it('does not read calls, short objects or plain objects as reported speech', () => {
    expect(indirectTexts('She called on Monday to complain about the noise.')).toEqual([]);
    expect(indirectTexts('The mayor called for help.')).toEqual([]);
    expect(indirectTexts('They said goodbye to the visiting delegation.')).toEqual([]);
    expect(indirectTexts('He promised nothing at the meeting.')).toEqual([]);
    expect(indirectTexts('The minister said in a statement.')).toEqual([]);
  });

  it('takes any noun phrase after "according to" as the source', () => {
    const [q] = quotes('Exports of grain fell by a tenth last year, according to customs data.').filter((x) => x.kind === 'indirect');
    expect(q).toMatchObject({ text: 'Exports of grain fell by a tenth last year', source: { text: 'customs data' } });
  });

  it('reads the clause after an attribution that interrupts an adverbial', () => {
    expect(indirectTexts('In the end, Mr. Ames said, the port workers will accept the deal.')).toEqual(['the port workers will accept the deal']);
    expect(indirectTexts('Still, he said, officials have to decide who gets extra scrutiny.')).toEqual(['officials have to decide who gets extra scrutiny']);
    expect(indirectTexts('Later, she said, as the crowd cheered.')).toEqual([]);
  });

  it('keeps reporting a coordinated or participle clause after a first reported clause', () => {
    expect(indirectTexts('Lena Park conceded that the plan was late, but said the funds were ready for release.')).toEqual(['the plan was late', 'the funds were ready for release']);
    expect(indirectTexts('Omar Said urged patience, stating that the board must first see the figures.')).toContain('the board must first see the figures');
  });

  it('reads a speaker-headed line ("Name: clause") and skips labels', () => {
    const [q] = quotes('Okafor: The strike will end on Friday\nThe port was quiet.', [['Okafor', 'person']]).filter((x) => x.kind === 'indirect');
    expect(q).toMatchObject({ text: 'The strike will end on Friday', source: { text: 'Okafor' }, speaker: 0 });
    expect(indirectTexts('Update: The strike ended on Friday\nThe port was quiet.')).toEqual([]);
    expect(indirectTexts('The Latest: Talks resumed in Geneva\nMore soon.')).toEqual([]);
    expect(indirectTexts('Okafor: “The strike will end on Friday.”')).toEqual([]);
  });

  it('reads a noun of saying with its clause and its possessor as the speaker', () => {
    const a = quotes('Rosa Vey spoke last. The core of the plan is her insistence that the port must stay open at night.', [['Rosa Vey', 'person']]).find((q) => q.kind === 'indirect');
    expect(a).toMatchObject({ text: 'the port must stay open at night', source: { text: 'her' }, speaker: 0 });
    const b = quotes('Karl Dunn’s assertion that the levee would fail went unheeded for years.', [['Karl Dunn', 'person']]).find((q) => q.kind === 'indirect');
    expect(b).toMatchObject({ source: { text: 'Karl Dunn' }, speaker: 0 });
    expect(b!.text.startsWith('the levee would fail')).toBe(true);
    expect(indirectTexts('The two envoys made the case that the truce should be extended by a month.')).toEqual(['the truce should be extended by a month']);
    expect(indirectTexts('The mayor kept his promise to reopen the ferry line.')).toEqual(['to reopen the ferry line']);
    // Not nouns of saying, or no clause after them.
    expect(indirectTexts('The fact that the ferry ran late is not in dispute.')).toEqual([]);
    expect(indirectTexts('She sent his statement to the Democratic National Convention.')).toEqual([]);
  });

  it('keeps every span exact on text built from the new cues (property)', () => {
    const piece = fc.constantFrom(' vowed ', 'to ', 'his ', 'insistence that ', 'Dunn’s claim ', ' made the case ', ' urged ', ' called on ', ' called for ', ' accused ', ' of ', ', saying ', 'Okafor: ', 'shouldn’t ', 'he’d ', ', he said, ', 'according to ', 'the talks ', 'failed', '“', '”', '. ', '\n', 'Anna Berg', ' members ', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const q of quotes(text, [['Anna Berg', 'person']])) {
          expect(spanMatches(text, q)).toBe(true);
          if (q.cue) expect(spanMatches(text, q.cue)).toBe(true);
          if (q.source) expect(spanMatches(text, q.source)).toBe(true);
          expect(/[\r\n]/.test(q.text)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('attribution around a relative clause', () => {
  it('gives "X, whose office said ..." to X, and never takes the next sentence’s verb for a quote closing its own sentence', () => {
    const text = 'The plan was backed by Governor Rick Moss, whose office said it was “a good first step.” Union leader Ana Ruiz said she was “not impressed.”';
    const qs = quotes(text, [['Rick Moss', 'person'], ['Ana Ruiz', 'person']]);
    const step = qs.find((q) => q.kind !== 'indirect' && q.text.startsWith('a good first step'))!;
    expect(step.speaker).toBe(0);
    expect(qs.find((q) => q.kind !== 'indirect' && q.text.startsWith('not impressed'))!.speaker).toBe(1);
  });
});

describe('reported speech: wider coverage', () => {
  const indirectOf = (qs: Quote[]) => qs.filter((q) => q.kind === 'indirect');

  it('reads a long object after "according to" at the end of the sentence as the source', () => {
    const [q] = indirectOf(quotes('The mill has cut 200 jobs since spring, according to early figures released by the regional labour office.'));
    expect(q).toMatchObject({ text: 'The mill has cut 200 jobs since spring' });
    expect(q!.source!.text).toContain('figures');
  });

  it('reads a long unnamed source after a sentence-initial "according to"', () => {
    const [q] = indirectOf(quotes('According to a newly released survey from the county farm bureau, most growers expect a smaller harvest.'));
    expect(q).toMatchObject({ text: 'most growers expect a smaller harvest' });
  });

  it('accepts a closing appositive after the "according to" source and a connective or colon clause before it', () => {
    const [a] = indirectOf(quotes('Most gifts came from retirees, according to Fundwell, a donation-tracking website.'));
    expect(a).toMatchObject({ text: 'Most gifts came from retirees' });
    const [b] = indirectOf(quotes('The trend is clear: river traffic fell by a third, according to one shipping index.'));
    expect(b).toMatchObject({ text: 'river traffic fell by a third' });
    const [c] = indirectOf(quotes('In addition, according to the ministry, nine new ferries will enter service.'));
    expect(c).toMatchObject({ text: 'nine new ferries will enter service' });
    // After an adverbial lead the report follows the source; a clock time is no colon.
    expect(indirectOf(quotes('Over the long term, according to the budget office, the deficit will grow.')).map((q) => q.text)).toEqual(['the deficit will grow']);
    expect(indirectOf(quotes('About 10:03 p.m., according to a timeline, the guards left the compound.')).map((q) => q.text)).not.toContain('03 p.m');
  });

  it('stops a reported clause before a second attribution with its own subject', () => {
    const qs = indirectOf(quotes('Several nurses said the ward had been understaffed for months, while other nurses said they had not noticed anything unusual.'));
    expect(qs.map((q) => [q.text, q.source?.text])).toEqual([
      ['the ward had been understaffed for months', 'Several nurses'],
      ['they had not noticed anything unusual', 'other nurses'],
    ]);
  });

  it('stops a reported clause before a coordinated reporting predicate ("... and called on ...")', () => {
    const qs = indirectOf(quotes('Verna Holt adds that she has published ten years of expense claims and called on her rivals to do the same.', [['Verna Holt', 'person']]));
    expect(qs[0]).toMatchObject({ text: 'she has published ten years of expense claims', speaker: 0 });
  });

  it('keeps "said that A and that B" whole when neither part is a quotation', () => {
    const [q] = indirectOf(quotes('Pell said that the harbor would reopen in May and that the ferry would follow a week later.', [['Pell', 'person']]));
    expect(q!.text).toBe('the harbor would reopen in May and that the ferry would follow a week later');
  });

  it('skips a prepositional phrase between the verb and "that"', () => {
    const [q] = indirectOf(quotes('Mayor Lund said in an interview with a regional radio station last week that the harbor would reopen in May.', [['Lund', 'person']]));
    expect(q).toMatchObject({ text: 'the harbor would reopen in May', speaker: 0 });
  });

  it('ends a report inside a leading subordinate clause at the main clause', () => {
    const [q] = indirectOf(quotes('While Okafor said that nurses cannot strike during a flood, he appears uneasy about the new rules.', [['Okafor', 'person']]));
    expect(q!.text).toBe('nurses cannot strike during a flood');
  });

  it('accepts a zero-"that" clause after "say" with a long subject or a conditional opening', () => {
    const a = indirectOf(quotes('The union says two dozen of the plant’s senior welders in the local branch are backing Voss.'));
    expect(a[0]?.text).toBe('two dozen of the plant’s senior welders in the local branch are backing Voss');
    const b = indirectOf(quotes('Voss said if elected mayor she would reopen the library.', [['Voss', 'person']]));
    expect(b[0]).toMatchObject({ text: 'if elected mayor she would reopen the library', speaker: 0 });
  });

  it('lets "announced" and "told X" report a clause opened by a pronoun, but not a noun object', () => {
    expect(indirectOf(quotes('Pell announced she is leaving the board at the end of the month.', [['Pell', 'person']]))[0]).toMatchObject({ text: 'she is leaving the board at the end of the month', speaker: 0 });
    expect(indirectOf(quotes('Pell announced a series of new rules for the harbor.', [['Pell', 'person']]))).toEqual([]);
    expect(indirectOf(quotes('Joyce told The Coastal Herald he is not planning an appeal.', [['Joyce', 'person']]))[0]?.text).toBe('he is not planning an appeal');
  });

  it('reports orders ("told X to ...") and indirect questions ("asked X whether ...") without the addressee in the question', () => {
    expect(indirectOf(quotes('The coach told his players to stay calm before the final.'))[0]?.text).toBe('his players to stay calm before the final');
    const [q] = indirectOf(quotes('A reporter asked the governor whether the bridge would be finished this year.'));
    expect(q).toMatchObject({ text: 'whether the bridge would be finished this year' });
    expect(q!.source!.text).toBe('A reporter');
  });

  it('attributes findings to a poll or records ("the survey showed", "..., filings show")', () => {
    const [a] = indirectOf(quotes('The latest county survey showed Hale leading the race with 41 percent of likely voters.'));
    expect(a).toMatchObject({ text: 'Hale leading the race with 41 percent of likely voters' });
    expect(a!.source!.text).toBe('The latest county survey');
    const [b] = indirectOf(quotes('More than half of the donations arrived in March, new campaign finance reports show.'));
    expect(b!.source!.text).toBe('new campaign finance reports');
    expect(indirectOf(quotes('If the records show that he lied, the inquiry will widen.'))).toEqual([]);
  });

  it('takes a short determined or plural-noun phrase as the source of an inverted report', () => {
    expect(indirectOf(quotes('Boats rarely dock there anymore, law enforcement officials say.'))[0]?.source?.text).toBe('law enforcement officials');
    expect(indirectOf(quotes('Oren Blake was also headed to Lisbon, his cousin said.'))[0]).toMatchObject({ text: 'Oren Blake was also headed to Lisbon' });
    expect(indirectOf(quotes('Asked if he would run again, the senator said no.'))).toEqual([]);
  });

  it('reads a Title Case headline "Name Says Claim" as reported speech', () => {
    const [q] = indirectOf(quotes('Brill Warns Harbor Could Close By Winter', [['Brill', 'person']]));
    expect(q).toMatchObject({ text: 'Harbor Could Close By Winter', speaker: 0 });
    expect(indirectOf(quotes('Watch Says Nothing About The Weather'))).toEqual([]);
  });

  it('reports a belief without "that" ("officials believe the plan will fail"), but not "believe in"', () => {
    const [q] = indirectOf(quotes('Harbor officials believe the new pier will open by June.'));
    expect(q).toMatchObject({ text: 'the new pier will open by June' });
    expect(q!.source!.text).toBe('Harbor officials');
    expect(indirectOf(quotes('Many farmers believe in paying their workers well.'))).toEqual([]);
  });

  it('does not take nouns of saying for verbs ("the senator’s remarks were", "other states")', () => {
    expect(indirectOf(quotes('The senator’s remarks were so subdued that nobody noticed the change.'))).toEqual([]);
    expect(indirectOf(quotes('The other states voting Tuesday are Ohio, Missouri and Illinois.'))).toEqual([]);
  });
});

describe('speaker sources in real-news constructions', () => {
  const src = (qs: Quote[], fragment: string) => qs.find((q) => q.text.includes(fragment))?.source?.text ?? null;

  it('takes a described speaker after an inverted verb ("said a longtime aide to X", "said farm lawyer Ann Reyes")', () => {
    expect(src(quotes('“The budget is a mess,” said a longtime aide to the governor, who asked not to be named.'), 'budget')).toBe('a longtime aide');
    expect(src(quotes('“We were never consulted,” said farm lawyer Ann Reyes.'), 'consulted')).toBe('farm lawyer Ann Reyes');
    expect(src(quotes('“The river is rising,” says the station’s weatherman.'), 'river')).toBe('the station’s weatherman');
    // A time phrase after the verb is no speaker.
    expect(src(quotes('“We will see,” he said the next day.'), 'We will see')).toBe('he');
  });

  it('reads a determined description as the subject of a participle ("The veteran senator began ..., saying ...")', () => {
    const qs = quotes('The veteran senator began by praising the farmers, saying that the new levy is “a tax on bread.”');
    expect(src(qs, 'bread')).toBe('The veteran senator');
  });

  it('gives a participle after an earlier quotation the subject that opens the sentence', () => {
    const qs = quotes('The mayor has called the plan “reckless and rushed,” accusing the council of “gambling with our water.”', [['The mayor', 'person']]);
    expect(src(qs, 'gambling')).toBe('The mayor');
  });

  it('prefers the pronoun next to the verb after a subordinator ("... when she said")', () => {
    const qs = quotes('Ana Ortiz drew laughs at the dinner when she said, “I have never lost a vote I could count.”', [['Ana Ortiz', 'person']]);
    expect(src(qs, 'never lost')).toBe('she');
  });

  it('passes over a time phrase or an adverb opening the sentence ("Early one morning in May, ...")', () => {
    const qs = quotes('Early one morning in May, Tomas Berg told the crew: “We sail at noon, whatever the weather says.”', [['Tomas Berg', 'person']]);
    expect(src(qs, 'sail at noon')).toBe('Tomas Berg');
  });

  it('prefers a verb to a noun of saying, and does not report speech only imagined ("voters will say")', () => {
    const a = quotes('Ines Varga said she expected that voters will say “enough” to the new tolls.', [['Ines Varga', 'person']]);
    expect(src(a, 'enough')).toBe('Ines Varga');
    const b = quotes('The union’s secretary of state affairs Omar Diaz told reporters that the deal was “a fair start.”', [['Omar Diaz', 'person']]);
    expect(src(b, 'fair start')).toContain('Omar Diaz');
  });

  it('reads the subject of an absolute construction ("with X telling reporters")', () => {
    const qs = quotes('The vote split the chamber, with Senator Lia Park telling reporters the bill was “dead on arrival.”', [['Lia Park', 'person']]);
    expect(src(qs, 'dead on arrival')).toBe('Senator Lia Park');
  });

  it('gives a quote introduced by a lead-in paragraph the lead-in’s cue and source', () => {
    const qs = quotes('In a speech to the guild, the director declared:\n\n“Every film we make is a letter to the future.”');
    expect(qs[0]).toMatchObject({ text: 'Every film we make is a letter to the future.' });
    expect(qs[0]!.source?.text).toBe('the director');
    expect(qs[0]!.cue?.text).toBe('declared');
  });

  it('lets a name with an aside before its verb speak a quote with no cue ("Ruiz, who ..., mocked X for “...”")', () => {
    const qs = quotes('Ruiz, who leads the count, mocked his rival for “having a very long night” at the polls.', [['Ruiz', 'person']]);
    expect(src(qs, 'long night')).toBe('Ruiz');
  });
});

describe('unnamed spokespeople', () => {
  it('links "a spokesperson said" to the organisation opening the passage', () => {
    const text = 'The Harbour Authority said it was watching the dispute. Asked about fines, a spokesperson said the authority "will not take sides" in the talks.';
    const q = quotes(text, [['Harbour Authority', 'organization']]).find((x) => x.text.includes('take sides'));
    expect(q?.source?.text).toBe('a spokesperson');
    expect(q?.speaker).toBe(0);
  });
});

describe('"put it" as a cue', () => {
  it('takes "As X put it, “...”" as an attribution but not "put it on the table"', () => {
    const qs = quotes('As Professor Lena Holt put it, “The city grows by welcoming strangers.”\n\nHe put it on the table and left.', [['Lena Holt', 'person']]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 0 });
    expect(qs[0]!.cue?.text).toBe('put it');
    expect(qs[0]!.source?.text).toBe('Professor Lena Holt');
  });
});

/** The source text and speaker index of the quote containing `fragment`. */
function attribution(text: string, people: [string, LocalEntity['type']][], fragment: string): { source: string | null; speaker: number | null } | undefined {
  const q = quotes(text, people).find((x) => x.text.includes(fragment));
  return q && { source: q.source?.text ?? null, speaker: q.speaker };
}

describe('speakers behind titles, appositives and fronted phrases', () => {
  it('reads a capitalised qualifier, lower-case title words and a name as one source ("wrote Gazette city hall reporter Ines Moll")', () => {
    const qs = quotes('“The vote was never close,” wrote Gazette city hall reporter Ines Moll, citing two aides.', [['Ines Moll', 'person'], ['Gazette', 'organization']]);
    expect(qs[0]!.source?.text).toBe('Gazette city hall reporter Ines Moll');
    expect(qs[0]!.speaker).toBe(0);
    // A number after the title words is no name.
    expect(quotes('“Never again,” recalled Senator Ruiz’s famous 1998 speech.')[0]?.source?.text ?? null).not.toContain('1998');
  });

  it('passes over appositives to the subject of "As X, the ..., put it"', () => {
    const qs = quotes('As Tomas Berg, the No. 2 in the Harbour Union leadership, put it: “This deal will not pass.”', [['Tomas Berg', 'person'], ['Harbour Union', 'organization']]);
    expect(qs[0]!.source?.text).toBe('Tomas Berg');
    expect(qs[0]!.speaker).toBe(0);
  });

  it('resolves "He’s" like "he", past a person named inside a fronted phrase', () => {
    const text = 'With Ana Ortiz at his side, Mayor Tomas Berg opened the session. He’s telling allies that he expects the budget to pass by Friday.';
    expect(attribution(text, [['Ana Ortiz', 'person'], ['Tomas Berg', 'person']], 'expects the budget')).toEqual({ source: 'He’s', speaker: 1 });
  });
});

describe('speakers read from the sentence or paragraph around a quotation', () => {
  const ORTIZ: [string, LocalEntity['type']][] = [['Ana Ortiz', 'person'], ['Harbour', 'country']];
  const AFTER = '\n\n“We need people who can get things done and bring the city together.”';
  it.each([
    ['a paragraph that is only a quotation is the person opening the paragraph before', `The mayor spoke first.\n\nAna Ortiz praised the new ferry line and its crews.${AFTER}`, 'get things done', 0],
    ['but not the object of the sentence before', `The mayor spoke first.\n\nThe crowd praised Ana Ortiz and the ferry crews.${AFTER}`, 'get things done', null],
    ['lower-case title words lead to the name ("Republican presidential front-runner X is insisting")', 'Harbour Party leadership front-runner Ana Ortiz is insisting that she has “grown the party,” claiming credit for the turnout.', 'grown the party', 0],
    ['a party tag in parentheses before the verb is skipped ("Sen. X (D-MA) said")', 'Saturday at the Harbour Democratic party convention Sen. Ana Ortiz (D-MA) said the governor was a “proven failure” in business.', 'proven failure', 0],
    ['"state" in "secretary of state" is no verb of saying', 'Former secretary of state Ana Ortiz fanned controversy over her remark that “there is a special place for quitters.”', 'special place', 0],
    ['a colon after "with X (adverb) <participle>" gives X ("..., with Ortiz reportedly yelling: “...”")', 'At a rally in Harbour City, Harbour, on Saturday, protesters were removed, with Ana Ortiz reportedly yelling: “Get them out of here!”', 'Get them out', 0],
    ['a verb after the quotation in a subordinate clause is not its attribution ("... after Canada agreed")', 'Foreign Minister Ana Ortiz said on Monday that “the offer is fair” after Harbour agreed to the deal.', 'offer is fair', 0],
  ])('%s', (_, text, fragment, speaker) => {
    expect(attribution(text, ORTIZ, fragment)?.speaker ?? null).toBe(speaker);
  });
});

describe('the subject of a lead sentence', () => {
  it('reads "The union representing 38,000 workers at ports from A to B said" as the union, named in the next sentence', () => {
    const text = 'NORFOLK — The union representing some 38,000 dockworkers at ports from Portland to Galveston said on Thursday it would strike unless the employers drop their plans.\n\nThe Harbour Workers Guild broke off talks late on Wednesday.';
    expect(attribution(text, [['Galveston', 'organization'], ['Harbour Workers Guild', 'organization']], 'would strike')).toEqual({ source: 'The union', speaker: 1 });
  });

  it('reads a capitalised adjective opening the sentence as part of its noun phrase ("Developing countries"), not a name', () => {
    expect(attribution('Developing countries on Saturday rejected the offer, saying it fell short of what poorer nations need.', [], 'fell short')?.source).toBe('Developing countries');
    expect(attribution('Small island states said they would accept the package.', [], 'accept the package')?.source).toBe('Small island states');
    // A name that is also a common word keeps its verb out of the phrase.
    expect(attribution('Rice says the vote will be close.', [['Rice', 'person']], 'vote will')?.source).toBe('Rice');
  });

  it('reads a relative pronoun as the name set off before it ("Norvane, which had insisted that ...")', () => {
    const text = 'Norvane Pharma, which had insisted in September that it would not accept any volume cap, said the agreement was fair.';
    expect(attribution(text, [['Norvane Pharma', 'organization']], 'volume cap')).toEqual({ source: 'Norvane Pharma', speaker: 0 });
  });

  it('keeps the closing mark of a quotation the reported clause opens', () => {
    const text = 'Kessler said the reform was "a one-off and not a blank cheque".';
    expect(quotes(text, [['Kessler', 'person']]).find((q) => q.kind === 'indirect')?.text).toBe('the reform was "a one-off and not a blank cheque"');
  });

  it('keeps "Two senior officials in Kyiv said" whole', () => {
    expect(attribution('Two senior officials in Kyiv said the convoy would arrive on Friday.', [['Kyiv', 'country']], 'convoy')).toEqual({ source: 'Two senior officials in Kyiv', speaker: 0 });
  });
});

describe('titles of shows and works', () => {
  it('does not take a show named after its outlet or a preposition for speech, whatever verb is near', () => {
    const text = '“We will win the state,” Ana Ortiz said Sunday on Harbour TV’s “Morning Harbour.” She also appeared on “Face the Island,” where she repeated it.';
    const qs = scored(quotes(text, [['Ana Ortiz', 'person']]));
    expect(qs.map((q) => q.text)).toEqual(['We will win the state,']);
  });
});

// Source attribution classes read off PolNeAR train misses; every sentence here is invented.
describe('source attribution: sentence bounds, coordination, relatives, neighbouring sentences', () => {
  const MOSS: [string, LocalEntity['type']][] = [['Nora Vance', 'person'], ['Paul Ortiz', 'person']];
  // The quotation-mark quote holding the fragment (a reported clause around it is not the one under test).
  const attribution = (text: string, people: [string, LocalEntity['type']][], fragment: string) => {
    const q = quotes(text, people).find((x) => x.kind !== 'indirect' && x.text.includes(fragment));
    return q && { source: q.source?.text ?? null, speaker: q.speaker };
  };

  it('does not take the next sentence’s verb for a fragment that closed its own sentence', () => {
    const text = 'Nora Vance is not the first to be taken in by “a mirage.” Then Paul Ortiz said the budget was sound.';
    expect(attribution(text, MOSS, 'mirage')).toEqual({ source: 'Nora Vance', speaker: 0 });
  });

  it('leaves a cue ending in a colon to the quotation it introduces', () => {
    const text = '“We are farmers,” Nora Vance said. “We are not thieves of water.” Paul Ortiz said: “The drought is the thief.”';
    expect(attribution(text, MOSS, 'not thieves')?.speaker).toBe(0);
    expect(attribution(text, MOSS, 'drought')).toEqual({ source: 'Paul Ortiz', speaker: 1 });
  });

  it('reads ‘..., but she also warned’ after a quotation as a new clause, not its attribution', () => {
    const text = 'Mayor Nora Vance said the deal was “a good first step for the harbour,” but she also warned the council against any delay.';
    expect(attribution(text, MOSS, 'good first step')).toEqual({ source: 'Mayor Nora Vance', speaker: 0 });
  });

  it('gives a relative pronoun as the source and its antecedent as the speaker', () => {
    const text = '“Prices will rise,” said Paul Ortiz, who added that the harvest had been “the worst in decades.” “We cannot wait for the spring.”';
    expect(attribution(text, MOSS, 'worst in decades')).toEqual({ source: 'who', speaker: 1 });
    // The next quotation goes on with the quotation the relative clause hangs on.
    const qs = quotes(text, MOSS);
    const next = qs.find((q) => q.text.includes('spring'))!;
    expect(next.speaker).toBe(1);
    expect(qs[next.carriedFrom!]!.source?.text).toBe('Paul Ortiz');
  });

  it('finds no antecedent for a relative pronoun after a plain noun', () => {
    const text = 'Nora Vance rebuked her critics, who say the port should be “sold off at once.”';
    expect(attribution(text, MOSS, 'sold off')).toEqual({ source: 'who', speaker: null });
  });

  it('gives a quotation opening its sentence mid-paragraph the subject of the sentence before', () => {
    const text = 'Nora Vance distanced herself from the plan on Monday. “I will not vote for a budget that cuts the schools.”';
    expect(attribution(text, MOSS, 'cuts the schools')).toEqual({ source: 'Nora Vance', speaker: 0 });
  });

  it('or the speaker of the attribution closing the sentence before', () => {
    const text = 'The rain came early this year, farmer Paul Ortiz says. “We lost half the wheat in a week.”';
    expect(attribution(text, MOSS, 'half the wheat')).toEqual({ source: 'Paul Ortiz', speaker: 1 });
    const carried = '“It is not over,” Nora Vance said outside the hall. But “the votes are simply not there yet.”';
    expect(attribution(carried, MOSS, 'not there yet')?.speaker).toBe(0);
  });

  it('reads "According to X, “...”" as X, though "according" ends in -ing', () => {
    expect(attribution('According to the newspaper, “the port will close in May.”', [], 'port will close')?.source).toBe('the newspaper');
  });

  it('gives "X railed against what he calls “...”" to X, and "whom he described as" to "he"', () => {
    expect(attribution('Senator Nora Vance has railed against what she calls the “harbour cartel” for years.', MOSS, 'harbour cartel')).toEqual({ source: 'Senator Nora Vance', speaker: 0 });
    expect(attribution('Nora Vance praised the governor, whom she described as “a steady hand.”', MOSS, 'steady hand')?.source).toBe('she');
    expect(attribution('Paul Ortiz spoke of his two sons, who he said were “doing fine in the city.”', MOSS, 'doing fine')?.source).toBe('he');
  });

  it('gives a colon-introduced quotation the phrase opening its clause before a verb outside the lexicon', () => {
    const text = 'The charter is short. Section 12 affirms: “No member shall be expelled without a hearing.” A footnote in the treaty makes that clear: “The rule applies to every port.”';
    expect(attribution(text, [], 'expelled')?.source).toBe('Section 12');
    expect(attribution(text, [], 'every port')?.source).toBe('A footnote in the treaty');
    // A stray opening word is no source ("Wait, it gets better:").
    expect(attribution('Wait, it gets better: “The rule applies to every port and every ship.”', [], 'every port')?.source ?? null).toBeNull();
  });

  it('gives words a noun of saying introduces to its possessor ("her remark that “...”"), but not a slogan', () => {
    expect(attribution('Nora Vance drew fire last week over her remark that “the harbour is finished.”', MOSS, 'harbour is finished')).toEqual({ source: 'her', speaker: 0 });
    const slogan = quotes('Nora Vance unveiled her campaign slogan, “Stronger Harbours.”', MOSS)[0];
    expect(slogan?.provenance.confidence ?? 0).toBeLessThan(0.5);
  });

  it('reads an inverted verb after a quotation however long the sentence runs on', () => {
    const text = '“This is a great day for the town!” beamed Nora Vance of Madison, who had driven four hours through the rain with her two daughters and their friends to see the parade.';
    expect(attribution(text, MOSS, 'great day')).toEqual({ source: 'Nora Vance of Madison', speaker: 0 });
  });

  it('reads a text speaking after a quotation ("..., the statement read", "..., reads a letter")', () => {
    expect(attribution('“We will strike on Monday unless the offer improves,” the statement read.', [], 'strike')?.source).toBe('the statement');
    expect(attribution('“We will strike on Monday unless the offer improves,” reads a letter from the union.', [], 'strike')?.source).toBe('a letter from the union');
  });
});

describe('reported speech in unseen report shapes', () => {
  const indirectTexts = (text: string, people: [string, LocalEntity['type']][] = []) => quotes(text, people).filter((q) => q.kind === 'indirect').map((q) => q.text);

  it('reports a negated second conjunct as a position of its own, but not a conjunct going the same way', () => {
    const refusal = 'Foreign Minister Tomas Varga said Norland was open to reopening the border crossings "on the basis of mutual respect," but would not accept any customs regime imposed from outside.';
    expect(indirectTexts(refusal)).toContain('would not accept any customs regime imposed from outside');
    const sameWay = 'The budget office says the plan would cut revenue in the first years as buyers waited, but would eventually add $20 billion over a decade.';
    expect(indirectTexts(sameWay).some((t) => t.startsWith('would eventually'))).toBe(false);
  });

  it('keeps "A and that B" whole when a quotation only closes it, and splits "A but that B"', () => {
    const closing = 'Ana Duval said the ministry would review the list and that Veland did not rule out freeing some detainees "whose families can be traced."';
    expect(indirectTexts(closing).some((t) => t.startsWith('the ministry would review the list and that Veland did not rule out'))).toBe(true);
    const contrast = 'The president’s office said he backed the plan but that the trade chapter "must serve every country in the region, not only one."';
    expect(indirectTexts(contrast)).toContain('he backed the plan');
  });

  it('reads a participle of saying whose clause has a plural subject and a bare present verb', () => {
    const text = 'Norland denies that its soldiers are in the province, saying its units act only in self-defence.';
    expect(indirectTexts(text)).toContain('its units act only in self-defence');
    // A plural noun followed by a preposition is no clause.
    expect(indirectTexts('Norland denies that its soldiers are in the province, saying its units of the reserve.')).not.toContain('its units of the reserve');
  });

  it('reads a pluperfect report with a "throughout" phrase before "that"', () => {
    const text = 'Marta Lind had said throughout the negotiations that restoring the bonus was off the table.';
    expect(indirectTexts(text)).toEqual(['restoring the bonus was off the table']);
  });

  it('keeps a conjunct behind the content\'s own backshifted auxiliary, and a backshifted concession, inside the report', () => {
    const parallel = 'Pavel Orel said Veland had proposed another round before the end of May and had again urged Norland to accept a full truce for at least 30 days.';
    expect(indirectTexts(parallel)).toEqual(['Veland had proposed another round before the end of May and had again urged Norland to accept a full truce for at least 30 days']);
    const concession = 'He said Veland would never recognise the annexed districts, though it might accept a freeze along the current line as a starting point.';
    expect(indirectTexts(concession)[0]).toContain('though it might accept a freeze');
    // A concession in the writer's present stays out.
    expect(indirectTexts('He said Veland would never recognise the annexed districts, though talks continue this week.')[0]).toBe('Veland would never recognise the annexed districts');
  });

  it('reads "affirmed that" as a reporting verb', () => {
    expect(indirectTexts('For the cabinet, spokesman Leo Brandt affirmed that the accord respects the red lines of the capital.')).toEqual(['the accord respects the red lines of the capital']);
  });

  it('reads "the <demonym> demands" as a noun, not as the verb of a quotation', () => {
    const text = 'In the capital, President Ana Duval said she was ready to keep talking but called the Sylvanian demands "a dictate" that no leader could sign.';
    const q = quotes(text, [['Ana Duval', 'person']]).find((x) => x.kind !== 'indirect');
    expect(q).toMatchObject({ text: 'a dictate', kind: 'partial', speaker: 0 });
  });

  it('gives a judging participle\'s quotation to the subject of the clause it hangs on', () => {
    const text = 'A first offer was rejected in May, and the guild refused to put a second offer to a vote, calling it "an insult."';
    const q = quotes(text).find((x) => x.kind === 'partial');
    expect(q).toMatchObject({ text: 'an insult.', source: { text: 'the guild' } });
  });
});

describe('speakers of organisation and title descriptions', () => {
  /** Like `quotes`, with roles on the hand-made entities. */
  function quotesWithRoles(text: string, people: [string, LocalEntity['type'], string[]][]): Quote[] {
    const zones = zonesOf(text);
    const a = emptyAnalysis();
    a.sentences = splitSentences(text, zones);
    people.forEach(([name, type, roles], entity) => {
      const e: LocalEntity = { type, name, packId: null, party: null, roles, mentions: [] };
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        e.mentions.push(a.mentions.length);
        a.mentions.push({ start: i, end: i + name.length, text: name, entity, kind: 'name', provenance: { stage: 'test', rule: 'test', confidence: 1 } } as Mention);
      }
      a.entities.push(e);
    });
    return quoteStage.run({ text, zones, published: null, language: 'en' }, a, {} as KnowledgeBase).quotes;
  }

  it('does not take "the union" for the person whose role is "union president"', () => {
    const text = 'Members of the Harbour Pilots Guild approved the deal, said Ada Quist. Talks with Portline Shipping went on. Later the union said the vote was final.';
    const qs = quotesWithRoles(text, [['Harbour Pilots Guild', 'organization', []], ['Ada Quist', 'person', ['union president']], ['Portline Shipping', 'organization', []]]);
    expect(qs.find((q) => q.text === 'the vote was final')?.speaker).toBe(0);
  });

  it('reads "the minister of X" as a title referring back to the person just reported', () => {
    const text = 'Spokesman Leo Brandt affirmed that the accord respects the red lines of the capital. "The withdrawal is not negotiable," said the minister of Information on state television.';
    const qs = quotesWithRoles(text, [['Leo Brandt', 'person', []]]);
    expect(qs.find((q) => q.text.startsWith('The withdrawal'))?.speaker).toBe(0);
  });
});

describe('sources set off by place, adverb, possessor and document phrases', () => {
  const sourceOf = (qs: Quote[], start: string) => qs.find((q) => q.kind !== 'indirect' && q.text.startsWith(start))?.source?.text;

  it('skips the state after a town in a fronted place phrase ("in Dunmore, N.H., on Tuesday, X said")', () => {
    expect(sourceOf(quotes('At a rally in Dunmore, N.H., on Tuesday, Senator Ada Quist said the plan would "lift every town."'), 'lift')).toBe('Senator Ada Quist');
    expect(sourceOf(quotes('Speaking at a town hall in Millbrook, Ohio, Rena Voss called her rival "a total bore."'), 'a total')).toBe('Rena Voss');
    expect(sourceOf(quotes('At the meeting in Hudson, New Hampshire Monday, the Voss aide retorted: "There is no shame in losing a fair vote."'), 'There is')).toBe('the Voss aide');
  });

  it('keeps a state that is the subject itself, with no town before it', () => {
    expect(sourceOf(quotes('On Friday, Ohio, joined by two other states, said it would "fight the rule in court."'), 'fight')).toBe('Ohio');
  });

  it('skips a capitalised adverb opening a fronted piece ("Shortly after ...", "Hastily leaving ...")', () => {
    expect(sourceOf(quotes('Shortly after the debate ended, Rena Voss’s campaign sent a release saying her rival owes "voters an apology for the vote."'), 'voters')).toBe('Rena Voss’s campaign');
    expect(sourceOf(quotes('Hastily leaving the hall in Brookfield, Tom Arden denounced the "reckless plan."'), 'reckless')).toBe('Tom Arden');
  });

  it('does not take the possessor inside a fronted phrase for the subject, but keeps one heading a clause', () => {
    const fronted = quotes('Recalling, for some, Gov. Hal Pryce’s famous refrain about the mill strike, Mr. Dorn pledged to defend the plant "today and forever."');
    expect(sourceOf(fronted, 'today')).toBe('Mr. Dorn');
    const clause = quotes('In reply to the motion, Dorn’s lawyers relied on old precedent to argue that he is a resident of the state.');
    expect(clause.find((q) => q.kind === 'indirect')?.source?.text).toMatch(/^Dorn’s/);
  });

  it('keeps a lower-case possessor with the noun it owns ("The campaign’s statement declares")', () => {
    expect(sourceOf(quotes('The campaign’s statement then declares "the matter is now closed."'), 'the matter')).toBe('The campaign’s statement');
  });

  it('gives a document\'s words to whoever filed or issued it', () => {
    const filed = quotes('“There is not enough evidence to go on,” according to a court document filed by state attorney Lena Moss.', [['Lena Moss', 'person']]);
    expect(filed[0]!.source!.text).toBe('a court document filed by state attorney Lena Moss');
    expect(filed[0]!.speaker).toBe(0);
    const issued = quotes('Pell and Varga issued a statement describing the meeting as a "useful first step."', [['Varga', 'person']]);
    expect(issued[0]!.source!.text).toMatch(/Varga$/);
    expect(sourceOf(quotes('Hours later, she issued a statement calling on the city "to rebuild the bridge before winter."'), 'to rebuild')).toBe('she');
  });

  it('reads the speaker of a lead-in paragraph from its "as X observed" clause or from a verb with an "about" phrase', () => {
    const asClause = quotes('Of course, as Ivo Renn of the Daily Ledger observed, the real winner was the stage itself:\n\n“The clear winner of the night was the network, which ran two lively sessions.”', [['Ivo Renn', 'person']]);
    expect(asClause.find((q) => q.text.startsWith('The clear winner'))?.speaker).toBe(0);
    const about = quotes('In a release this month, the platform committee said about the draft of its platform:\n\n"The platform goes further than any before it on health care."', [['platform committee', 'organization']]);
    expect(about.find((q) => q.text.startsWith('The platform'))?.speaker).toBe(0);
  });

  it('keeps a title abbreviation with the name after an inverted verb or "according to" ("said Mr. Burr")', () => {
    expect(quotes("''This is one of those things,'' said Mr. Tovey, adding that he did not think so.")[0]!.source!.text).toBe('Mr. Tovey');
    expect(sourceOf(quotes('According to Dr. Jane Olsen, the plan was "a mess."'), 'a mess')).toBe('Dr. Jane Olsen');
  });

  it('reads the subject a cleft focuses instead of its "It" ("It was with that grit that Mrs. Lane ...")', () => {
    const text = "It was with that same grit that Mrs. Lane picked herself up after a defeat, when she assured a crowd that they had made ''cracks in the ceiling.'' It was Mr. Dorn's rejection of ''a politics of cynicism'' that dazzled the hall.";
    const qs = quotes(text);
    expect(sourceOf(qs, 'cracks')).toBe('Mrs. Lane');
    expect(sourceOf(qs, 'a politics')).toBe("Mr. Dorn's");
  });

  it('gives each of two coordinated quotations its own subject across "for instance, and"', () => {
    const qs = quotes('Kern said he would make sand "glow in the dark," for instance, and Dalton vowed to "bomb the hell" out of the group.');
    expect(sourceOf(qs, 'glow')).toBe('Kern');
    expect(sourceOf(qs, 'bomb')).toBe('Dalton');
    // Without a subject of its own, the verb of promising does not take the quotation from the clause it is coordinated with.
    const shared = quotes('And the trade pact, which Dalton had called a "disaster" and promised to "rip up"? He spoke instead of improving it.');
    expect(sourceOf(shared, 'rip up')).not.toBe('the trade pact');
  });

  it('reads "others argue that" as a reported clause with its own plural subject', () => {
    const qs = quotes('Although Marlow says that Brecken "broke the story" of the armed standoff in Bunkerville, Nev., others argue that Brecken is the reason it occurred in the first place.');
    expect(qs.some((q) => q.kind === 'indirect' && q.source?.text === 'others')).toBe(true);
  });
});
