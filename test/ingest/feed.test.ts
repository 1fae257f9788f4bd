import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../src/core/model.js';
import { looksLikeFeed, readFeed } from '../../src/ingest/readers/feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>World News &amp; Views</title><link>https://news.example/</link>
<item><title>Talks resume in Riyadh</title><link>https://news.example/world/talks-resume</link>
<pubDate>Tue, 11 Mar 2025 08:00:00 GMT</pubDate><dc:creator>Jane Roe</dc:creator>
<description>Short summary</description>
<content:encoded><![CDATA[<p>Negotiators met on Tuesday.</p><p>“We are ready,” the minister said&#8217;s 🇺🇦.</p>]]></content:encoded></item>
<item><title>2025</title><link>https://news.example/world/second/</link>
<description>Plain text description, no markup.</description></item>
<item><title>Escaped HTML</title><description>&lt;p&gt;First&lt;/p&gt;&lt;p&gt;Second&amp;nbsp;para&lt;/p&gt;</description></item>
<item><title>Nothing</title></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Wire</title>
<entry><title type="html">Kyiv &lt;em&gt;responds&lt;/em&gt;</title>
<link rel="self" href="https://wire.example/self/1"/><link rel="alternate" href="https://wire.example/story/kyiv-responds"/>
<published>2025-03-12T10:00:00Z</published><updated>2025-03-13T10:00:00Z</updated><author><name>A. Writer</name></author>
<content type="html">&lt;p&gt;Kyiv said it would consider the plan.&lt;/p&gt;&lt;p&gt;Moscow did not reply.&lt;/p&gt;</content></entry>
<entry><title>Text entry</title><link href="https://wire.example/story/2"/><updated>2025-03-14</updated>
<summary type="text">A &lt;b&gt; is not a tag here.</summary></entry>
</feed>`;

const docs = (r: ReturnType<typeof readFeed>) => r.results.filter((x): x is RawDocument => !(x instanceof Error));

describe('readFeed', () => {
  it('reads RSS 2.0 items with content:encoded, description and channel metadata', () => {
    const r = readFeed(RSS, 'feed.xml', 'utf-8');
    expect(r.format).toBe('rss');
    const [a, b, c] = docs(r);
    expect(a).toMatchObject({
      name: 'talks-resume',
      url: 'https://news.example/world/talks-resume',
      source: 'https://news.example/world/talks-resume',
      format: 'rss',
      text: 'Negotiators met on Tuesday.\n“We are ready,” the minister said’s 🇺🇦.',
      given: { title: 'Talks resume in Riyadh', published: 'Tue, 11 Mar 2025 08:00:00 GMT', byline: 'Jane Roe', outlet: 'World News & Views', origin: { published: 'feed:pubDate', outlet: 'feed:channel.title', byline: 'feed:dc:creator' } },
    });
    expect(b).toMatchObject({ name: 'second', text: 'Plain text description, no markup.', given: { title: '2025' } });
    expect(c).toMatchObject({ name: 'feed.xml#3', source: 'feed.xml#3', url: null, text: 'First\nSecond\u00a0para' });
    const err = r.results[3] as Error & { code: string; input: string };
    expect(err.code).toBe('E_EMPTY');
    expect(err.input).toBe('feed.xml#4');
  });

  it('reads Atom entries: alternate link, html content and title, text summary kept as text', () => {
    const r = readFeed(ATOM, 'atom.xml', 'utf-8');
    expect(r.format).toBe('atom');
    const [a, b] = docs(r);
    expect(a).toMatchObject({
      url: 'https://wire.example/story/kyiv-responds',
      name: 'kyiv-responds',
      format: 'atom',
      text: 'Kyiv said it would consider the plan.\nMoscow did not reply.',
      given: { title: 'Kyiv responds', published: '2025-03-12T10:00:00Z', byline: 'A. Writer', outlet: 'Atom Wire', origin: { published: 'feed:published' } },
    });
    expect(b).toMatchObject({ text: 'A <b> is not a tag here.', given: { published: '2025-03-14', origin: { published: 'feed:updated' } } });
  });

  it('fails malformed XML with a one-line E_FEED naming the file', () => {
    const broken = '<?xml version="1.0"?><rss><channel><item><title>x</title></channel></rss>';
    let error: (Error & { code?: string; input?: string }) | undefined;
    try {
      readFeed(broken, 'bad.rss', 'utf-8');
    } catch (e) {
      error = e as Error;
    }
    expect(error?.code).toBe('E_FEED');
    expect(error?.input).toBe('bad.rss');
    expect(error?.message).not.toContain('\n');
    expect(() => readFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'c.xml', 'utf-8')).toThrowError(expect.objectContaining({ code: 'E_FEED' }));
  });

  it('sniffs feeds by content', () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<?xml version="1.0"?>\n<!-- c -->\n<rdf:RDF xmlns:rdf="x">')).toBe(true);
    expect(looksLikeFeed('<html><body>rss</body></html>')).toBe(false);
  });
});
