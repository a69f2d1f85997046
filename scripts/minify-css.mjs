// Shrinks a stylesheet without changing what it means: drops comments and collapses
// white space, leaving quoted strings exactly as written. The style sheets are inlined
// in index.html, so every byte here is a byte of the first visit's HTML.
//
// Only white space next to `{`, `}` and `;`, before `,` and `)`, and after `:` and `(`
// is removed: there it never separates two tokens. Elsewhere it can (`.a :hover` is not
// `.a:hover`, `and (` is not the function `and(`, and `calc(1px + 2px)` needs its
// spaces), so a run of it becomes one space there. The space after a comma stays: in
// `var(--a, red)` the browser keeps the fallback as written, space and all.

const JOINERS = new Set(['{', '}', ';']);
const NO_SPACE_AFTER = new Set([...JOINERS, ':', '(']);
const NO_SPACE_BEFORE = new Set([...JOINERS, ',', ')']);

/** The stylesheet `css` with comments and needless white space removed. */
export function minifyCss(css) {
  let out = '';
  let pendingSpace = false;
  // A comment right between two tokens keeps them apart without being white space
  // (`.a/**/.b` is `.a.b`, but `a/**/b` is not `ab`): such a one stays, emptied.
  let pendingComment = false;
  let i = 0;
  const last = () => out[out.length - 1];
  const emit = (text) => {
    const between = out.length > 0 && !NO_SPACE_AFTER.has(last()) && !NO_SPACE_BEFORE.has(text[0]);
    if (between && pendingSpace) out += ' ';
    else if (between && pendingComment) out += '/**/';
    pendingSpace = false;
    pendingComment = false;
    out += text;
  };
  while (i < css.length) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) throw new Error('minifyCss: a comment is not closed');
      i = end + 2;
      pendingComment = true;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      if (j >= css.length) throw new Error('minifyCss: a string is not closed');
      emit(css.slice(i, j + 1));
      i = j + 1;
    } else if (c === '-' && css[i + 1] === '-' && (out.length === 0 || last() === '{' || last() === ';')) {
      // A custom property keeps its value as written (the browser does too, and a value
      // can be used anywhere): only its runs of white space shrink to one space.
      const end = customPropertyEnd(css, i);
      const declaration = css.slice(i, end);
      const colon = declaration.indexOf(':');
      const value = declaration
        .slice(colon + 1)
        .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
        .map((part, n) => (n % 2 === 1 ? part : part.replace(/\s+/g, ' ')))
        .join('')
        .trim();
      emit(`${declaration.slice(0, colon).trim()}:${value}`);
      i = end;
    } else if (/\s/.test(c)) {
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

/** Where the custom property declaration starting at `start` ends: its `;` or the `}` of
 * its block, outside brackets and strings. */
function customPropertyEnd(css, start) {
  let depth = 0;
  for (let i = start; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") {
      for (i += 1; i < css.length && css[i] !== c; i += css[i] === '\\' ? 2 : 1);
    } else if (c === '/' && css[i + 1] === '*') {
      throw new Error('minifyCss: a comment inside a custom property is kept by browsers; move it out');
    } else if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === '}' && depth === 0) return i;
    else if (c === '}') depth -= 1;
    else if (c === ';' && depth === 0) return i;
  }
  return css.length;
}
