/**
 * Reported speech without quotation marks in constructions PolNeAR dev showed the stage missing, pinned with
 * invented sentences, each with what must not be read as speech: an attribution interrupting its sentence, "as"
 * clauses of saying, second reports, the clauses, questions and objects verbs of saying take, headlines, and
 * where a reported clause ends.
 */
import { describe, expect, it } from 'vitest';
import { fictionQuoteKb, runQuotes } from './testing.js';

const kb = fictionQuoteKb('fiction-indirect-constructions');
const indirect = (sentence: string) => runQuotes(`Talks\n\nFREDVILLE (Reuters) - ${sentence}\n`, kb).quotes.filter((q) => q.kind === 'indirect');
const texts = (sentence: string) => indirect(sentence).map((q) => q.text);

describe('an attribution interrupting the reported sentence', () => {
  it('reports the extent of a subject and its predicate set off around it', () => {
    const [q] = indirect('The harbour, the mayor said, would reopen in May.');
    expect(q).toMatchObject({ text: 'The harbour, the mayor said, would reopen in May', source: { text: 'the mayor' }, cue: { text: 'said' } });
    expect(texts('Grain exports, Mr. Ode often says, are the backbone of the economy.')).toEqual(['Grain exports, Mr. Ode often says, are the backbone of the economy']);
  });

  it('reports a clause together with the subordinate part after the attribution', () => {
    expect(texts('Grain exports thrived, Ms. Vale said, until the strike began in 2019.')).toEqual(['Grain exports thrived, Ms. Vale said, until the strike began in 2019']);
  });

  it('reports a leading condition together with its main clause', () => {
    expect(texts('If the talks fail, Mr. Ode argues, there are other options for Freedonia.')).toEqual(['If the talks fail, Mr. Ode argues, there are other options for Freedonia']);
  });

  it('leaves a short adverbial, a coordinated clause and a lone adverb out', () => {
    expect(texts('In the end, Mr. Ames said, the port workers will accept the deal.')).toEqual(['the port workers will accept the deal']);
    expect(texts('Still, he said, officials have to decide who gets extra scrutiny.')).toEqual(['officials have to decide who gets extra scrutiny']);
    expect(texts('The park is near the stadium, which, the organiser said, is usually full on match days.')).not.toContain('The park is near the stadium, which');
    expect(texts('The bridge would reopen on Friday, the premier said, and crews would work through the night.')).toEqual(['The bridge would reopen on Friday']);
    expect(texts('The port stayed open, a spokesman said on Monday, five months after the strike.')).toEqual(['The port stayed open']);
  });
});

describe('an "as" clause of saying', () => {
  it('attributes the main clause after it, the clause before it, or the sentence it sits in', () => {
    expect(indirect('As several economists have pointed out, the tariff will raise prices in Sylvania.')[0]).toMatchObject({
      text: 'the tariff will raise prices in Sylvania',
      source: { text: 'several economists' },
      cue: { text: 'pointed out' },
    });
    expect(indirect('The port stayed closed for a week, as officials have said.')[0]).toMatchObject({ text: 'The port stayed closed for a week', source: { text: 'officials' } });
    expect(texts('Freedonia, as the envoy noted, rarely signs such accords.')).toEqual(['Freedonia, as the envoy noted, rarely signs such accords']);
    expect(texts('As the Harbour Times reported last week, the deal collapsed after the vote.')).toEqual(['the deal collapsed after the vote']);
  });

  it('reads no report into "as" of time, comparison or expectation', () => {
    expect(texts('As he said goodbye, the crowd cheered the delegation.')).toEqual([]);
    expect(texts('Prices rose as soon as the minister said it.')).toEqual([]);
    expect(texts('As expected, the board rejected the proposal on Monday.')).toEqual([]);
    expect(texts('Trade with partners such as Sylvania fell, as did imports.')).toEqual([]);
  });
});

describe('reporting verbs and their clauses', () => {
  it('takes a second report after a concession', () => {
    expect(texts('Lena Park said the plan was ready, though she acknowledged it was late.')).toEqual(['the plan was ready', 'it was late']);
  });

  it('reads "charges that" as a report, and "charged" with an object as none', () => {
    expect(indirect('Senator Ivo Marr charges that the agency hid the figures from parliament.')[0]).toMatchObject({ text: 'the agency hid the figures from parliament', source: { text: 'Senator Ivo Marr' } });
    expect(texts('The mayor has long been dogged by charges that he misused the harbour fund.')).toEqual([]);
    expect(texts('The new emission rules that could close the plants were delayed again.')).toEqual([]);
    expect(texts('Prosecutors charged the director with fraud last year.')).toEqual([]);
  });

  it('reads a present-tense clause, a clause opened by "neither" and a negated modal after "say"', () => {
    expect(texts('The mayor said residents still want a new bridge.')).toEqual(['residents still want a new bridge']);
    expect(texts("The envoy says Freedonia's offer deserves a reply.")).toEqual(["Freedonia's offer deserves a reply"]);
    expect(texts('A spokeswoman says neither the minister nor her staff helped the company.')).toEqual(['neither the minister nor her staff helped the company']);
    expect(texts('The chairman said he cannot comment on the letter.')).toEqual(['he cannot comment on the letter']);
    expect(texts('The spokesman said thanks to the crews on the quay.')).toEqual([]);
    expect(texts('Everything the mayor says is a lie unless proven otherwise.')).toEqual([]);
  });

  it('takes the object of "called for" without where and when it was said', () => {
    expect(texts('The union called for higher wages for nurses in a statement on Monday.')).toEqual(['higher wages for nurses']);
    expect(texts('The minister called for female officers to lead the patrols.')).toEqual(['female officers to lead the patrols']);
  });

  it('attributes the findings of a slide or a video', () => {
    expect(indirect('Another slide shows that most exports go to Sylvania.')[0]).toMatchObject({ text: 'most exports go to Sylvania', source: { text: 'Another slide' } });
    expect(indirect('The transcript of the hearing shows that the minister left early.')[0]).toMatchObject({ text: 'the minister left early', source: { text: 'The transcript of the hearing' } });
    expect(texts('The leader of the union shows little interest in the deal.')).toEqual([]);
  });

  it('does not read a noun of saying after "earlier" as a verb', () => {
    expect(indirect("The video shows the crowd dispersing, contradicting the police's earlier claim that officers fired first.").map((q) => q.cue?.text)).not.toContain('claim');
  });

  it('reads an addressee before "that" after verbs of warning, even a title in quotation marks', () => {
    expect(texts('The senator is warning voters that the tariff would double prices.')).toEqual(['the tariff would double prices']);
    expect(texts('Ms. Vale told the “Harbour Hour” programme that nobody would question the deal.')).toContain('nobody would question the deal');
  });

  it('reads an indirect question after "explained", and a court\'s ruling', () => {
    expect(texts('The envoy explained why the ferry link must reopen before winter.')).toEqual(['why the ferry link must reopen before winter']);
    expect(texts('The envoy told the mayor on Thursday how surprised he was by the vote.')).toEqual(['how surprised he was by the vote']);
    expect(texts('The appeals court ruled that the port fees were unlawful.')).toEqual(['the port fees were unlawful']);
    expect(texts('The party has ruled the region for decades.')).toEqual([]);
  });

  it('starts the content after a comma that follows "that"', () => {
    expect(texts('Those close to him say that, in addition to Mr. Ode, he would consider Ms. Vale.')).toEqual(['in addition to Mr. Ode, he would consider Ms. Vale']);
  });

  it('keeps a relative clause on a noun of the content and stops at one that comments on the whole report', () => {
    expect(texts('He vowed to form a joint task force, which would include the navy, to patrol the coast.')).toEqual(['to form a joint task force, which would include the navy, to patrol the coast']);
    expect(texts('Envoy Moro Kante said the talks had failed, which surprised the mediators.')).toEqual(['the talks had failed']);
  });

  it('goes on past "because" with a pronoun subject', () => {
    expect(texts('The chairman said he would not comment on the letter because he had not seen it.')).toEqual(['he would not comment on the letter because he had not seen it']);
  });

  it('reads "said X in the room" closing the sentence as the source with its place', () => {
    expect(indirect('The meeting deteriorated from there, said one source in the room.')[0]).toMatchObject({ text: 'The meeting deteriorated from there', source: { text: 'one source' } });
  });

  it('reads a singular subject with a present-tense verb and its object after "say"', () => {
    expect(texts("But many economists say the bank's cautious stance obscures risks to growth.")).toEqual(["the bank's cautious stance obscures risks to growth"]);
  });

  it('takes the object of a speech act when no clause follows, but not of a verb of making known', () => {
    expect(texts('The premier proposed a tax credit for small ports.')).toEqual(['a tax credit for small ports']);
    expect(texts('The ministry denied any involvement in the strike.')).toEqual(['any involvement in the strike']);
    expect(texts('Ms. Vale acknowledged the plan was late.')).toEqual(['the plan was late']);
    expect(texts('The ministry announced a series of new rules for the harbour.')).toEqual([]);
  });

  it('reads a second report whose clause opens with a noun and an irregular past tense', () => {
    expect(texts('The chief told reporters that the video was unclear, but he said witnesses saw a boat near the pier.')).toEqual(['the video was unclear', 'witnesses saw a boat near the pier']);
  });

  it('reads a named addressee with a day, and a parenthesis after the name, closing the sentence', () => {
    expect(indirect('The ferry link could reopen by spring, Sen. Ivo Marr (R-Fredville) told The Harbour Times on Thursday.')[0]).toMatchObject({
      text: 'The ferry link could reopen by spring',
      source: { text: 'Sen. Ivo Marr' },
    });
  });

  it('reads "according to" set off by a dash', () => {
    expect(texts('More than half of the claims are unfounded — or plainly wrong — according to the port authority.')).toEqual(['More than half of the claims are unfounded — or plainly wrong']);
  });

  it('reads a colon-headed headline with a quoted fragment inside, and a Title Case one', () => {
    const run = (t: string) => runQuotes(`${t}\n\nFREDVILLE (Reuters) - The talks resumed on Monday.\n`, kb).quotes.filter((q) => q.kind === 'indirect');
    expect(run("Marr: Sylvania needs to 'stop the delays' at the border").map((q) => q.text)).toEqual(["Sylvania needs to 'stop the delays' at the border"]);
    expect(run('Ivo Marr: Freedonian Voters Worried About Ferry Prices').map((q) => q.text)).toEqual(['Freedonian Voters Worried About Ferry Prices']);
    expect(run("Marr: 'the delays must stop' now").map((q) => q.text)).toEqual([]);
  });

  it('reads an inverted Title Case headline "Claim, Name Says"', () => {
    const run = (t: string) => runQuotes(`${t}\n\nFREDVILLE (Reuters) - The talks resumed on Monday.\n`, kb).quotes.filter((q) => q.kind === 'indirect');
    expect(run('Ferry Link Will Reopen By Spring, Harbour Chief Says')[0]).toMatchObject({ text: 'Ferry Link Will Reopen By Spring', source: { text: 'Harbour Chief' } });
    expect(run('Ferry Prices Fall Again, Report Says')).toEqual([]);
  });

  it('reads a clause opened by a lower-case noun after a verb of belief or hope, and no noun "hopes"', () => {
    expect(texts('The mayor hopes harbour fees will fall next year.')).toEqual(['harbour fees will fall next year']);
    expect(texts('Many of his supporters believe tariffs and quotas are acceptable.')).toEqual(['tariffs and quotas are acceptable']);
    expect(texts('Their hopes were dashed by the vote on Monday.')).toEqual([]);
    expect(texts('His hopes of a deal faded after the vote.')).toEqual([]);
  });
});
