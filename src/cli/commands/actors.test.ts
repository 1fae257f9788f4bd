import { describe, expect, it } from 'vitest';
import { distinctAliases, formatActorTable, type ActorListing } from './actors.js';

const actor = (over: Partial<ActorListing>): ActorListing => ({
  id: 'x', name: 'X', type: 'organization', aliases: [], party: null, roles: [], packId: null, mentionCount: 1, docCount: 1, documents: ['a.txt'], onlyInCopies: false,
  ...over,
} as ActorListing);

describe('actors table', () => {
  it('prints a long party id whole, in a column as wide as it', () => {
    const out = formatActorTable([
      actor({ id: 'weavers-guild-of-ruritania', name: 'Weavers Guild of Ruritania', party: 'weavers-guild-of-ruritania' }),
      actor({ id: 'ann', name: 'Ann Alyst', type: 'person' }),
    ]);
    const rows = out.split('\n');
    expect(rows[1]).toContain(' weavers-guild-of-ruritania ');
    // Columns stay aligned: MENTIONS ends at the same place on the header and every row.
    const end = rows[0]!.indexOf('MENTIONS') + 'MENTIONS'.length;
    expect(rows[1]!.slice(end - 1, end)).toBe('1');
    expect(rows[3]!.slice(end - 1, end)).toBe('1');
  });

  it('prints a long actor name whole, the columns after it still aligned', () => {
    const rows = formatActorTable([
      actor({ id: 'harbor-metropolitan-transit-authority', name: 'Harbor Metropolitan Transit Authority' }),
      actor({ id: 'ann', name: 'Ann Alyst', type: 'person' }),
    ]).split('\n');
    expect(rows[1]).toContain('Harbor Metropolitan Transit Authority organization');
    const type = rows[0]!.indexOf('TYPE');
    expect(rows[1]!.slice(type, type + 12)).toBe('organization');
    expect(rows[3]!.slice(type, type + 6)).toBe('person');
    expect(rows[2]!.indexOf('in: ')).toBe(rows[0]!.indexOf('ALIASES') + 2);
  });

  it('shows each alias once whatever its case or a leading "the"', () => {
    expect(distinctAliases(['The Weavers Guild', 'WG', 'the Weavers Guild', 'the WG', 'WEAVERS GUILD'])).toEqual(['The Weavers Guild', 'WG']);
    expect(formatActorTable([actor({ aliases: ['Daily Planet', 'DAILY PLANET'] })])).toContain('  Daily Planet\n');
  });

  it('prints a side named in no article on a line of its own, with its members, not as a row of zeros', () => {
    const out = formatActorTable([
      actor({ id: 'ann', name: 'Ann Alyst', type: 'person', party: 'ruritania', documents: ['a.txt'] }),
      actor({ id: 'ruritania', name: 'Ruritania', type: 'country', party: 'ruritania', mentionCount: 0, docCount: 0, documents: [] }),
    ]);
    expect(out).not.toMatch(/in: \n/);
    expect(out.split('\n').filter((l) => l.startsWith('Ruritania '))).toEqual([]);
    expect(out).toContain('Sides named in no article, only as the party of: Ruritania (Ann Alyst)');
  });

  it('puts an actor named only in copies of other reports on a line of its own, not among the rows (QA 11)', () => {
    const out = formatActorTable([
      actor({ id: 'security-office', name: 'Security Office', documents: ['a.txt'] }),
      actor({ id: 'safety-office', name: 'Safety Office', documents: ['spun.txt'], onlyInCopies: true }),
    ]);
    expect(out.split('\n').filter((l) => l.startsWith('Safety Office '))).toEqual([]);
    expect(out).toContain('Named only in copies of other reports: Safety Office (spun.txt)');
    expect(out.split('\n').filter((l) => l.startsWith('Security Office '))).toHaveLength(1);
  });
});

describe('QA 12: a news outlet named in articles ("told Reuters")', () => {
  it('is listed on a line of its own, as a source, not as a row among the actors', () => {
    const out = formatActorTable([
      actor({ id: 'kestrel', name: 'Ferro Mining', documents: ['a1.txt'] }),
      actor({ id: 'reuters', name: 'Reuters', documents: ['a3.txt'], outlet: true }),
    ]);
    expect(out).not.toMatch(/^Reuters\s+organization/m);
    expect(out).toContain('News outlets whose reports are stored, named in articles (sources, not parties): Reuters (a3.txt)');
    expect(out).toMatch(/^Ferro Mining\s+organization/m);
  });
});
