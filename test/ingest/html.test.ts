import { describe, expect, it } from 'vitest';
import { asDocument, chromeShare, elementText, extractArticle, htmlFragmentText, looksLikeHtml, metadataText, visibleProse } from '../../src/ingest/readers/html.js';
import { parseHTML } from 'linkedom';

const PARAS = [
  'Negotiators from both delegations met for six hours on Tuesday, officials said, and agreed to meet again next week.',
  '“We are ready to accept a 30-day ceasefire,” the foreign minister told reporters after the session ended late at night.',
  'The talks, held in a hotel near the airport, were the first direct contact between the two sides in three years.',
  'Observers cautioned that significant differences remain over the sequencing of any prisoner exchange and the monitoring mission.',
];

function page(opts: { head?: string; article?: string } = {}): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Talks resume | The Daily Example</title>
${opts.head ?? ''}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<header><div class="logo">The Daily Example</div></header>
<main><article><h1>Talks resume</h1>
${opts.article ?? PARAS.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer><p>© 2025 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}

describe('extractArticle', () => {
  it('keeps the article paragraphs, one per line, and drops navigation and footer', () => {
    const { text } = extractArticle(page(), 'p.html');
    for (const p of PARAS) expect(text.split('\n')).toContain(p);
    expect(text).not.toMatch(/All rights reserved|Privacy|Sport/);
    expect(text).not.toMatch(/\n\n|^\s|\s$/);
  });

  it('takes the site name a page declares in JSON-LD when no publisher or site meta tag names it', () => {
    const head = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Harbor Ledger","url":"https://example.org/"}</script>`;
    const { given } = extractArticle(page({ head }), 'p.html');
    expect(given.outlet).toBe('Harbor Ledger');
    expect(given.origin?.outlet).toBe('html:json-ld:site.name');
    expect(extractArticle(page(), 'p.html').given.outlet).toBeUndefined();
  });

  it('reads metadata from JSON-LD first, then meta tags, with origins', () => {
    const head = `<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2025-03-12T10:00:00Z">
<meta name="author" content="Meta Author">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
{"@type":"NewsArticle","headline":"Ceasefire talks resume","datePublished":"2025-03-11T08:00:00Z","publisher":{"@type":"Organization","name":"Example News"},"author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}]}]}</script>`;
    const { given } = extractArticle(page({ head }), 'p.html');
    expect(given).toMatchObject({ title: 'Ceasefire talks resume', published: '2025-03-11T08:00:00Z', outlet: 'Example News', byline: 'Jane Roe, John Doe', language: 'en-GB' });
    expect(given.origin).toMatchObject({ title: 'html:json-ld:headline', published: 'html:json-ld:datePublished', outlet: 'html:json-ld:publisher.name', byline: 'html:json-ld:author', language: 'html:lang' });
  });

  it('falls back to meta tags and <title>', () => {
    const head = `<meta property="og:site_name" content="Daily Example"><meta property="article:published_time" content="2025-03-12">
<meta name="author" content="https://example.com/staff/x"><meta name="dc.creator" content="Ann Writer">
<script type="application/ld+json">{ broken json</script>`;
    const { given } = extractArticle(page({ head }), 'p.html');
    expect(given).toMatchObject({ outlet: 'Daily Example', published: '2025-03-12', title: 'Talks resume | The Daily Example', byline: 'Ann Writer' });
    expect(given.origin).toMatchObject({ outlet: 'html:og:site_name', published: 'html:article:published_time', title: 'html:title', byline: 'html:meta:dc.creator' });
  });

  it('decodes entities a publishing system escaped twice in metadata, and leaves plain ampersands alone', () => {
    const head = `<meta property="og:title" content="&amp;#8216;Peace in our time&amp;#8217;: envoys meet &amp;amp; talk">
<meta property="og:site_name" content="Smith &amp; Jones Weekly">`;
    const { given } = extractArticle(page({ head }), 'p.html');
    expect(given.title).toBe('‘Peace in our time’: envoys meet & talk');
    expect(given.outlet).toBe('Smith & Jones Weekly');
    // Only entities closed by ';' are decoded: legacy forms without one stay as written.
    expect(metadataText('Smith &#8216;wins&#8217; &para Barnes &copy 2016')).toBe('Smith ‘wins’ &para Barnes &copy 2016');
  });

  it('takes the publication date the page shows when it declares none', () => {
    const at = (article: string) => extractArticle(page({ article: article + PARAS.map((p) => `<p>${p}</p>`).join('\n') }), 'p.html').given;
    expect(at('<div class="article-publish-date">November 19, 2019, 9:02 AM</div>')).toMatchObject({ published: 'November 19, 2019, 9:02 AM', origin: { published: 'html:page-date' } });
    expect(at('<span itemprop="datePublished" content="2019-11-18">Yesterday</span>')).toMatchObject({ published: '2019-11-18', origin: { published: 'html:microdata:datePublished' } });
    expect(at('<time datetime="2025-03-12T09:00:00Z">Wednesday</time>')).toMatchObject({ published: '2025-03-12T09:00:00Z', origin: { published: 'html:time' } });
    // The article's own date before a sidebar's, whatever their order in the page.
    const sidebarFirst = extractArticle(
      `<!doctype html><html><head><title>t</title></head><body><aside><div class="post-date">January 2, 2019</div></aside><article><h1>Talks</h1><div class="post-date">March 12, 2025</div>${PARAS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      'p.html',
    ).given;
    expect(sidebarFirst.published).toBe('March 12, 2025');
    // Two unmarked <time>s (a related story's, an update's): neither is the article's date.
    expect(at('<time datetime="2025-03-12">a</time><time datetime="2025-03-01">b</time>').published).toBeUndefined();
    // A class that says "date" but holds no full date gives nothing; declared metadata wins over what is shown.
    expect(at('<div class="post-date">Yesterday</div>').published).toBeUndefined();
    const declared = extractArticle(page({ head: '<meta property="article:published_time" content="2025-03-10">', article: '<div class="post-date">March 12, 2025</div>' + PARAS.map((p) => `<p>${p}</p>`).join('\n') }), 'p.html').given;
    expect(declared.published).toBe('2025-03-10');
  });

  it('reads the address a saved page states (canonical link, then og:url), never a relative one', () => {
    expect(extractArticle(page({ head: '<link rel="canonical" href="https://news.example.org/world/talks-resume"><meta property="og:url" content="https://m.example.org/x">' }), 'p.html').canonicalUrl).toBe(
      'https://news.example.org/world/talks-resume',
    );
    expect(extractArticle(page({ head: '<link rel="canonical" href="/world/talks"><meta property="og:url" content="https://www.example.org/t">' }), 'p.html').canonicalUrl).toBe('https://www.example.org/t');
    expect(extractArticle(page({ head: '<link rel="canonical" href="javascript:alert(1)">' }), 'p.html').canonicalUrl).toBeNull();
    expect(extractArticle(page({ head: '<link rel="canonical" href="//www.example.org/world/talks">' }), 'p.html').canonicalUrl).toBe('https://www.example.org/world/talks');
    expect(extractArticle(page(), 'p.html').canonicalUrl).toBeNull();
  });

  it('keeps adversarial characters: NBSP, emoji, non-Latin scripts, entities', () => {
    const article = ['Путин&nbsp;заявил: «Мы готовы» 🇺🇦 — said&#8217;s', 'الرئيس قال إن الهدنة ممكنة في الأيام القادمة', ...PARAS].map((p) => `<p>${p}</p>`).join('');
    const { text } = extractArticle(page({ article }), 'p.html');
    expect(text).toContain('Путин\u00a0заявил: «Мы готовы» 🇺🇦 — said’s');
    expect(text).toContain('الرئيس قال إن الهدنة ممكنة في الأيام القادمة');
  });

  it('splits <br> and nested blocks into lines and collapses source whitespace', () => {
    const { document } = parseHTML('<div><p>One\n   two</p>three<br>four<ul><li>a</li><li>b <b>bold</b></li></ul><pre>x\n  y</pre></div>');
    expect(elementText(document.querySelector('div') as unknown as Node)).toBe('One two\nthree\nfour\na\nb bold\nx\ny');
  });

  it('fails with E_NO_ARTICLE for a page with no text', () => {
    expect(() => extractArticle('<html><head><title>x</title></head><body><script>var a=1</script></body></html>', 'empty.html')).toThrowError(
      expect.objectContaining({ code: 'E_NO_ARTICLE', input: 'empty.html' }),
    );
    // A page that is only a menu: Readability still offers the links, which are no article.
    const menu = '<html><body><ul class="menu"><li><a href="/a">About</a></li><li><a href="/b">Contact us</a></li></ul></body></html>';
    expect(() => extractArticle(menu, 'menu.html')).toThrowError(expect.objectContaining({ code: 'E_NO_ARTICLE' }));
    expect(extractArticle('<html><body><p>Breaking: ceasefire announced.</p></body></html>', 'flash.html').text).toBe('Breaking: ceasefire announced.');
  });

  it('converts fragments and sniffs pages', () => {
    expect(htmlFragmentText('<p>A &amp; B</p><p>C</p>')).toBe('A & B\nC');
    expect(looksLikeHtml('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<!-- c --><html lang="en">')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">')).toBe(true);
    expect(looksLikeHtml('The <p> tag starts a paragraph.')).toBe(false);
  });
});

describe('extractArticle: fragments and chrome', () => {
  const PROSE = 'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would study the US proposal for a 30-day ceasefire before responding to Washington.';

  it('reads an HTML fragment (no <html>, or only <body>) as a page', () => {
    for (const html of [`<div><p>${PROSE}</p></div>`, `<body><div><p>${PROSE}</p></div></body>`, `<!doctype html><body><p>${PROSE}</p></body>`, `<article><p>${PARAS[0]}</p><p>${PARAS[1]}</p></article>`]) {
      const { text } = extractArticle(html, 'f.html');
      expect(text).toMatch(/^(Kremlin spokesman|Negotiators from)/);
    }
    expect(extractArticle(`<article><p>${PARAS[0]}</p><p>${PARAS[1]}</p></article>`, 'f.html').text).toBe(`${PARAS[0]}\n${PARAS[1]}`);
  });

  it('falls back to the visible prose when Readability finds nothing, but not to navigation or footer text', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><table><tr><td>${PARAS[0]}</td><td>${PARAS[1]}</td></tr></table><footer>© 2025 Example. All rights reserved.</footer></body></html>`;
    const { text } = extractArticle(html, 't.html');
    expect(text).toContain(PARAS[0]);
    expect(text).not.toMatch(/Home|All rights reserved/);
  });

  it('visibleProse: the body text outside page furniture, when it is a substantial run of prose', () => {
    const doc = (body: string) => parseHTML(asDocument(body)).document as unknown as Document;
    expect(visibleProse(doc(`<nav>Home | World</nav><div>${PARAS[0]} ${PARAS[1]}</div><footer>© 2025 Example.</footer>`))).toBe(`${PARAS[0]} ${PARAS[1]}`);
    expect(visibleProse(doc(`<header>Site</header><span>${PROSE}</span>`))).toBe('');
    expect(visibleProse(doc('<div>Hello there. How are you? Fine.</div>'))).toBe('Hello there. How are you? Fine.');
    expect(visibleProse(doc(`<ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/${i}">Story number ${i} headline</a></li>`).join('')}</ul>`))).toBe('');
    expect(asDocument('<!doctype html><body><p>x</p></body>')).toBe('<!doctype html><html><body><p>x</p></body></html>');
    expect(asDocument('<html><body>x</body></html>')).toBe('<html><body>x</body></html>');
  });

  it('chromeShare: reader-addressed consent and subscription sentences, not third-person news about them', () => {
    expect(chromeShare('We use cookies to improve your experience.\nAccept all')).toBe(1);
    expect(chromeShare('Regulators said cookie consent banners must offer a reject button.')).toBe(0);
    expect(chromeShare('Accept the deal, Trump tells Zelensky')).toBe(0);
    expect(chromeShare('“Our choices are limited,” the minister said.')).toBe(0);
  });

  it('a page that is only a cookie, consent, subscription or paywall notice has no article', () => {
    const wrap = (inner: string) => `<html><body>${inner}</body></html>`;
    const chrome = [
      '<div class="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant advertising. By clicking “Accept all”, you agree to our use of cookies.</p><button>Accept all</button></div>',
      '<div id="consent-dialog" role="dialog"><h2>Your privacy choices</h2><p>We and our partners store and access information on your device, such as cookies, to personalise content and ads. You can manage your preferences at any time.</p></div>',
      '<section class="paywall-prompt"><p>You have reached your limit of free articles this month.</p><p>Subscribe now to continue reading, or sign in if you are already a subscriber.</p></section>',
      // Unmarked markup: the words alone give it away.
      '<div><p>This website uses cookies. By continuing to browse the site you are agreeing to our use of cookies. Read our cookie policy.</p></div>',
    ];
    for (const inner of chrome) {
      expect(() => extractArticle(wrap(inner), 'c.html'), inner).toThrowError(expect.objectContaining({ code: 'E_NO_ARTICLE', reason: expect.stringMatching(/cookie, consent or subscription/) }));
    }
  });

  it('drops a consent banner from a page with an article, and keeps an article about cookies', () => {
    const banner = '<div class="cookie-consent"><p>We use cookies to give you the best experience. Accept our use of cookies or manage your cookie settings.</p><button>Accept all</button></div>';
    const { text } = extractArticle(page({ article: `${banner}${PARAS.map((p) => `<p>${p}</p>`).join('')}` }), 'p.html');
    expect(text).not.toMatch(/cookie/i);
    for (const p of PARAS) expect(text).toContain(p);
    const news = [
      'European regulators fined the company on Tuesday over the way its websites asked visitors for consent to cookies.',
      'The authority said the consent banners made refusing cookies harder than accepting them, which the law forbids.',
      'The company said it would appeal and had already changed the design of its cookie prompts across Europe.',
    ];
    expect(extractArticle(page({ article: news.map((p) => `<p>${p}</p>`).join('') }), 'n.html').text).toBe(news.join('\n'));
  });
});
