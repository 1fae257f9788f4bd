/**
 * Actor defects from QA pass 11, rebuilt with invented names: an armed group's name with "Cartel" or a Spanish
 * plural article, a church's diocese, a creditors' committee named after its country, and a council member
 * by title.
 */
import { describe, expect, it } from 'vitest';
import { analyseActors, fictionalKb } from './testing.js';

const kb = fictionalKb();
const entities = (text: string) => analyseActors(text, kb).entities;
const find = (text: string, name: string) => entities(text).find((e) => e.name === name) ?? null;

describe('armed groups', () => {
  it('reads a name ending in "Cartel" as a body', () => {
    expect(find('Leaders of the Valdera Norte Cartel had promised to stop fighting, the bishop said.', 'Valdera Norte Cartel')?.type).toBe('organization');
  });
  it('reads a name opening with a Spanish plural article as a body, never a person', () => {
    expect(find('A man who identified himself as a spokesman for Los Arriaga said the group would hand over its rifles.', 'Los Arriaga')?.type).toBe('organization');
    expect(find('Las Cumbres said on Monday it would respect the truce.', 'Las Cumbres')?.type).toBe('organization');
  });
  it('reads a name under a kind of body in lower case as that body', () => {
    expect(find('Leaders of the Ruelas Montoya group agreed to the truce on Sunday.', 'Ruelas Montoya')?.type).toBe('organization');
  });
  it('keeps a person named in full before "group" a person', () => {
    expect(find('Maria Kovalenko group leaders met on Sunday.', 'Maria Kovalenko')?.type).toBe('person');
  });
});

describe('church bodies', () => {
  it('reads a diocese with its see as one body, not two people', () => {
    const es = entities('The talks were brokered by the Roman Catholic Diocese of Valtierra, church officials said on Sunday.');
    expect(es.map((e) => [e.type, e.name])).toEqual([['organization', 'Roman Catholic Diocese of Valtierra']]);
  });
});

describe("a body named for its country's creditors", () => {
  it('keeps the country inside the name before a calling in the plural', () => {
    const text = 'The Ad Hoc Committee of Freedonia Bondholders, which says it represents investors, rejected the proposal.';
    expect(entities(text).map((e) => e.name)).toContain('Ad Hoc Committee of Freedonia Bondholders');
    expect(find('The Steering Committee of Sylvania Creditors rejected the offer on Monday.', 'Steering Committee of Sylvania Creditors')?.type).toBe('organization');
  });
  it('leaves a country before a title its own mention', () => {
    const es = entities('Central Bank of Sylvania Governor Tomas Reyna said rates would stay on hold.');
    expect(es.find((e) => e.type === 'country')?.name).toBe('Sylvania');
  });
});

describe('a council member named by title', () => {
  it('speaks for the council the report names', () => {
    const text = '"Drivers should earn more," said Alderwoman Dana Pruitt, who wrote the ordinance. The Common Council will vote next week.';
    const es = entities(text);
    const council = es.find((e) => e.name === 'Common Council')!;
    expect(council).toBeTruthy();
    expect(es.find((e) => e.name === 'Dana Pruitt')).toMatchObject({ type: 'person', party: council.party });
    expect(council.party).not.toBeNull();
  });
  it('takes the council\'s side when the council is a country\'s', () => {
    const es = entities('Fredville\'s Common Council proposed a pay rule. "We will pass it," said Councilman Carl Voss.');
    expect(es.find((e) => e.name === 'Carl Voss')?.party).toBe('freedonia');
  });
});
