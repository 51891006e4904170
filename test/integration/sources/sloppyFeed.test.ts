import * as assert from 'node:assert/strict';
import type { TutorialReaderApi } from '../../../src/extension';
import { feedServerControl } from '../../support/feedServerControl';
import { activateExtension, rowLabelled, setSources, shownChildren } from '../support/extensionApi';

const server = feedServerControl();
const sloppyPath = '/sloppy/feed.xml';

// Hand-written damage that real feeds carry: nothing in it may cost an article or a word.
const sloppyFeed = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Sloppy &amp; Co</title>
<item><title>Line breaks</title><guid>1</guid><description>Line one<br>line two</description></item>
<item><title>Using <code>Array.map</code> in JS</title><guid>2</guid><link>https://sloppy.example/?a=1&b=2</link></item>
<item><title>Third &#160; one</title><guid>3</guid><description><p>Hi</p></description></item>
</channel></rss`;

suite('A sloppy feed lists every article with its whole title', () => {
  let api: TutorialReaderApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await server.setResponse(sloppyPath, { status: 200, body: sloppyFeed, headers: { 'content-type': 'application/rss+xml' } });
    await setSources(api, [{ url: server.urlOf(sloppyPath) }]);
  });

  suiteTeardown(() => server.reset());

  test('three articles, titles as text, no error on the source', async () => {
    const source = await rowLabelled(api, 'Sloppy & Co');
    assert.equal(source.item.contextValue, 'source');
    const articles = await shownChildren(api, source.node);
    assert.deepEqual(articles.map((a) => a.label).sort(), ['Line breaks', 'Third \u00a0 one', 'Using Array.map in JS']);
    const lineBreaks = articles.find((a) => a.label === 'Line breaks');
    assert.match(lineBreaks?.tooltip ?? '', /Line one line two/);
  });
});
