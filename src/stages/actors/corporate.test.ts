import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb } from './testing.js';

const kb = fictionalKb();

function entities(text: string) {
  const r = analyseActors(text, kb);
  return r.entities.map((e) => ({ ...e, texts: e.mentions.map((i) => r.mentions[i]!.text) }));
}
const orgTexts = (text: string) => entities(text).filter((e) => e.type === 'organization').flatMap((e) => e.texts).sort();
const personNames = (text: string) => entities(text).filter((e) => e.type === 'person').map((e) => e.name);

describe('companies named by bare capitalised words', () => {
  it('reads a company from a possession only a company has, and takes every bare use of the name', () => {
    const text = 'Workers rallied outside the plant on Monday. Zorvex’s shareholders approved the plan. The union said Zorvex had broken its word.';
    expect(orgTexts(text)).toEqual(['Zorvex', 'Zorvex']);
  });

  it('reads a company from its kind written before it, a legal suffix, or an apposition', () => {
    expect(orgTexts('The talks stalled, according to the drugmaker Quillane.')).toEqual(['Quillane']);
    expect(orgTexts('The lawsuit named Brantor Dynamics Inc. as a defendant.')).toEqual(['Brantor Dynamics Inc']);
    expect(orgTexts('Pellumo, a Dublin-based company, declined to comment.')).toEqual(['Pellumo']);
  });

  it('reads companies from shares, jobs and deals, and carries the cue across "and"', () => {
    expect(orgTexts('Shares of Vantrex fell sharply.')).toEqual(['Vantrex']);
    expect(orgTexts('“It was a surprise,” said an analyst at Morvane.')).toEqual(['Morvane']);
    expect(orgTexts('The bank helped orchestrate the merger of Kelbrook and Tarsway last year.')).toEqual(['Kelbrook', 'Tarsway']);
  });

  it('knows a company by its name without a generic tail ("Marrow" for "Marrow Partners")', () => {
    const text = 'The deal went to Dravenor Partners in March. At Dravenor, bankers worked all night.';
    expect(orgTexts(text)).toEqual(['Dravenor', 'Dravenor Partners']);
  });

  it('joins the short form to the full name as one organization', () => {
    const es = entities('The deal went to Dravenor Partners in March after a long contest. At Dravenor, bankers worked all night on the filing.');
    const orgs = es.filter((e) => e.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.texts).toEqual(['Dravenor Partners', 'Dravenor']);
  });

  it('reads bare names listed with a company as companies, but not a list that names a person', () => {
    expect(orgTexts('The fund holds stakes in Zorvex Holdings, Quillane, Brantor and others across the region.')).toEqual(['Brantor', 'Quillane', 'Zorvex Holdings']);
    expect(orgTexts('The story was reported by the Northbridge Times and Neela Varkady, John Osterby and Karl Mede, who spent months on it in the capital.')).toEqual(['Northbridge Times']);
  });

  it('takes no company for a place, a state after a town, or a piece of a longer name', () => {
    expect(orgTexts('Pellumo’s factories in Ostrava, Morlavia have closed, and jobs in Ostrava are scarce.')).toEqual(['Pellumo']);
    expect(orgTexts('The campaign was run by Color of Change and Wealth-X, a research firm, with help from others.')).not.toContain('X');
    expect(orgTexts('He was the founder of Correct the Record and a strategist for years.')).not.toContain('Correct');
  });

  it('takes no body for a law that recurs and acts', () => {
    expect(orgTexts('Obamacare has raised premiums for many families. Critics said Obamacare would collapse, but it has survived.')).toEqual([]);
  });

  it('leaves a person named with an honorific, and a person of the text, as persons', () => {
    const text = 'Ulrich Stavanger spoke first. Mr. Stavanger’s shareholders were absent. Stavanger, a longtime policy maker, left.';
    expect(orgTexts(text)).toEqual([]);
    expect(personNames(text)).toContain('Ulrich Stavanger');
  });

  it('takes no acronym from a line written all in capitals, and no trade pact for a body', () => {
    expect(orgTexts('FULL TEXT.\n\nThe talks on the Trans-Pacific Partnership resumed.')).toEqual([]);
  });

  it('reads a body whose name opens with a word that can qualify a title', () => {
    expect(orgTexts('He was a deputy on the National Planning Council in 1997.')).toEqual(['National Planning Council']);
  });
});
