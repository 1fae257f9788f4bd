import { describe, expect, it } from 'vitest';
import { detectZones } from './zones.js';

describe('repeated lines at scale', () => {
  it('zones a text whose paragraphs recur thousands of times (a concatenated dump): the recurring label is chrome, sentences stay body', () => {
    // Comparing every pair of a line's repeats made this take minutes; now each repeat meets its next few.
    const para = ['Talks resumed in Geneva on Monday.', 'Share this article', 'The delegations met for six hours and agreed to meet again next week.'];
    const text = Array.from({ length: 6000 }, (_, i) => para[i % para.length]).join('\n\n');
    const zones = detectZones(text);
    const kindOf = (line: string) => new Set(zones.filter((z) => text.slice(z.start, z.end) === line).map((z) => z.kind));
    expect(kindOf('Share this article').has('body')).toBe(false);
    expect([...kindOf('Talks resumed in Geneva on Monday.')]).toEqual(['body']);
  });
});
