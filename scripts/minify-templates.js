// A Rollup plugin for the bundle: collapses the whitespace of Lit's template literals (`html`,
// `svg` and `css` from lit, lit-html, lit-element or @lit/reactive-element, static `html` included)
// in our own modules. Terser keeps template literals as written; this writes them as the browser
// would read them anyway. Only whitespace changes, and only where it cannot show:
//
// html and svg
// - In text, a run of whitespace that holds a line break and sits between two tags (`>` … `<`, in one
//   literal) is dropped when one of the two tags is a block box (div, p, li, tr, td…): whitespace at
//   the edge of a block is never drawn. Between inline tags (span, a, custom elements…) it stays, as
//   one space.
// - Any other run in text becomes one space: next to a binding (`<span> ${name}</span>`), between
//   words, between two bindings. Runs of one space are left alone.
// - Inside a tag, between attributes, a run becomes one space; before `>` it goes (not before `/>`).
// - Untouched: attribute values in quotes, comments, and the content of pre, textarea, script,
//   style and title.
//
// css
// - Comments go; a run of whitespace becomes one space, and goes altogether next to `{ } ; , >`
//   (or at either end of the stylesheet), before `!`, and after the colon of a declaration or media feature
//   (`color: red` → `color:red`; never before a colon: `a :hover` is not `a:hover`). A `;` right
//   before `}` goes.
// - Untouched: strings, and every binding.
//
// The module's source map is kept exact (one mapping per character), so the bundle's map still
// points into src/.
//
// `node scripts/minify-templates.js src/elements/…/x.ts …` prints, for review, every run the html
// rule drops, with the tags around it.

const LIT_MODULE = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const TAG_KINDS = { html: 'html', svg: 'html', css: 'css' };

/** Tags whose box is a block (or a table part): whitespace at their edges is never drawn. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body caption col colgroup dd details dialog div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li ' +
    'main menu nav ol optgroup option p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/** Tags whose text is kept as written. */
const RAW_TAGS = new Set(['pre', 'textarea', 'script', 'style', 'title']);

/**
 * The edits that minify one `html` template: `[start, end, replacement]` in the positions of `code`.
 * `quasis` are the template's TemplateElements (`start`/`end`: their raw text in `code`); a binding
 * sits between each two. `onDrop(before, after)` hears every dropped run (for review).
 */
export function htmlEdits(code, quasis, onDrop) {
  const edits = [];
  let state = 'text'; // text | tag | dq | sq | comment | raw
  let tagName = ''; // the tag being read, or the last tag closed
  let closing = false; // that tag is a closing one
  let rawEnd = ''; // in `raw`: the closing tag that ends it
  let tagEnd = -1; // the position right after the `>` that last ended a tag
  quasis.forEach((quasi, index) => {
    const { start, end } = quasi;
    let i = start;
    while (i < end) {
      const char = code[i];
      if (/\s/.test(char)) {
        let j = i;
        while (j < end && /\s/.test(code[j])) j += 1;
        const run = code.slice(i, j);
        const atStart = i === start;
        const atEnd = j === end;
        if (state === 'tag') {
          // Gone before `>`; kept before `/>`, which would join an unquoted value (`src=${x}/>`).
          const replacement = code[j] === '>' ? '' : ' ';
          if (run !== replacement) edits.push([i, j, replacement]);
        } else if (state === 'text') {
          const nextTag = atEnd ? undefined : /^<\/?([a-zA-Z][\w-]*)/.exec(code.slice(j, end));
          const betweenTags = !atStart && tagEnd === i && nextTag;
          if (
            betweenTags &&
            run.includes('\n') &&
            (BLOCK_TAGS.has(tagName.toLowerCase()) || BLOCK_TAGS.has(nextTag[1].toLowerCase()))
          ) {
            edits.push([i, j, '']);
            onDrop?.(`${closing ? '/' : ''}${tagName}`, nextTag[0].slice(1));
          } else if (run !== ' ') {
            edits.push([i, j, ' ']);
          }
        }
        i = j;
        continue;
      }
      if (state === 'text') {
        if (code.startsWith('<!--', i)) {
          state = 'comment';
          i += 4;
          continue;
        }
        const tag = /^<(\/?)([a-zA-Z][\w-]*)?/.exec(code.slice(i, end));
        // `<${tag}` (lit/static-html): a tag whose name is a binding.
        if (tag && (tag[2] || i + tag[0].length === end)) {
          state = 'tag';
          closing = tag[1] === '/';
          tagName = tag[2] ?? '';
          i += tag[0].length;
          continue;
        }
      } else if (state === 'tag') {
        if (char === '"') state = 'dq';
        else if (char === "'") state = 'sq';
        else if (char === '>') {
          tagEnd = i + 1;
          const selfClosing = code[i - 1] === '/';
          if (!closing && !selfClosing && RAW_TAGS.has(tagName.toLowerCase())) {
            state = 'raw';
            rawEnd = `</${tagName.toLowerCase()}`;
          } else {
            state = 'text';
          }
        }
      } else if (state === 'dq') {
        if (char === '"') state = 'tag';
      } else if (state === 'sq') {
        if (char === "'") state = 'tag';
      } else if (state === 'comment') {
        if (code.startsWith('-->', i)) {
          state = 'text';
          i += 3;
          continue;
        }
      } else if (state === 'raw') {
        if (code.slice(i, i + rawEnd.length).toLowerCase() === rawEnd) {
          state = 'tag';
          closing = true;
          i += rawEnd.length;
          continue;
        }
      }
      i += 1;
    }
    // A binding ends the quasi: a run right after it is not "after a tag".
    if (index < quasis.length - 1) tagEnd = -1;
  });
  return edits;
}

const COMMENTS = /\/\*[\s\S]*?\*\//g;
/** Text ending with the colon of a declaration (`{ color:`, `; color:`) or media feature (`(width:`). */
const DECLARATION_COLON = /[{;(]\s*-*[\w-]+:$/;

/** The edits that minify one `css` template (see the rules at the top). */
export function cssEdits(code, quasis) {
  const edits = [];
  quasis.forEach((quasi, index) => {
    const first = index === 0;
    const last = index === quasis.length - 1;
    // Tokens of this quasi: strings and comments kept apart, whitespace runs, other characters.
    const text = code.slice(quasi.start, quasi.end);
    const out = []; // [start, end, replacement | undefined (kept)] relative to the quasi
    const tokens = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\/\*[\s\S]*?\*\/)|(\s+)/g;
    for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
      if (m[1]) continue; // a string: kept
      out.push([m.index, m.index + m[0].length, m[2] ? 'comment' : 'space']);
    }
    // Merge a comment with the whitespace around it into one run.
    const runs = [];
    for (const [start, end] of out) {
      const previous = runs.at(-1);
      if (previous && previous[1] === start) previous[1] = end;
      else runs.push([start, end]);
    }
    // A `;` right before `}` (whitespace and comments between) says nothing.
    for (let k = text.indexOf(';'); k >= 0; k = text.indexOf(';', k + 1)) {
      const run = runs.find(([start]) => start === k + 1);
      if (text[run ? run[1] : k + 1] === '}')
        edits.push([quasi.start + k, quasi.start + k + 1, '']);
    }
    for (const [start, end] of runs) {
      const before = start === 0 ? (first ? 'edge' : 'binding') : text[start - 1];
      const after = end === text.length ? (last ? 'edge' : 'binding') : text[end];
      const dropped =
        before === 'edge' ||
        after === 'edge' ||
        '{};,>'.includes(before) ||
        '{};,>!'.includes(after) ||
        (before === ':' && DECLARATION_COLON.test(text.slice(0, start).replace(COMMENTS, '')));
      const replacement = dropped ? '' : ' ';
      if (text.slice(start, end) !== replacement) {
        edits.push([quasi.start + start, quasi.start + end, replacement]);
      }
    }
  });
  return edits;
}

/** `local name → 'html' | 'css'` for the template tags a module imports from Lit. */
function templateTags(ast) {
  const tags = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULE.test(node.source.value)) continue;
    for (const specifier of node.specifiers) {
      const kind = specifier.type === 'ImportSpecifier' && TAG_KINDS[specifier.imported.name];
      if (kind) tags.set(specifier.local.name, kind);
    }
  }
  return tags;
}

/** Every node of `node`'s tree, depth first. */
function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value === 'object') yield* walk(value);
  }
}

/** All the edits of a module's Lit templates. */
export function templateEdits(code, ast, onDrop) {
  const tags = templateTags(ast);
  if (tags.size === 0) return [];
  const edits = [];
  for (const node of walk(ast)) {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') continue;
    const kind = tags.get(node.tag.name);
    if (kind === 'html') edits.push(...htmlEdits(code, node.quasi.quasis, onDrop));
    if (kind === 'css') edits.push(...cssEdits(code, node.quasi.quasis));
  }
  return edits.sort((a, b) => a[0] - b[0]);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/**
 * Applies `edits` to `code`, with a source map from the result back to `code`: every character
 * mapped to where it came from (a replacement: to the start of what it replaced).
 */
export function applyEdits(code, edits, file) {
  let output = '';
  // Original [line, column] of every offset of `code`.
  const lineStarts = [0];
  for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') lineStarts.push(i + 1);
  let line = 0;
  const positionOf = (offset) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line += 1;
    return [line, offset - lineStarts[line]];
  };
  const mappings = [];
  let lineSegments = [];
  let generatedColumn = 0;
  let previous = [0, 0, 0]; // generated column (per line), original line, original column
  const emit = (text, originalOffset, each) => {
    for (let k = 0; k < text.length; k += 1) {
      if (text[k] === '\n') {
        mappings.push(lineSegments.join(','));
        lineSegments = [];
        generatedColumn = 0;
        previous[0] = 0;
        continue;
      }
      if (each || k === 0) {
        const [oLine, oColumn] = positionOf(originalOffset + (each ? k : 0));
        lineSegments.push(
          vlq(generatedColumn - previous[0]) +
            'A' +
            vlq(oLine - previous[1]) +
            vlq(oColumn - previous[2]),
        );
        previous = [generatedColumn, oLine, oColumn];
      }
      generatedColumn += 1;
    }
    output += text;
  };
  let at = 0;
  for (const [start, end, replacement] of [...edits].sort((a, b) => a[0] - b[0])) {
    emit(code.slice(at, start), at, true);
    emit(replacement, start, false);
    at = end;
  }
  emit(code.slice(at), at, true);
  mappings.push(lineSegments.join(','));
  return {
    code: output,
    map: {
      version: 3,
      file,
      sources: [file],
      sourcesContent: [code],
      names: [],
      mappings: mappings.join(';'),
    },
  };
}

/** The Rollup plugin. Put it after the TypeScript plugin: it reads JavaScript. */
export default function minifyTemplates({ include = /\/src\/.*\.[jt]s$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || id.includes('/node_modules/')) return null;
      const edits = templateEdits(code, this.parse(code));
      return edits.length === 0 ? null : applyEdits(code, edits, id);
    },
  };
}

// For review: `node scripts/minify-templates.js FILE…` prints each file's templates as minified,
// and every run the html rule dropped, with the tags on either side.
async function review(files) {
  const { readFileSync } = await import('node:fs');
  const ts = (await import('typescript')).default;
  const { parseAst } = await import('rollup/parseAst');
  for (const file of files) {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, experimentalDecorators: true },
    }).outputText;
    const drops = [];
    const ast = parseAst(js);
    const edits = templateEdits(js, ast, (before, after) => drops.push(`<${before}> | <${after}>`));
    const { code } = applyEdits(js, edits, file);
    const templates = [...walk(parseAst(code))].filter(
      (node) => node.type === 'TaggedTemplateExpression' && templateTags(ast).has(node.tag.name),
    );
    console.log(`=== ${file}: ${js.length - code.length} characters less`);
    for (const node of templates) console.log(code.slice(node.start, node.end));
    if (drops.length) console.log(`dropped between: ${drops.join(', ')}`);
  }
}

// `globalThis.process`: test/build/ also loads this module, in the browser.
const argv = globalThis.process?.argv ?? [];
if (import.meta.url === `file://${argv[1]}`) void review(argv.slice(2));
