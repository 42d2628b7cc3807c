import { assert, expect } from '@open-wc/testing';
import { safeHref, safeUrl } from '../../src/utils/url-policy.js';

const BASE = 'https://portal.example.com/portal/connections/';

describe('safeUrl', () => {
  describe('allowed', () => {
    const allowed: [string, string][] = [
      ['https://slack.com/oauth?x=1', 'https://slack.com/oauth?x=1'],
      ['http://example.com', 'http://example.com/'],
      ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
      ['  https://example.com/padded  ', 'https://example.com/padded'],
      ['/connect/abc', 'https://portal.example.com/connect/abc'],
      ['abc', 'https://portal.example.com/portal/connections/abc'],
      ['../x?y=1#z', 'https://portal.example.com/portal/x?y=1#z'],
      ['?page=2', 'https://portal.example.com/portal/connections/?page=2'],
      ['#top', 'https://portal.example.com/portal/connections/#top'],
      ['//cdn.example.com/a.png', 'https://cdn.example.com/a.png'],
      ['https://example.com/a b', 'https://example.com/a%20b'],
      // Entities are not decoded in a property binding: this is a harmless relative path.
      [
        'javascript&colon;alert(1)',
        'https://portal.example.com/portal/connections/javascript&colon;alert(1)',
      ],
    ];
    for (const [input, expected] of allowed) {
      it(`passes ${JSON.stringify(input)} as ${expected}`, () => {
        assert.strictEqual(safeUrl(input, BASE), expected);
      });
    }

    it('resolves relative URLs against document.baseURI by default', () => {
      assert.strictEqual(safeUrl('/x'), new URL('/x', document.baseURI).href);
    });
  });

  describe('refused', () => {
    const hostile: unknown[] = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' jAvAsCrIpT:alert(1)',
      '\tjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0000javascript:alert(1)',
      'javascript\u0000:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript\u0085:alert(1)',
      'javascript:/*https://example.com*/alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=',
      'vbscript:msgbox(1)',
      'blob:https://example.com/1234',
      'file:///etc/passwd',
      'ftp://example.com/',
      'mailto:someone@example.com',
      'about:blank',
      'ws://example.com/',
      'http://',
      'https://[not-an-ip]/',
      '',
      '   ',
      null,
      undefined,
      42,
      {},
      ['https://example.com'],
      { toString: () => 'https://example.com' },
    ];
    for (const input of hostile) {
      const name = typeof input === 'string' ? JSON.stringify(input) : String(typeof input);
      it(`refuses ${name}`, () => {
        assert.strictEqual(safeUrl(input, BASE), undefined);
      });
    }

    it('refuses a relative URL when the base is not http(s)', () => {
      assert.strictEqual(safeUrl('/x', 'file:///tmp/'), undefined);
    });

    it('refuses anything when the base itself is not a URL', () => {
      assert.strictEqual(safeUrl('/x', 'not a url'), undefined);
    });
  });
});

describe('safeHref', () => {
  it('keeps a safe URL as written', () => {
    expect(safeHref('/portal/connections/a%2Fb')).to.equal('/portal/connections/a%2Fb');
    expect(safeHref(' https://example.com/x ')).to.equal('https://example.com/x');
  });

  it('refuses what safeUrl refuses', () => {
    for (const hostile of ['javascript:alert(1)', ' jAvAsCrIpT:alert(1)', 'data:text/html,x', 42]) {
      expect(safeHref(hostile)).to.equal(undefined);
    }
  });
});
