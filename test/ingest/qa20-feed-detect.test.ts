/**
 * Session 20 QA (second pass): a feed whose prolog holds an HTML doctype (some CMSs put `<!DOCTYPE html>`
 * before `<rss>`), a doctype with an internal subset, or a comment longer than the sniffed head was read as
 * an HTML page or plain text, its item titles, links and descriptions run together into one body. A real
 * HTML page under a feed's name is still read as HTML.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadResult } from '../../src/ingest/readers/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-feed-detect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(path: string): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs([path])) out.push(r);
  return out;
}

const ITEM = '<item><title>Talks resume in Riyadh</title><link>https://x.example/a</link><description>Delegations met on Tuesday for six hours of talks.</description></item>';
const rss = (prolog: string) => `${prolog}<rss version="2.0"><channel><title>Wire</title>${ITEM}</channel></rss>`;
const ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>Talks resume</title><content>Delegations met on Tuesday.</content></entry></feed>';

describe('feed detection', () => {
  it.each([
    ['doctype-html.xml', rss('<!DOCTYPE html>\n')],
    ['doctype-html.rss', rss('<!DOCTYPE html>\n')],
    ['decl-doctype-html.xml', rss('<?xml version="1.0"?>\n<!DOCTYPE html>\n')],
    ['subset-noext', rss('<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n')],
    ['long-comment-noext', rss(`<?xml version="1.0"?>\n<!-- ${'licence text '.repeat(300)} -->\n`)],
  ])('%s is read as a feed, one document per item', async (name, body) => {
    await writeFile(join(dir, name), body);
    const rs = await collect(join(dir, name));
    expect(rs.map((r) => r.kind)).toEqual(['document']);
    const doc = (rs[0] as Extract<ReadResult, { kind: 'document' }>).doc;
    expect(doc).toMatchObject({ format: 'rss', text: 'Delegations met on Tuesday for six hours of talks.', url: 'https://x.example/a', given: { title: 'Talks resume in Riyadh' } });
  });

  it('an Atom feed after an HTML doctype is read as Atom', async () => {
    await writeFile(join(dir, 'x.atom'), `<!DOCTYPE html>${ATOM}`);
    const rs = await collect(join(dir, 'x.atom'));
    expect(rs).toMatchObject([{ kind: 'document', doc: { format: 'atom', text: 'Delegations met on Tuesday.', given: { title: 'Talks resume' } } }]);
  });

  it('an HTML page saved as .rss is still read as HTML', async () => {
    const page = '<!DOCTYPE html><html><head><title>Talks</title></head><body><article><p>Delegations met in Riyadh on Tuesday for six hours of talks, officials said.</p><p>They will meet again on Friday to discuss the draft.</p></article></body></html>';
    await writeFile(join(dir, 'page.rss'), page);
    const rs = await collect(join(dir, 'page.rss'));
    expect(rs).toMatchObject([{ kind: 'document', doc: { format: 'html' } }]);
  });
});
