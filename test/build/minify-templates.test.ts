/**
 * The rules of the bundle's template minifier (scripts/minify-templates.js): whitespace goes only
 * where the browser would not draw it. scripts/compare-bundle.js checks the whole bundle against an
 * unminified build; these pin the rules one by one.
 */
import { expect } from '@open-wc/testing';
import { applyEdits, cssEdits, htmlEdits } from '../../scripts/minify-templates.js';

type Edit = [number, number, string];
type Quasi = { start: number; end: number };

/** The template `parts` joined by bindings (`${x}`), minified by `kind`'s rules. */
function minify(kind: 'html' | 'css', ...parts: string[]): string {
  let code = '';
  const quasis: Quasi[] = [];
  parts.forEach((part, index) => {
    if (index > 0) code += '${x}';
    quasis.push({ start: code.length, end: code.length + part.length });
    code += part;
  });
  const edits: Edit[] = kind === 'html' ? htmlEdits(code, quasis) : cssEdits(code, quasis);
  return (applyEdits(code, edits, 'test.js') as { code: string }).code;
}

describe('minify-templates', () => {
  describe('html', () => {
    it('drops a line break between tags when one of them is a block', () => {
      expect(minify('html', '<div>\n  <p>a</p>\n  <span>b</span>\n</div>')).to.equal(
        '<div><p>a</p><span>b</span></div>',
      );
      expect(minify('html', '<tr>\n  <td>a</td>\n</tr>')).to.equal('<tr><td>a</td></tr>');
    });

    it('keeps one space between inline tags, next to a binding, and between words', () => {
      expect(minify('html', '<span>a</span>\n  <span>b</span>')).to.equal(
        '<span>a</span> <span>b</span>',
      );
      expect(minify('html', '<a>', '<span class="visually-hidden">\n    ', '</span></a>')).to.equal(
        '<a>${x}<span class="visually-hidden"> ${x}</span></a>',
      );
      expect(minify('html', '<p>\n  ', ' ', '\n</p>')).to.equal('<p> ${x} ${x} </p>');
      expect(minify('html', '<p>one   two\n  three</p>')).to.equal('<p>one two three</p>');
      expect(minify('html', '<button>\n  ', '', '\n</button>')).to.equal(
        '<button> ${x}${x} </button>',
      );
    });

    it('keeps one space between attributes, none before `>`, and the one before `/>`', () => {
      expect(minify('html', '<a\n  href=', '\n  title="a  b"\n>x</a\n>')).to.equal(
        '<a href=${x} title="a  b">x</a>',
      );
      expect(minify('html', '<img src=', '\n  />')).to.equal('<img src=${x} />');
    });

    it('leaves quoted values, comments and the text of pre and textarea alone', () => {
      expect(minify('html', '<p title=\'a\n  b\' class="c  d">x</p>')).to.equal(
        '<p title=\'a\n  b\' class="c  d">x</p>',
      );
      expect(minify('html', '<!--  a\n  b  -->')).to.equal('<!--  a\n  b  -->');
      expect(minify('html', '<pre>  a\n  b  </pre>\n<div></div>')).to.equal(
        '<pre>  a\n  b  </pre><div></div>',
      );
      expect(minify('html', '<textarea>\n  x\n</textarea>')).to.equal(
        '<textarea>\n  x\n</textarea>',
      );
    });

    it('reads a tag whose name is a binding (lit/static-html)', () => {
      expect(minify('html', '<', ' class="a  b"\n  >', '</', '\n>')).to.equal(
        '<${x} class="a  b">${x}</${x}>',
      );
    });
  });

  describe('css', () => {
    it('drops comments and the whitespace around punctuation', () => {
      expect(
        minify(
          'css',
          '\n  /* a note */\n  a,\n  b > c {\n    color: red;\n    margin: 0 auto;\n  }\n',
        ),
      ).to.equal('a,b>c{color:red;margin:0 auto}');
      expect(minify('css', '@media (forced-colors: active) {\n  a { color: red; }\n}')).to.equal(
        '@media (forced-colors:active){a{color:red}}',
      );
      expect(minify('css', 'a {\n  color: red !important;\n}')).to.equal('a{color:red!important}');
    });

    it('keeps what a space means: descendants, calc, strings, bindings', () => {
      expect(minify('css', 'a :hover { x: y; }')).to.equal('a :hover{x:y}');
      expect(minify('css', 'a { width: calc(100% - 2 * 1px); }')).to.equal(
        'a{width:calc(100% - 2 * 1px)}',
      );
      expect(minify('css', "a { grid-template-areas: 'a  b'   'c d'; }")).to.equal(
        "a{grid-template-areas:'a  b' 'c d'}",
      );
      expect(minify('css', 'a {\n  margin: ', ' ', ';\n  border: 1px solid ', ';\n}')).to.equal(
        'a{margin:${x} ${x};border:1px solid ${x}}',
      );
    });
  });
});
