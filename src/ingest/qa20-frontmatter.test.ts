/**
 * Session 20 QA: a Markdown file's YAML front matter (Jekyll, Hugo, Obsidian) was read as article body:
 * `title: "Talks resume in Riyadh"` became a direct quote with no speaker.
 */
import { describe, expect, it } from 'vitest';
import { ingestDocument } from './ingest.js';
import { detectZones } from './zones.js';
import { Store } from '../store/store.js';
import { defaultKnowledge, rawText } from '../../test/helpers/seeds.js';

const POST = `---
title: "Talks resume in Riyadh"
date: 2025-03-11
tags: [ukraine, "ceasefire talks"]
---

# Talks resume in Riyadh

Ukrainian and US delegations met on Tuesday. Ukraine said it accepts the 30-day ceasefire proposal, officials said.
`;

describe('Markdown front matter', () => {
  it('is marked as non-body lines, and nothing in it is read as a quote', () => {
    const zones = detectZones(POST, 'markdown');
    const kindOf = (line: string) => zones.find((z) => POST.slice(z.start, z.end).includes(line))?.kind;
    for (const line of ['---', 'title: "Talks resume in Riyadh"', 'date: 2025-03-11', 'tags: [ukraine']) expect(kindOf(line), line).toBe('boilerplate');
    expect(kindOf('Ukrainian and US delegations')).toBe('body');
    const store = Store.open(':memory:');
    try {
      const o = ingestDocument(store, rawText('post.md', POST, { format: 'markdown' }), defaultKnowledge());
      expect(o.status).toBe('stored');
      const quotes = store.db.prepare('SELECT start, "end" FROM quotes').all() as { start: number; end: number }[];
      const frontMatterEnd = POST.indexOf('---', 3) + 3;
      expect(quotes.filter((q) => q.start < frontMatterEnd)).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('a Markdown text that only opens with a rule keeps its lines as body', () => {
    const text = '---\nUkraine said on Tuesday it accepts the ceasefire proposal, officials said.\n\nThe talks will go on next week in Jeddah.\n';
    const zones = detectZones(text, 'markdown');
    expect(zones.filter((z) => z.kind === 'body').length).toBeGreaterThanOrEqual(2);
  });
});

describe('Markdown front matter as metadata', () => {
  it('gives the title and the publication day, with evidence spans into the text', () => {
    const store = Store.open(':memory:');
    try {
      const o = ingestDocument(store, rawText('post.md', POST, { format: 'markdown' }), defaultKnowledge());
      if (o.status !== 'stored') throw new Error(o.status);
      const doc = store.findDocument('post.md')!;
      expect(doc.metadata.title).toMatchObject({ value: 'Talks resume in Riyadh', origin: 'text:front-matter' });
      expect(doc.metadata.published).toMatchObject({ value: '2025-03-11', origin: 'text:front-matter' });
      for (const f of [doc.metadata.title, doc.metadata.published]) expect(POST.slice(f.evidence!.start, f.evidence!.end)).toBe(f.evidence!.text);
    } finally {
      store.close();
    }
  });
});
