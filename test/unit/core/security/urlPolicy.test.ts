import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeUrl, isWebLink, safeUrl } from '../../../../src/core/security/urlPolicy';

const base = 'https://blog.example/posts/intro/';

// [input, role, expected with the base above]: undefined means refused.
const cases: [string, 'link' | 'image', string | undefined][] = [
  ['https://example.com/a', 'link', 'https://example.com/a'],
  ['http://example.com/a', 'link', 'http://example.com/a'],
  ['mailto:me@example.com', 'link', 'mailto:me@example.com'],
  ['HTTPS://Example.com/a', 'link', 'HTTPS://Example.com/a'],
  ['  https://example.com/a  ', 'link', 'https://example.com/a'],
  ['/docs/start', 'link', 'https://blog.example/docs/start'],
  ['../other', 'link', 'https://blog.example/posts/other'],
  ['//cdn.example/x', 'link', 'https://cdn.example/x'],
  ['#setup', 'link', '#setup'],
  ['https://blog.example/posts/intro/#setup', 'link', '#setup'],
  ['https://blog.example/posts/other/#setup', 'link', 'https://blog.example/posts/other/#setup'],
  ['#', 'link', undefined],
  ['javascript:alert(1)', 'link', undefined],
  ['JaVaScRiPt:alert(1)', 'link', undefined],
  [' \u0001javascript:alert(1)', 'link', undefined],
  ['java\tscript:alert(1)', 'link', undefined],
  ['java\nscript:alert(1)', 'link', undefined],
  ['javascript\u0000:alert(1)', 'link', 'https://blog.example/posts/intro/javascript%00:alert(1)'],
  ['&#106;avascript:alert(1)', 'link', 'https://blog.example/posts/intro/&#106;avascript:alert(1)'],
  ['vbscript:msgbox(1)', 'link', undefined],
  ['data:text/html,<script>alert(1)</script>', 'link', undefined],
  ['command:workbench.action.terminal.new', 'link', undefined],
  ['vscode://vscode.git/clone', 'link', undefined],
  ['vscode-webview://x/index.html', 'link', undefined],
  ['file:///etc/passwd', 'link', undefined],
  ['ftp://example.com/a', 'link', undefined],
  ['https://example.com/a.png', 'image', 'https://example.com/a.png'],
  ['http://example.com/a.png', 'image', 'https://example.com/a.png'],
  ['img/a.png', 'image', 'https://blog.example/posts/intro/img/a.png'],
  ['data:image/png;base64,iVBOR', 'image', 'data:image/png;base64,iVBOR'],
  ['DATA:IMAGE/GIF;base64,R0lG', 'image', 'DATA:IMAGE/GIF;base64,R0lG'],
  ['data:image/svg+xml,<svg onload=alert(1)>', 'image', undefined],
  ['data:text/html,x', 'image', undefined],
  ['javascript:alert(1)', 'image', undefined],
  ['mailto:me@example.com', 'image', undefined],
  ['#setup', 'image', 'https://blog.example/posts/intro/#setup'],
  ['file:///home/me/a.png', 'image', undefined],
];

describe('the URL policy', () => {
  for (const [input, role, expected] of cases) {
    test(`${role} ${JSON.stringify(input)} → ${expected === undefined ? 'refused' : expected}`, () => {
      assert.equal(safeUrl(input, role, { base }), expected);
    });
  }

  test('without a base, relative URLs cannot be used and are refused; protocol-relative ones get https', () => {
    assert.equal(safeUrl('/docs', 'link'), undefined);
    assert.equal(safeUrl('//cdn.example/x.png', 'image'), 'https://cdn.example/x.png');
  });

  test('isSafeUrl: usable as written, with nothing to resolve against', () => {
    assert.deepEqual(['https://a.example/', '#x', 'mailto:a@b.c', '/rel', '//cdn.example/x', 'command:x'].map((u) => isSafeUrl(u, 'link')), [true, true, true, false, false, false]);
  });

  test('isWebLink: what may leave VS Code through openExternal (never a same-page fragment)', () => {
    assert.deepEqual(['https://a.example/', 'mailto:a@b.c', '#x', 'file:///x', 'command:x', undefined].map(isWebLink), [true, true, false, false, false, false]);
  });
});
