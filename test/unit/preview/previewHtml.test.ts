import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMessageHtml, buildPreviewHtml, contentSecurityPolicy, type PreviewDocument } from '../../../src/preview/previewHtml';
import { isWebLink } from '../../../src/core/security/urlPolicy';

const resources = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
};
const shown = { showImages: true };

function doc(overrides: Partial<PreviewDocument['header']> = {}, bodyHtml = '<p>Body</p>'): PreviewDocument {
  return {
    header: { title: 'Docker for beginners', sourceTitle: 'freeCodeCamp', readingTime: '6 min read', categories: [], ...overrides },
    bodyHtml,
    page: { sourceKey: 'src', itemId: 'item-1', shellSnippets: [0] },
  };
}

describe('preview document security', () => {
  test('the policy allows only our nonce for scripts, https/data images, and the webview for styles and fonts', () => {
    assert.equal(contentSecurityPolicy('vscode-src', 'N0NCE', true),
      "default-src 'none'; img-src https: data:; style-src vscode-src 'nonce-N0NCE'; script-src 'nonce-N0NCE'; font-src vscode-src");
  });

  test('in text-only mode the policy allows no images at all', () => {
    assert.equal(contentSecurityPolicy('vscode-src', 'N', false), "default-src 'none'; img-src 'none'; style-src vscode-src 'nonce-N'; script-src 'nonce-N'; font-src vscode-src");
  });

  test('the page carries the policy and runs only the extension script, with the same nonce', () => {
    const html = buildPreviewHtml(doc(), resources, shown, 'abc123');
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src https: data:; style-src ${resources.cspSource} &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;; font-src ${resources.cspSource}">`));
    assert.deepEqual(html.match(/<script\b[^>]*>/g), [`<script nonce="abc123" src="${resources.scriptUri}">`]);
  });

  test('every render gets a fresh nonce', () => {
    const nonceOf = (html: string) => /script-src 'nonce-([^']+)'/.exec(html.replace(/&#39;/g, "'"))?.[1];
    const first = nonceOf(buildPreviewHtml(doc(), resources, shown));
    const second = nonceOf(buildPreviewHtml(doc(), resources, shown));
    assert.ok(first && first.length >= 24, `nonce ${first}`);
    assert.notEqual(first, second);
  });

  test('markup in the title, source, author, categories and link is shown as text', () => {
    const html = buildPreviewHtml(doc({
      title: 'A <script>alert(1)</script> "title"',
      sourceTitle: '<img src=x onerror=alert(2)>',
      author: 'Eve & <b>Mallory</b>',
      categories: ['<i>css</i>'],
      link: 'https://example.com/?a="><script>alert(3)</script>',
    }), resources, shown, 'n');
    assert.ok(html.includes('<title>A &lt;script&gt;alert(1)&lt;/script&gt; &quot;title&quot;</title>'));
    assert.ok(html.includes('<h1 class="article-title">A &lt;script&gt;alert(1)&lt;/script&gt; &quot;title&quot;</h1>'));
    assert.ok(html.includes('<span class="article-source">&lt;img src=x onerror=alert(2)&gt;</span>'));
    assert.ok(html.includes('<span class="article-author">Eve &amp; &lt;b&gt;Mallory&lt;/b&gt;</span>'));
    assert.ok(html.includes('<li>&lt;i&gt;css&lt;/i&gt;</li>'));
    assert.ok(html.includes('<a href="https://example.com/?a=&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;">Read the original</a>'));
    assert.equal(html.match(/<script\b/g)?.length, 1);
  });

  test('a link to the original that is not http(s) or mailto is left out', () => {
    for (const link of ['javascript:alert(1)', 'command:workbench.action.quit', 'data:text/html,x', 'file:///etc/passwd', 'relative/path']) {
      assert.ok(!buildPreviewHtml(doc({ link }), resources, shown).includes('Read the original'), link);
    }
  });

  test('font settings cannot close the style element or add rules', () => {
    const html = buildPreviewHtml(doc(), resources, { showImages: true, fontSize: 16, fontFamily: 'Fira Code}</style><script>alert(1)</script>' }, 'n');
    assert.ok(html.includes('<style nonce="n">body { font-size: 16px; font-family: Fira Code/stylescriptalert(1)/script; }</style>'));
    assert.equal(html.match(/<script\b/g)?.length, 1);
  });
});

describe('preview document content', () => {
  test('the header shows source, author, date, reading time, categories and the original link', () => {
    const html = buildPreviewHtml(doc({ author: 'Ada', dateIso: '2026-06-05T12:00:00Z', dateLabel: 'Jun 5, 2026', categories: ['Docker', 'DevOps'], link: 'https://www.freecodecamp.org/news/docker/' }), resources, shown, 'n');
    assert.ok(html.includes([
      '<header class="article-header">',
      '<h1 class="article-title">Docker for beginners</h1>',
      '<p class="article-meta"><span class="article-source">freeCodeCamp</span><span class="separator" aria-hidden="true"> · </span>'
        + '<span class="article-author">Ada</span><span class="separator" aria-hidden="true"> · </span>'
        + '<time datetime="2026-06-05T12:00:00Z">Jun 5, 2026</time><span class="separator" aria-hidden="true"> · </span>'
        + '<span class="article-reading-time">6 min read</span></p>',
      '<ul class="article-categories" aria-label="Categories"><li>Docker</li><li>DevOps</li></ul>',
      '<p class="article-original"><a href="https://www.freecodecamp.org/news/docker/">Read the original</a></p>',
      '</header>',
      '<main class="markdown-body">',
      '<p>Body</p>',
      '</main>',
    ].join('\n')));
  });

  test('an article with code offers Save Snippets to Workspace and Save as Markdown under the title; one without code only the latter', () => {
    const actions = (html: string) => [...html.matchAll(/<button type="button" class="article-action" data-article-action="(\w+)">([^<]+)<\/button>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(actions(buildPreviewHtml(doc({ snippetCount: 7 }), resources, shown, 'n')), [['saveSnippetsToWorkspace', 'Save 7 snippets to Workspace…'], ['saveAsMarkdown', 'Save as Markdown…']]);
    assert.deepEqual(actions(buildPreviewHtml(doc({ snippetCount: 1 }), resources, shown, 'n')), [['saveSnippetsToWorkspace', 'Save the snippet to Workspace…'], ['saveAsMarkdown', 'Save as Markdown…']]);
    assert.deepEqual(actions(buildPreviewHtml(doc({ snippetCount: 0 }), resources, shown, 'n')), [['saveAsMarkdown', 'Save as Markdown…']]);
  });

  test('the webview script learns the article and its shell blocks from an escaped data attribute', () => {
    const html = buildPreviewHtml({ ...doc(), page: { sourceKey: 'a"b', itemId: '<i>', shellSnippets: [0, 2] } }, resources, shown, 'n');
    assert.ok(html.includes('<body class="images-shown" data-page="{&quot;sourceKey&quot;:&quot;a\\&quot;b&quot;,&quot;itemId&quot;:&quot;&lt;i&gt;&quot;,&quot;shellSnippets&quot;:[0,2]}">'));
  });

  test('a missing article shows a message and still names the article for the next reload', () => {
    const html = buildMessageHtml('Not available', 'Open it again <here>.', { sourceKey: 's', itemId: 'i', shellSnippets: [] }, resources, shown, 'n');
    assert.ok(html.includes('<main class="preview-message" role="status">\n<h1>Not available</h1>\n<p>Open it again &lt;here&gt;.</p>\n</main>'));
    assert.ok(html.includes('data-page="{&quot;sourceKey&quot;:&quot;s&quot;,&quot;itemId&quot;:&quot;i&quot;,&quot;shellSnippets&quot;:[]}"'));
    assert.ok(html.includes("img-src &#39;none&#39;"));
  });
});

test('only http(s) and mailto links count as web links', () => {
  assert.deepEqual(['https://a.dev/x', 'http://a.dev', 'mailto:me@a.dev', 'javascript:alert(1)', 'command:x', 'vscode://x', 'data:,x', 'file:///x', '#top', ''].map(isWebLink),
    [true, true, true, false, false, false, false, false, false, false]);
});
