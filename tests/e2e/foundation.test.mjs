// The app shell as a first-time visitor meets it: home, navigation, history, sub-paths.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { browserAndServer, serve, open, assertQuiet, shot, appReady } from './helpers.mjs';

const env = browserAndServer();


test('the home page says what the tool is, how long it takes and that answers stay here', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  assert.equal(await page.title(), 'Buy-in Check');
  const text = await page.locator('main').innerText();
  assert.match(text, /between the partner organisations/i);
  assert.match(text, /10–15 minutes/);
  assert.match(text, /never leave this browser/i);
  assert.ok(await page.getByRole('link', { name: 'Start a new assessment' }).isVisible());
  assert.equal(await page.locator('#boot').count(), 0, 'the start-up note is gone once the app runs');
  await shot(page, 'home-1280');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('navigation, Back, Forward and reload keep the person where they were', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await page.getByRole('link', { name: 'About' }).click();
  await page.getByRole('heading', { level: 1, name: 'About Buy-in Check' }).waitFor();
  assert.ok(page.url().endsWith('#/about'));
  assert.match(await page.locator('main').innerText(), /Ian Dixon/);
  assert.equal(await page.title(), 'About · Buy-in Check');

  await page.getByRole('link', { name: 'How scores work' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'How scores work' }).waitFor();
  assert.match(await page.locator('main').innerText(), /4\.0 and above is a strength/);

  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'About Buy-in Check' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /How deep does buy-in/ }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'About Buy-in Check' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'About Buy-in Check' }).waitFor();
  assert.ok(page.url().endsWith('#/about'));

  await page.goto(env.server.url + '#/no/such/page');
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the build runs from a sub-path', async () => {
  const sub = await serve({ prefix: '/partners/buy-in/' });
  try {
    const { page, log, context } = await open(env.browser, sub.url);
    await page.getByRole('heading', { level: 1, name: /How deep does buy-in/ }).waitFor();
    assert.ok(sub.requests.some((p) => p.startsWith('/partners/buy-in/') && p.endsWith('.wasm')), 'wasm loaded from the sub-path');
    assert.ok(sub.requests.every((p) => p.startsWith('/partners/buy-in/')), `every request under the sub-path: ${sub.requests}`);
    assertQuiet(assert, log, new URL(sub.url).origin);
    await context.close();
  } finally {
    await sub.close();
  }
});

test('dark colour scheme follows the system setting', async () => {
  const light = await open(env.browser, env.server.url, { colorScheme: 'light' });
  const dark = await open(env.browser, env.server.url, { colorScheme: 'dark' });
  const bg = (p) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [l, d] = [await bg(light.page), await bg(dark.page)];
  assert.notEqual(l, d, 'background differs between schemes');
  const lum = (c) => c.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0);
  assert.ok(lum(d) < lum(l), `dark background ${d} is darker than light ${l}`);
  await shot(dark.page, 'home-dark-1280');
  await light.context.close();
  await dark.context.close();
});

test('the first visit fetches the module once, beside the HTML, with the styles inline', async () => {
  // Service workers blocked: their precache would fetch every file a second time.
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  context.on('request', (r) => log.requests.push(r.url()));
  await page.goto(env.server.url);
  await appReady(page);
  await page.waitForTimeout(300);

  const named = (suffix) => log.requests.filter((u) => new URL(u).pathname.endsWith(suffix));
  assert.equal(named('_bg.wasm').length, 1, `the module is fetched once: ${log.requests.join(' ')}`);
  assert.equal(named('.css').length, 0, 'no stylesheet round trip before the first paint');
  const head = await page.evaluate(() => ({
    preloads: [...document.head.querySelectorAll('link[rel=preload][as=fetch]')].map((l) => l.getAttribute('href')),
    modulepreloads: [...document.head.querySelectorAll('link[rel=modulepreload]')].map((l) => l.getAttribute('href').replace('./', '')),
    styled: getComputedStyle(document.querySelector('.app-header')).display !== 'inline',
  }));
  assert.equal(head.preloads.length, 1);
  assert.ok(head.preloads[0].endsWith('_bg.wasm'), 'the module is announced in the head');
  // Each JS module fetched at start-up (the glue, and the chunk loader it imports) is
  // announced, so none waits for the one before it.
  const modules = log.requests.map((u) => new URL(u).pathname.split('/').pop()).filter((f) => f.endsWith('.js') && f !== 'sw-register.js');
  assert.ok(modules.length >= 1);
  assert.deepEqual([...head.modulepreloads].sort(), [...new Set(modules)].sort(), 'every start-up module is announced in the head');
  assert.ok(head.styled, 'the inline stylesheet applies under the CSP');
  // An unused or mismatched preload shows up here as a console warning. (Playwright's own
  // note about the blocked service worker is the one warning that is not ours.)
  log.console = log.console.filter((m) => !m.text.includes('blocked by Playwright'));
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the inlined style sheets are shrunk and still say exactly what style/*.css say', async () => {
  // The sources in the order index.html inlines them (the cascade depends on it).
  const root = new URL('../../', import.meta.url);
  const sources = [...readFileSync(new URL('index.html', root), 'utf8').matchAll(/rel="inline" href="(style\/[^"]+\.css)"/g)].map((m) => readFileSync(new URL(m[1], root), 'utf8'));
  assert.ok(sources.length >= 5, 'index.html inlines the style sheets');
  const { page, context } = await open(env.browser, env.server.url);
  const { served, meant } = await page.evaluate((sources) => {
    // A value with var() keeps its source text, line breaks included, which the shrinking
    // rightly turns into one space: compare with runs of white space as one (strings are
    // held exactly by tests/e2e/minify-css.test.mjs).
    const rules = (sheet) => [...sheet.cssRules].map((r) => r.cssText.replace(/\s+/g, ' '));
    const styles = [...document.querySelectorAll('style')].filter((s) => !s.closest('#boot'));
    return {
      served: styles.map((s) => ({ bytes: s.textContent.length, comments: s.textContent.includes('/*'), rules: rules(s.sheet) })),
      meant: sources.map((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return { bytes: css.length, rules: rules(sheet) };
      }),
    };
  }, sources);
  assert.equal(served.length, meant.length, 'one inline style element per source file');
  served.forEach((s, i) => {
    // The browser's own reading of both: the same rules, in the same order.
    assert.deepEqual(s.rules, meant[i].rules, `style sheet ${i + 1} means what its source says`);
    assert.ok(s.rules.length > 0);
    assert.equal(s.comments, false, `style sheet ${i + 1} has no comments left`);
    assert.ok(s.bytes < meant[i].bytes * 0.9, `style sheet ${i + 1} is shrunk: ${s.bytes} of ${meant[i].bytes} characters`);
  });
  await context.close();
});

// The app starts in several short tasks (src/ui/app.rs): its shell is built hidden behind
// the prerendered welcome, and the welcome goes only when the page has replaced it.
// Between those tasks the browser may paint; no frame may show both, or neither.
test('while the app starts, every frame shows the welcome or the app with its page, never both', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // A slow phone's processor: more frames fall between the start's tasks.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const seen = (window.__startSeen = { frames: [], mutations: [] });
    const look = () => {
      const boot = document.getElementById('boot');
      const app = [...(document.body?.children ?? [])].filter((e) => e.id !== 'boot' && !['SCRIPT', 'NOSCRIPT'].includes(e.tagName));
      return {
        boot: !!boot && boot.checkVisibility(),
        built: app.length > 0,
        app: app.some((e) => e.checkVisibility()),
        page: !!document.querySelector('body > main#main h1'),
      };
    };
    const frame = () => {
      // From the first frame the parser has reached the welcome in.
      if (seen.frames.length > 0 || document.getElementById('boot')) seen.frames.push(look());
      if (!seen.frames.some((f) => f.app && !f.boot)) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new MutationObserver(() => seen.mutations.push(look())).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-starting'] });
  });
  await page.goto(env.server.url);
  await appReady(page);
  const { frames, mutations } = await page.evaluate(() => window.__startSeen);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.ok(frames.some((f) => f.boot) && frames.some((f) => f.app), `frames before and after the start: ${JSON.stringify(frames)}`);
  assert.ok(mutations.some((m) => m.boot && m.built), 'the shell is built while the welcome still shows');
  for (const seen of [...frames, ...mutations]) {
    assert.ok(!(seen.boot && seen.app), `the welcome and the app never show together: ${JSON.stringify(seen)}`);
  }
  for (const f of frames) {
    assert.ok(f.boot || (f.app && f.page), `every frame shows the welcome or the app's page: ${JSON.stringify(f)}`);
  }
  await context.close();
});

test('a new visitor reads the welcome before the module arrives: the same page the app then shows', async () => {
  const text = (t) => t.replace(/\s+/g, ' ').trim();
  // What the HTML alone shows (no script runs): the prerendered welcome, with a real link.
  const still = await env.browser.newContext({ javaScriptEnabled: false });
  const bare = await still.newPage();
  await bare.goto(env.server.url);
  assert.ok(await bare.locator('#boot .boot-welcome main h1').isVisible(), 'the welcome shows without the module');
  assert.equal(await bare.locator('#boot .boot-loading').isVisible(), false);
  assert.equal(await bare.getByRole('link', { name: 'Start a new assessment' }).getAttribute('href'), '#/new');
  const prerendered = text(await bare.locator('#boot main').innerText());
  await still.close();
  // The app, once mounted, shows the same page, and the prerendered copy is gone.
  const { page, log, context } = await open(env.browser, env.server.url);
  await page.locator('main .hero').waitFor();
  assert.equal(text(await page.locator('main').innerText()), prerendered, 'prerendered and mounted welcome read the same');
  assert.equal(await page.locator('#boot').count(), 0);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
  // A deep link, or a visitor with assessments, sees the loading note while the module
  // loads (held back here), never a welcome that is not their page.
  for (const [hash, stored] of [['#/about', null], ['#/', '["a-1"]']]) {
    const slow = await env.browser.newContext();
    await slow.route('**/*.wasm', () => {});
    if (stored) await slow.addInitScript((v) => localStorage.setItem('buy-in-check/index', v), stored);
    const p = await slow.newPage();
    await p.goto(env.server.url + hash);
    await p.locator('.boot-loading').waitFor();
    assert.equal(await p.locator('.boot-welcome').isVisible(), false, `${hash} ${stored ?? ''}: no welcome`);
    await slow.close();
  }
});

test('the start-up module stays lean: reading and saving records stay in their chunk', () => {
  // 83 KB brotli on 28 November. Once, a listener set up by the app shell called the save
  // and pulled every record format in with it: 120 KB, and no other test noticed.
  const module = readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
  const kb = readFileSync(`dist/${module}.br`).length / 1000;
  assert.ok(kb <= 95, `start-up module ${kb.toFixed(1)} KB brotli, at most 95`);
});

test('the build is ready for any static host: precompressed copies, and icons a phone can install', async () => {
  // Every text and wasm file has brotli and gzip siblings that unpack to the same bytes.
  const built = readdirSync('dist').filter((f) => /\.(html|js|wasm|css|webmanifest|svg)$/.test(f));
  assert.ok(built.some((f) => f.endsWith('.wasm')) && built.includes('index.html'));
  for (const f of built) {
    const raw = readFileSync(`dist/${f}`);
    assert.deepEqual(brotliDecompressSync(readFileSync(`dist/${f}.br`)), raw, `${f}.br`);
    assert.deepEqual(gunzipSync(readFileSync(`dist/${f}.gz`)), raw, `${f}.gz`);
  }
  // The server sends the brotli copy to a browser that accepts it, the plain file otherwise.
  const wasm = built.find((f) => f.endsWith('_bg.wasm'));
  const br = await fetch(env.server.url + wasm, { headers: { 'accept-encoding': 'br' } });
  assert.equal(br.headers.get('content-encoding'), 'br');
  assert.ok(Number(br.headers.get('content-length')) < readFileSync(`dist/${wasm}`).length / 2, 'brotli at least halves the module');
  const plain = await fetch(env.server.url + wasm, { headers: { 'accept-encoding': 'identity' } });
  assert.equal(plain.headers.get('content-encoding'), null);
  // The manifest: an id, an SVG and PNG icons (192, 512, and a maskable one), all served.
  const manifest = await (await fetch(env.server.url + 'manifest.webmanifest')).json();
  assert.equal(manifest.id, './');
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  assert.deepEqual(sizes, ['any any', '192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const res = await fetch(env.server.url + icon.src);
    assert.equal(res.status, 200, icon.src);
    assert.equal(res.headers.get('content-type'), icon.type, icon.src);
  }
  const html = readFileSync('dist/index.html', 'utf8');
  assert.match(html, /<link rel="apple-touch-icon" href="apple-touch-icon.png"/);
  assert.equal((await fetch(env.server.url + 'apple-touch-icon.png')).status, 200);
});

test('the static server answers a malformed path and keeps serving', async () => {
  const bad = await fetch(env.server.url + '%E0%A4%A');
  assert.equal(bad.status, 400);
  assert.match(bad.headers.get('content-security-policy') || '', /frame-ancestors 'none'/, 'error replies carry the headers too');
  const good = await fetch(env.server.url);
  assert.equal(good.status, 200, 'still serving after the bad request');
});

test('the build ships the headers a host should send, and the server sends them', async () => {
  const res = await fetch(env.server.url);
  const csp = res.headers.get('content-security-policy') || '';
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /default-src 'self'/);
  assert.equal(res.headers.get('x-frame-options'), 'DENY');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  // The header policy is the meta policy plus what only a header can say.
  const html = await res.text();
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.equal(csp, `${meta}; frame-ancestors 'none'`);
  // The same headers, to the letter, in each host's own file.
  const sent = Object.fromEntries(['Content-Security-Policy', 'X-Frame-Options', 'X-Content-Type-Options', 'Referrer-Policy'].map((k) => [k, res.headers.get(k)]));
  const azure = JSON.parse(readFileSync('dist/staticwebapp.config.json', 'utf8')).globalHeaders;
  assert.deepEqual(azure, sent, 'Azure Static Web Apps');
  const apache = Object.fromEntries([...readFileSync('dist/.htaccess', 'utf8').matchAll(/Header always set (\S+) "([^"]*)"/g)].map((m) => [m[1], m[2]]));
  assert.deepEqual(apache, sent, 'Apache .htaccess');
  // Files for the host are not part of the app the service worker keeps.
  const sw = readFileSync('dist/sw.js', 'utf8');
  for (const f of ['_headers', '.htaccess', 'staticwebapp.config.json']) assert.ok(!sw.includes(`"./${f}"`) && !sw.includes(`"${f}"`), `${f} not cached`);
});
