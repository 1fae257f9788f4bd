import { describe, expect, it } from 'vitest';
import { fictionalKb, analyseActors } from './testing.js';

const kb = fictionalKb();
function described(text: string): [string, string][] {
  const r = analyseActors(text, kb, '2025-05-01');
  return r.mentions.filter((m) => m.provenance.rule === 'body-description').map((m) => [m.text, r.entities[m.entity]!.name]);
}

describe('definite descriptions of a body named before', () => {
  it('links "the union", "the ministry" and "the company" to the body just named', () => {
    expect(described('The Harbour Pilots Union said on Monday it would strike. The union said talks had failed.')).toEqual([['The union', 'Harbour Pilots Union']]);
    expect(described('Dorvex Corp. said it would appeal the fine. The embattled company said the ruling was unfair.')).toEqual([['The embattled company', 'Dorvex Corp']]);
    const ministry = described('The Freedonian Foreign Ministry rejected the ruling. The ministry said the court had no jurisdiction.');
    expect(ministry.map(([t]) => t)).toEqual(['The ministry']);
  });

  it('takes the nearest fitting body, and none when none fits or it was named too long ago', () => {
    expect(described('The Harbour Pilots Union and the Dock Workers Union met. The Dock Workers Union walked out. The union said it was insulted.')).toEqual([['The union', 'Dock Workers Union']]);
    // No company named: "the company" is nobody.
    expect(described('The Harbour Pilots Union said it would strike. The company said it would not negotiate.')).toEqual([]);
    const far = ['The Harbour Pilots Union said it would strike.', 'Talks resumed.', 'Nothing moved.', 'Ships waited.', 'Prices rose.', 'Markets fell.', 'The union said it was ready.'];
    expect(described(far.join(' '))).toEqual([]);
  });

  it('reads "the other union", "the rival company" as a different body', () => {
    expect(described('The Harbour Pilots Union said it would strike. The other union said it would not.')).toEqual([]);
    expect(described('Dorvex Corp. said it would appeal. The rival company said nothing.')).toEqual([]);
  });

  it('links every description in a long document full of them (one sweep: a quadratic scan would time out here)', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `The Harbour Pilots Union ${i} met. The union said no.`).join(' ');
    expect(described(text).length).toBeGreaterThan(100);
  });

  it('leaves names and people alone: "the Union of ...", "the union leaders"', () => {
    expect(described('The Harbour Pilots Union said it would strike. The union leaders said talks had failed.')).toEqual([]);
    expect(described('The Harbour Pilots Union said it would strike. The Union of Freedonian Ports disagreed.')).toEqual([]);
  });
});

describe('a description between a body and a body of its own', () => {
  it('is the body the noun heads ("the league"), and "the union" a players\' association', () => {
    const text = 'The Northern Hockey League Players Association rejected the latest offer from the Northern Hockey League in the contract talks.\nThe league offered players 45% of revenue.\nThe union countered with a demand for 52%.';
    const got = described(text);
    expect(got).toContainEqual(['The league', 'Northern Hockey League']);
    expect(got).toContainEqual(['The union', 'Northern Hockey League Players Association']);
  });
});
