// The style sheet shrinker the build runs on the inlined CSS (scripts/minify-css.mjs):
// the cases where removing a space or a comment would change what the CSS means. The
// real style sheets are checked against the browser's own reading in foundation.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { minifyCss } from '../../scripts/minify-css.mjs';

test('comments and indentation go; the rules stay', () => {
  assert.equal(minifyCss('/* colours */\n.a {\n  color: red;\n  margin: 0 auto;\n}\n\n.b, .c > .d { top: 0 }\n'), '.a{color:red;margin:0 auto}.b, .c > .d{top:0}');
});

test('a space that separates two tokens stays', () => {
  // A descendant's pseudo-class, a media query's `and (`, and the operators of calc().
  assert.equal(minifyCss('.a :hover { x: y }'), '.a :hover{x:y}');
  assert.equal(minifyCss('@media screen and (min-width: 40rem) { .a { b: c } }'), '@media screen and (min-width:40rem){.a{b:c}}');
  assert.equal(minifyCss('.a { width: calc( 100% - 2rem ) }'), '.a{width:calc(100% - 2rem)}');
});

test('a comment between two tokens still keeps them apart, and adds no combinator', () => {
  assert.equal(minifyCss('.a/* x */.b { c: d }'), '.a/**/.b{c:d}');
  assert.equal(minifyCss('.a /* x */ .b { c: d }'), '.a .b{c:d}');
});

test("a var() fallback keeps the space after its comma, as the browser keeps it", () => {
  assert.equal(minifyCss('.a { color: var(--tone , var(--none)) }'), '.a{color:var(--tone, var(--none))}');
});

test('strings stay exactly as written', () => {
  assert.equal(minifyCss('.a::after { content: "x  /* not a comment */ ; {y}" }'), '.a::after{content:"x  /* not a comment */ ; {y}"}');
  assert.equal(minifyCss(".a { content: 'it\\'s  ' }"), ".a{content:'it\\'s  '}");
});

test('custom properties keep their value as written; an empty one keeps its space', () => {
  assert.equal(minifyCss(':root {\n  --shadow: 0 1px 2px red,  0 2px 8px blue;\n  --label: "a  b";\n  --empty: ;\n}'), ':root{--shadow:0 1px 2px red,  0 2px 8px blue;--label:"a  b";--empty: }');
  // Also after a nested rule.
  assert.equal(minifyCss('.a { .b { c: d } --x: calc( 1px , 2px ) }'), '.a{.b{c:d}--x:calc( 1px , 2px )}');
});

test('escapes stay as written, and so does the space that ends or follows one', () => {
  assert.equal(minifyCss('.a\\: .b { c: d }'), '.a\\: .b{c:d}');
  assert.equal(minifyCss('.a\\  { c: d }'), '.a\\ {c:d}');
  assert.equal(minifyCss('.\\31  .b { c: d }'), '.\\31  .b{c:d}');
  assert.equal(minifyCss('.a { content: x\\; }'), '.a{content:x\\;}');
});

test('an unquoted url() is one token: its slashes and stars are no comment', () => {
  assert.equal(minifyCss('.a { background: url(a/*b*/c.png) }'), '.a{background:url(a/*b*/c.png)}');
  assert.equal(minifyCss('.a { background: url( "x y.png" ) }'), '.a{background:url("x y.png")}');
});

test('a no-break space is not white space in CSS, so it stays', () => {
  assert.equal(minifyCss('.a { content: x\u00a0y }'), '.a{content:x\u00a0y}');
});

test('broken input stops the build instead of shipping half a style sheet', () => {
  assert.throws(() => minifyCss('.a { color: red } /* never closed'), /comment is not closed/);
  assert.throws(() => minifyCss('.a { content: "never closed }'), /string is not closed/);
});

test('shrinking the real style sheets twice gives what once does (the build may run again on its output)', () => {
  const root = new URL('../../', import.meta.url);
  const files = [...readFileSync(new URL('index.html', root), 'utf8').matchAll(/rel="inline" href="(style\/[^"]+\.css)"/g)].map((m) => m[1]);
  assert.ok(files.length >= 5);
  for (const file of files) {
    const once = minifyCss(readFileSync(new URL(file, root), 'utf8'));
    assert.equal(minifyCss(once), once, file);
  }
});
