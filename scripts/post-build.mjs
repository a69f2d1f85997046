// Trunk post-build hook: finishes the built site in Trunk's staging directory.
//
// 0. Split (when the app is built with the `split` feature): cuts what the first screen
//    does not need into chunks loaded on demand (src/ui/on_demand.rs), and writes each
//    chunk's files into index.html's start-up script, which hints them for a link
//    straight to one of their pages.
// 1. The inlined style sheets shrunk (scripts/minify-css.mjs), then the
//    Content-Security-Policy: a meta tag allowing only this origin, the hashes of Trunk's
//    inline start-up script and of the inlined stylesheet, and 'wasm-unsafe-eval'.
// 2. Preload hints for the JS glue and the module, fetched side by side.
// 3. Service worker: sw.js with the list of the real built files (Trunk's hashed names)
//    and a cache name derived from their content, so every new deploy gets a new cache.
//
// Run by Trunk with TRUNK_STAGING_DIR set; also runnable by hand on a directory:
//   node scripts/post-build.mjs dist

import { execFileSync } from 'node:child_process';
import zlib, { brotliCompressSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss } from './minify-css.mjs';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('post-build: no TRUNK_STAGING_DIR and no directory given');
  process.exit(1);
}

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// --- Welcome -------------------------------------------------------------------------
// The home page as a new visitor sees it, rendered to HTML natively by the app's own
// components (`cargo run --features prerender --bin prerender`, see src/ui/app.rs), so the
// welcome is readable before the module has arrived. The app replaces it with its own
// first page (src/ui/app.rs).
const MARKER = '<!-- prerendered welcome -->';
if (html.includes(MARKER)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const welcome = execFileSync('cargo', ['run', '--quiet', '--offline', '--locked', '--features', 'prerender', '--bin', 'prerender'], {
    cwd: root,
    encoding: 'utf8',
    // Compile errors and Leptos' notes go to the build's own output.
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  if (!welcome.includes('href="#/new"')) {
    console.error('post-build: the prerendered welcome has no start link');
    process.exit(1);
  }
  // Until the app runs, importing a file cannot work: the welcome keeps the button's words
  // but not its file field, so no file is chosen only to be lost.
  html = html.replace(MARKER, () => welcome.replace(/<input[^>]*type="file"[^>]*>/g, ''));
}

// --- 0. Split ---------------------------------------------------------------------------
// Trunk has no step for wasm splitting, so this redoes its wasm-bindgen and wasm-opt steps
// on a split module, from the same cargo output, keeping Trunk's file names:
//   cargo's module (linked with --emit-relocs) --wasm-split-cli--> main + chunks + a JS
//   loader --wasm-bindgen main--> JS glue + module --wasm-opt -Oz--> each module.
// A module built with the feature imports its chunk loaders from a placeholder module;
// that import in Trunk's glue is how this step knows it is needed. Trunk's own wasm-opt is
// off (index.html): this step optimises the parts it makes.
// Trunk's start-up script names the JS glue and the module (both used again below).
const glue = html.match(/from '\.\/([^']+\.js)'/)?.[1];
const module = html.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glue || !module) {
  console.error('post-build: could not find the JS glue and the module in the start-up script');
  process.exit(1);
}
/** In index.html's start-up script: replaced by the files of each chunk. */
const CHUNKS_MARKER = 'var chunks = {};';
/** The chunk loader of a split build, named after the glue's hashed stem. */
const loaderName = glue.replace(/\.js$/, '-split.js');
if (/from\s*"__wasm_split_placeholder__"/.test(readFileSync(join(dir, glue), 'utf8'))) {
  split(glue.replace(/\.js$/, ''));
} else if (!existsSync(join(dir, loaderName))) {
  // Neither to split nor split already (a second run on a finished build): built without
  // the feature, so nothing would optimise the module.
  console.error('post-build: the module was built without the `split` feature (see index.html); it would ship unoptimised');
  process.exit(1);
}

function tool(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (err) {
    console.error(`post-build: ${cmd} failed (${err.message}); scripts/setup installs the tools`);
    process.exit(1);
  }
}

/** binaryen 132 from npm only: Debian's 108 builds modules that fail in the browser. */
function checkWasmOpt() {
  let version = '';
  try {
    version = execFileSync('wasm-opt', ['--version'], { encoding: 'utf8' });
  } catch {
    /* reported below */
  }
  if (!/version 132\b/.test(version)) {
    console.error(`post-build: wasm-opt must be binaryen 132 (node_modules/.bin first on PATH), found: ${version.trim() || 'none'}`);
    process.exit(1);
  }
}

function split(stem) {
  const profile = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
  const targetDir = process.env.CARGO_TARGET_DIR || 'target';
  const input = join(targetDir, 'wasm32-unknown-unknown', profile, 'buy-in-check.wasm');
  const work = mkdtempSync(join(tmpdir(), 'buyin-split-'));
  try {
    const parts = join(work, 'parts');
    tool('wasm-split-cli', [input, parts, '--out-name', stem]);
    // --keep-lld-exports: the chunks reach the main module's function table through it.
    tool('wasm-bindgen', ['--target=web', '--no-typescript', '--keep-lld-exports', `--out-dir=${work}`, `--out-name=${stem}`, join(parts, `${stem}.wasm`)]);
    const chunks = readdirSync(parts).filter((f) => f.endsWith('.wasm') && f !== `${stem}.wasm`);
    if (profile === 'release') checkWasmOpt();
    const optimise = (from, to) => (profile === 'release' ? tool('wasm-opt', ['-Oz', from, '-o', to]) : writeFileSync(to, readFileSync(from)));

    // Every file is named after Trunk's hashed stem, so a new build never meets old chunks
    // in a cache.
    let loader = readFileSync(join(parts, '__wasm_split.js'), 'utf8');
    for (const chunk of chunks) {
      const named = `${stem}-${chunk}`;
      optimise(join(parts, chunk), join(dir, named));
      loader = loader.split(`"./${chunk}"`).join(`"./${named}"`);
    }
    writeFileSync(join(dir, loaderName), loader);
    // The files each chunk needs (its shared parts first), for index.html's start-up script:
    // a link straight to a page in a chunk fetches them beside the main module.
    const files = {};
    // Each loader reads: const <name> = [wrapAsyncCb(]makeLoad(() => { …fetch(new URL("./<file>.wasm"…)… }\n, [<deps>])
    // Anything else (a new wasm-split version) stops the build rather than hint wrong files.
    const fail = (why) => {
      console.error(`post-build: cannot read the chunk loader (${why}); see scripts/post-build.mjs`);
      process.exit(1);
    };
    const declared = [...loader.matchAll(/const (__chunk_\d+|__wasm_split_load_\w+) = /g)].length;
    const loads = [...loader.matchAll(/const (__chunk_\d+|__wasm_split_load_\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{([^}]*)\}\n, \[([^\]]*)\]\)/g)];
    if (loads.length !== declared) fail(`${declared} loaders, ${loads.length} understood`);
    for (const [, name, code, deps] of loads) {
      const own = code.match(/new URL\("\.\/([^"]+\.wasm)"/)?.[1];
      if (!own || !existsSync(join(dir, own))) fail(`${name}: no file, or ${own} missing`);
      const needs = deps.split(',').map((d) => d.trim()).filter(Boolean);
      for (const d of needs) if (!files[d]) fail(`${name} needs ${d}, not declared before it`);
      files[name] = [...needs.flatMap((d) => files[d]), `./${own}`];
    }
    const byChunk = Object.fromEntries(
      Object.entries(files)
        .filter(([name]) => name.startsWith('__wasm_split_load_'))
        .map(([name, list]) => [name.replace('__wasm_split_load_', ''), list]),
    );
    if (!byChunk.answer || !byChunk.pages || !html.includes(CHUNKS_MARKER)) {
      console.error(`post-build: could not list the chunks for index.html (found ${Object.keys(byChunk).join(', ') || 'none'})`);
      process.exit(1);
    }
    html = html.replace(CHUNKS_MARKER, () => `var chunks = ${JSON.stringify(byChunk)};`);
    optimise(join(work, `${stem}_bg.wasm`), join(dir, `${stem}_bg.wasm`));
    // Only the JS imports move to the new name; the module's own import name stays.
    const glueCode = readFileSync(join(work, `${stem}.js`), 'utf8').replace(/(from\s*)"\.\/__wasm_split\.js"/g, `$1"./${loaderName}"`);
    if (glueCode.includes('__wasm_split_placeholder__')) {
      console.error('post-build: the split glue still imports the placeholder module; the app would not start');
      process.exit(1);
    }
    writeFileSync(join(dir, `${stem}.js`), glueCode);
    console.log(`post-build: split the module into main + ${chunks.length} chunk(s)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// --- 1. CSP ---------------------------------------------------------------------------
// The inlined style sheets travel in every first visit's HTML: without their comments
// and indentation they cost about a quarter fewer bytes (brotli). Before the hashes,
// which must be of what the page holds.
html = html.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) => open + minifyCss(css) + close);
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const sha256 = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const hashes = inline.map(sha256);
// The stylesheet is inlined (Trunk `data-inline`): first paint needs no second round trip.
const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styleHashes.join(' ')}`.trim(),
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
// The same policy as HTTP headers, in the files common static hosts read
// (`scripts/static-server.mjs` sends them too). Only a header can say
// `frame-ancestors 'none'`, which stops another site showing the app inside its frame.
/** Files for the host, not for the browser: never cached by the service worker. */
const HOST_FILES = ['_headers', '.htaccess', 'staticwebapp.config.json'];
const headers = [
  ['Content-Security-Policy', `${csp}; frame-ancestors 'none'`],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
];
// Netlify and Cloudflare Pages.
writeFileSync(join(dir, '_headers'), ['/*', ...headers.map(([k, v]) => `  ${k}: ${v}`), ''].join('\n'));
// Apache (with mod_headers), including most shared hosting.
writeFileSync(
  join(dir, '.htaccess'),
  ['<IfModule mod_headers.c>', ...headers.map(([k, v]) => `  Header always set ${k} "${v}"`), '</IfModule>', ''].join('\n'),
);
// Azure Static Web Apps.
writeFileSync(
  join(dir, 'staticwebapp.config.json'),
  JSON.stringify({ globalHeaders: Object.fromEntries(headers) }, null, 2) + '\n',
);
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
// The policy must come before any script or style it governs: right after <meta charset>.
html = html.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
if (!html.includes('Content-Security-Policy')) {
  console.error('post-build: could not place the CSP meta tag');
  process.exit(1);
}

// --- 2. Preload hints -----------------------------------------------------------------
// Trunk's loader imports the JS glue, and only the glue starts fetching the module: two
// round trips one after the other (0.56 s each on Slow-4G). Announcing both in the head
// lets the browser fetch them side by side while it is still reading the HTML.
// `crossorigin` makes the preload match the glue's own `fetch()` (credentials: same-origin),
// so the browser reuses it instead of warning and downloading the module twice.
// The glue of a split build imports the chunk loader: announced too, or it costs a round trip.
const loaderHint = existsSync(join(dir, loaderName)) ? `\n    <link rel="modulepreload" href="./${loaderName}" />` : '';
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
html = html.replace(
  /(<meta http-equiv="Content-Security-Policy"[^>]*>)/,
  `$1\n    <link rel="preload" href="./${module}" as="fetch" type="application/wasm" crossorigin fetchpriority="high" />` +
    `\n    <link rel="modulepreload" href="./${glue}" />${loaderHint}`,
);
writeFileSync(indexPath, html);

// --- 3. Service worker ----------------------------------------------------------------
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(dir)
  .map((p) => relative(dir, p).split('\\').join('/'))
  .filter((f) => f !== 'sw.js' && !f.endsWith('.br') && !f.endsWith('.gz') && f !== 'sw-template.js' && !HOST_FILES.includes(f))
  .sort();
const digest = createHash('sha256');
for (const f of files) digest.update(f).update(readFileSync(join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
// Trunk copies the template into staging; a by-hand run on a finished dist/ uses the source.
const staged = join(dir, 'sw-template.js');
const templatePath = existsSync(staged) ? staged : join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'sw-template.js');
const template = readFileSync(templatePath, 'utf8');
const sw = template
  .replace('__CACHE_VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files.filter((f) => f !== 'index.html')]));
writeFileSync(join(dir, 'sw.js'), sw);
if (existsSync(staged)) unlinkSync(staged);

// --- 4. Precompressed copies ------------------------------------------------------------
// Every text and wasm file gets .br (brotli, best) and .gz (gzip -9) siblings, so a host
// that serves them (scripts/static-server.mjs does; so do most CDNs and nginx with
// gzip_static/brotli_static) sends the smallest file without compressing on each request.
const COMPRESSIBLE = /\.(html|js|wasm|css|json|webmanifest|svg|txt)$/;
for (const f of walk(dir).filter((p) => COMPRESSIBLE.test(p) && !HOST_FILES.some((h) => p.endsWith(h)))) {
  const raw = readFileSync(f);
  writeFileSync(`${f}.br`, brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
  writeFileSync(`${f}.gz`, gzipSync(raw, { level: 9 }));
}
console.log(`post-build: CSP with ${hashes.length} script and ${styleHashes.length} style hash(es); service worker caches ${files.length} files as ${version}`);
