import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseActors } from '../stages/actors/testing.js';
import { KnowledgeBase, partyAt, roleHeldAt } from './load.js';
import { PackSchema } from './schema.js';

/** A fictional world with dated offices: nothing here names a real person. */
function datedKb(): KnowledgeBase {
  return new KnowledgeBase([
    PackSchema.parse({
      id: 'dated-fiction',
      name: 'Dated fiction',
      actors: [
        { id: 'freedonia', name: 'Freedonia', type: 'country', demonyms: ['Freedonian'], metonyms: ['Fredville'] },
        { id: 'sylvania', name: 'Sylvania', type: 'country', demonyms: ['Sylvanian'], metonyms: ['Sylvan City'] },
        { id: 'pax-league', name: 'Pax League', type: 'organization' },
        { id: 'pax-league-council', name: 'Pax League Council', type: 'organization', party: 'pax-league' },
        // One office with a day-precise start and a month-precise end.
        { id: 'rufus-firefly', name: 'Rufus Firefly', type: 'person', party: 'freedonia', roles: [{ title: 'Freedonian Foreign Minister', of: 'freedonia', from: '2010-01-15', to: '2014-06' }] },
        // Now heads an organization; earlier led a country.
        { id: 'nora-valecki', name: 'Nora Valecki', type: 'person', party: 'pax-league', roles: [{ title: 'Secretary-General of the Pax League', of: 'pax-league', from: '2020-03' }, { title: 'Prime Minister of Freedonia', of: 'freedonia', from: '2012', to: '2019-12-31' }] },
        // A role in a body of the side counts as a role of the side.
        { id: 'dora-quint', name: 'Dora Quint', type: 'person', party: 'pax-league', roles: [{ title: 'President of the Pax League Council', of: 'pax-league-council', from: '2021-01-01', to: '2023-12-31' }] },
        { id: 'otto-brannigan', name: 'Otto Brannigan', type: 'person', party: 'sylvania', permanentParty: true, roles: [{ title: 'Sylvanian Defense Minister', of: 'sylvania', from: '2001', to: '2003' }] },
        { id: 'ivo-marchetti', name: 'Ivo Marchetti', type: 'person', party: 'sylvania', roles: [{ title: 'Sylvanian presidential spokesman', of: 'sylvania' }] },
        { id: 'lena-osterberg', name: 'Lena Osterberg', type: 'person', party: null, roles: [{ title: 'Freedonian Finance Minister', of: 'freedonia', from: '2015', to: '2018' }] },
      ],
    }),
  ]);
}

describe('roleHeldAt', () => {
  const role = { title: 'Foreign Minister', of: 'freedonia', from: '2010-01-15', to: '2014-06' };
  it('holds from the first to the last day, at the precision each date gives', () => {
    expect(roleHeldAt(role, '2010-01-14')).toBe(false);
    expect(roleHeldAt(role, '2010-01-15')).toBe(true);
    expect(roleHeldAt(role, '2014-06-30')).toBe(true);
    expect(roleHeldAt(role, '2014-07-01')).toBe(false);
    // A month-precise document date overlaps the month the role began in.
    expect(roleHeldAt(role, '2010-01')).toBe(true);
    expect(roleHeldAt({ title: 'x', from: '2020' }, '2020-01-01')).toBe(true);
    expect(roleHeldAt({ title: 'x', to: '2019' }, '2020-01-01')).toBe(false);
    expect(roleHeldAt({ title: 'x' }, '1900-01-01')).toBe(true);
  });
});

describe('KnowledgeBase.partyOf with a document date', () => {
  const kb = datedKb();
  it('without a date, keeps the party as given', () => {
    expect(kb.partyOf('rufus-firefly')).toBe('freedonia');
    expect(kb.partyOf('rufus-firefly', null)).toBe('freedonia');
    expect(kb.partyOf('nora-valecki')).toBe('pax-league');
  });

  it('gives the side before, during and after an office', () => {
    expect(kb.partyOf('rufus-firefly', '2009-12-31')).toBeNull();
    expect(kb.partyOf('rufus-firefly', '2012-05-01')).toBe('freedonia');
    expect(kb.partyOf('rufus-firefly', '2025-03-14')).toBeNull();
  });

  it('gives the side of the office held at the date when it is not the usual side', () => {
    expect(kb.partyOf('nora-valecki', '2016-07-01')).toBe('freedonia');
    expect(kb.partyOf('nora-valecki', '2020-02-15')).toBeNull();
    expect(kb.partyOf('nora-valecki', '2024-01-01')).toBe('pax-league');
    expect(kb.partyOf('dora-quint', '2022-06-01')).toBe('pax-league');
    expect(kb.partyOf('dora-quint', '2024-06-01')).toBeNull();
  });

  it('keeps a permanent party, a party of undated roles, no party, and countries whatever the date', () => {
    expect(kb.partyOf('otto-brannigan', '2025-03-14')).toBe('sylvania');
    expect(kb.partyOf('ivo-marchetti', '1990-01-01')).toBe('sylvania');
    expect(kb.partyOf('lena-osterberg', '2016-01-01')).toBeNull();
    expect(kb.partyOf('freedonia', '1990-01-01')).toBe('freedonia');
    expect(kb.partyOf('pax-league-council', '1990-01-01')).toBe('pax-league');
  });

  it('on any date gives no side, the usual side, or the side of one of the roles', () => {
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom(...[...kb.actors.values()].filter((a) => a.type === 'person')), (date, actor) => {
        const sides = new Set([actor.party ?? null, null, ...actor.roles.map((r) => kb.partyOf(r.of!) ?? r.of!)]);
        expect(sides.has(partyAt(actor, date, (id) => kb.partyOf(id)))).toBe(true);
      }),
    );
  });
});

describe('document-level party of a pack person', () => {
  const kb = datedKb();
  const text = 'Former Freedonian Foreign Minister Rufus Firefly spoke in Fredville on Monday. Firefly said a truce was possible.';
  const partyIn = (published: string | null) => analyseActors(text, kb, published).entities.find((e) => e.packId === 'rufus-firefly')?.party;

  it('follows the publication date: in office, before and after it, and undated', () => {
    expect(partyIn('2012-05-01')).toBe('freedonia');
    expect(partyIn('2009-06-01')).toBeNull();
    expect(partyIn('2025-03-14')).toBeNull();
    expect(partyIn(null)).toBe('freedonia');
  });
});
