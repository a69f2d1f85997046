// Shrinks a stylesheet without changing what it means: drops comments and needless white
// space. The style sheets are inlined in index.html, so every byte here is a byte of the
// first visit's HTML.
//
// Kept exactly as written: quoted strings, escapes (`\:`, `\31 `), unquoted `url(…)`, and
// the values of custom properties (`--x: …`), which the browser keeps as written too
// (only their ends are trimmed, as the browser trims them).
//
// Elsewhere, white space next to `{`, `}` and `;`, before `,` and `)`, and after `:` and
// `(` is removed: there it never separates two tokens. Any other run of it becomes one
// space, because there it can (`.a :hover` is not `.a:hover`, `and (` is not the
// function `and(`, and `calc(1px + 2px)` needs its spaces). The space after a comma stays:
// in `var(--a, red)` the browser keeps the fallback as written, space and all.

const JOINERS = new Set(['{', '}', ';']);
const NO_SPACE_AFTER = new Set([...JOINERS, ':', '(']);
const NO_SPACE_BEFORE = new Set([...JOINERS, ',', ')']);
// CSS's white space: narrower than JavaScript's `\s` (a no-break space is not white space).
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isHex = (c) => /^[0-9a-fA-F]$/.test(c);

/** The stylesheet `css` with comments and needless white space removed. */
export function minifyCss(css) {
  let out = '';
  // Whether the last thing written was copied as written (a string, an escape…): the
  // joiner rules look at plain punctuation only (`\:` is part of a name, not a colon).
  let lastVerbatim = false;
  let pendingSpace = false;
  // A comment right between two tokens keeps them apart without being white space
  // (`.a/**/.b` is `.a.b`, but `a/**/b` is not `ab`): such a one stays, emptied.
  let pendingComment = false;
  let i = 0;
  const last = () => (lastVerbatim ? '' : out[out.length - 1]);
  const emit = (text, verbatim = false) => {
    const between = out.length > 0 && !NO_SPACE_AFTER.has(last()) && (verbatim || !NO_SPACE_BEFORE.has(text[0]));
    if (between && pendingSpace) out += ' ';
    else if (between && pendingComment) out += '/**/';
    pendingSpace = false;
    pendingComment = false;
    out += text;
    lastVerbatim = verbatim;
  };
  const declarationStart = () => out.length === 0 || last() === '{' || last() === ';' || last() === '}';
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error('minifyCss: a comment is not closed');
      i = end + 2;
      pendingComment = true;
    } else if (c === '"' || c === "'") {
      const end = stringEnd(css, i);
      emit(css.slice(i, end), true);
      i = end;
    } else if (c === '\\') {
      const end = escapeEnd(css, i);
      emit(css.slice(i, end), true);
      i = end;
    } else if (c === '(' && /url$/i.test(out) && !lastVerbatim && !/^[ \t\n\r\f]*["']/.test(css.slice(i + 1))) {
      // An unquoted url(…) is one token: its `/*` is no comment, its spaces are its own.
      const end = css.indexOf(')', i);
      if (end < 0) throw new Error('minifyCss: a url( is not closed');
      emit(css.slice(i, end + 1), true);
      i = end + 1;
    } else if (c === '-' && css[i + 1] === '-' && declarationStart()) {
      const end = customPropertyEnd(css, i);
      const declaration = css.slice(i, end);
      const colon = declaration.indexOf(':');
      if (colon < 0) throw new Error(`minifyCss: a custom property without a value: ${declaration}`);
      const value = declaration.slice(colon + 1).replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
      // An empty value keeps one space: older engines read `--x:;` as invalid.
      emit(`${declaration.slice(0, colon).replace(/[ \t\n\r\f]+$/, '')}:${value || ' '}`, true);
      i = end;
    } else if (isSpace(c)) {
      pendingSpace = true;
      i += 1;
    } else {
      // The last declaration of a block needs no `;`.
      if (c === '}' && last() === ';') out = out.slice(0, -1);
      emit(c);
      i += 1;
    }
  }
  return out;
}

/** Where the quoted string starting at `start` ends (just after its closing quote). */
function stringEnd(css, start) {
  const quote = css[start];
  let i = start + 1;
  while (i < css.length && css[i] !== quote) i += css[i] === '\\' ? 2 : 1;
  if (i >= css.length) throw new Error('minifyCss: a string is not closed');
  return i + 1;
}

/** Where the escape starting at `start` (a backslash) ends: one character, or up to six
 * hex digits and the one white space that may close them. */
function escapeEnd(css, start) {
  let i = start + 1;
  if (!isHex(css[i] ?? '')) return Math.min(i + 1, css.length);
  while (i < css.length && i < start + 7 && isHex(css[i])) i += 1;
  if (css[i] === '\r' && css[i + 1] === '\n') return i + 2;
  return isSpace(css[i] ?? '') ? i + 1 : i;
}

/** Where the custom property declaration starting at `start` ends: its `;` or the `}` of
 * its block, outside brackets, strings and escapes. */
function customPropertyEnd(css, start) {
  let depth = 0;
  for (let i = start; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") i = stringEnd(css, i) - 1;
    else if (c === '\\') i = escapeEnd(css, i) - 1;
    else if (c === '/' && css[i + 1] === '*') {
      throw new Error('minifyCss: a comment inside a custom property is kept by browsers; move it out');
    } else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === '}' && depth === 0) return i;
    else if (c === '}') depth -= 1;
    else if (c === ';' && depth === 0) return i;
  }
  return css.length;
}
