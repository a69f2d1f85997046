// The core promises: works offline after the first visit, updates only when the person
// says so, runs under a strict CSP, and renders whatever people type as inert text.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, serve, open, assertQuiet, headingChangedFrom, appReady, scratchDir, exportDocument, fullAssessment } from './helpers.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** A private copy of dist/ that a test may change (to play a new deploy). */
function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'buyin-dist-'));
  cpSync('dist', dir, { recursive: true });
  return dir;
}

async function waitForController(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

test('after the first visit the app loads, answers and keeps answers with no network', async () => {
  const root = copyOfDist();
  const server = await serve({ root, port: 0 });
  const { page, context, log } = await open(browser, server.url);
  try {
    await waitForController(page);
    await page.getByRole('link', { name: 'Start a new assessment' }).click();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/step\/1$/);
    await headingChangedFrom(page, 'New assessment');
    const url = page.url();

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Shared value' }).waitFor();
    await page.locator('#s-shared-value-2 input[value="5"]').check();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Shared value' }).waitFor();
    assert.equal(page.url(), url);
    assert.ok(await page.locator('#s-shared-value-2 input[value="5"]').isChecked(), 'answer kept offline');
    // The results page lives in the on-demand chunk: cached with everything else.
    await page.goto(url.replace(/step\/1$/, 'results'));
    await page.getByRole('heading', { level: 1, name: /^Results/ }).waitFor();
    // So are the review and the reading pages, which load on demand too.
    await page.goto(url.replace(/step\/1$/, 'review'));
    await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Strongly agree/, 'the answer given offline is listed');
    for (const [hash, heading] of [['#/about', 'About Buy-in Check'], ['#/how-scores-work', 'How scores work']]) {
      await page.goto(new URL(hash, url).href);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    const failed = log.console.filter((m) => m.type === 'error');
    assert.deepEqual(failed, [], 'no errors while offline');
  } finally {
    await context.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('pages loaded on demand: fetched after start-up, and a failed fetch can be retried', async () => {
  const server = await serve({ port: 0 });
  // No service worker: every fetch goes to the network, where this test can cut it.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try {
    // Normal start: the chunk follows the main module in the background.
    await page.goto(server.url + '#/new');
    await page.getByLabel('Assessment name').fill('On demand');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/step\/1$/);
    await page.locator('#s-shared-value-1 input[value="4"]').check();
    const main = requests.findIndex((p) => p.endsWith('_bg.wasm'));
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('split_pages.wasm')));
    const chunk = requests.findIndex((p) => p.endsWith('split_pages.wasm'));
    assert.ok(main >= 0 && chunk > main, `main module first, then the chunk: ${requests.join(' ')}`);
    const resultsUrl = page.url().replace(/step\/1$/, 'results');

    // A fresh page whose chunk cannot be fetched: the results page says so.
    let cut = true;
    await context.route('**/*split_pages.wasm', (route) => (cut ? route.abort() : route.continue()));
    await page.goto(resultsUrl);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();
    assert.match(await page.locator('main').innerText(), /nothing is lost/);
    // Importing a file needs the chunk too: without it, nothing is imported and the
    // person is told why.
    const file = join(scratchDir('on-demand'), 'import.json');
    writeFileSync(file, JSON.stringify(exportDocument([fullAssessment({ id: 'imported-1', name: 'From a file' })])));
    await page.getByRole('link', { name: 'Back to your assessments' }).click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('Nothing was imported: part of Buy-in Check has not reached this browser yet.').waitFor();
    assert.equal(await page.locator('.card h3', { hasText: 'From a file' }).count(), 0);
    // So does the reminder's "Download a copy": no file, and the person is told why.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Download a copy' }).click();
    await page.getByText('No copy was made: part of Buy-in Check has not reached this browser yet.').waitFor();
    assert.equal(downloads, 0);

    // The connection is back: "Try again" shows the results, answers intact, and the
    // import works.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();
    cut = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: /^Results: On demand/ }).waitFor();
    assert.match(await page.locator('main').innerText(), /Shared value/);
    await page.goto(server.url + '#/');
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('Imported 1 assessment.').waitFor();
    await page.locator('.card h3', { hasText: 'From a file' }).waitFor();
  } finally {
    await context.close();
    await server.close();
  }
});

test('a link straight to a page in a chunk fetches the chunk beside the main module, once', async () => {
  const server = await serve({ port: 0 });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  const events = [];
  context.on('request', (r) => events.push(['asked', new URL(r.url()).pathname]));
  context.on('requestfinished', (r) => events.push(['arrived', new URL(r.url()).pathname]));
  // The main module arrives slowly, so only a hint in the page can ask for the chunk first.
  await context.route('**/*_bg.wasm', async (route) => {
    await new Promise((ok) => setTimeout(ok, 600));
    await route.continue();
  });
  try {
    // A new visitor's first page: no chunk is hinted, and the chunks follow the main module.
    await page.goto(server.url + '#/');
    await appReady(page);
    assert.equal(await page.locator('link[rel=preload][href*="split_"]').count(), 0, 'no chunk hinted for the home page');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('split_answer.wasm')));
    const mainArrived = events.findIndex(([what, path]) => what === 'arrived' && path.endsWith('_bg.wasm'));
    const answerAsked = events.findIndex(([what, path]) => what === 'asked' && path.endsWith('split_answer.wasm'));
    assert.ok(mainArrived >= 0 && answerAsked > mainArrived, `home: the answer chunk after the main module: ${JSON.stringify(events)}`);

    // A link to the profile form: its chunk is asked for before the main module has arrived.
    events.length = 0;
    await page.goto(server.url + '#/new');
    await page.reload();
    await page.getByLabel('Assessment name').waitFor();
    const asked = events.filter(([what, path]) => what === 'asked' && path.endsWith('split_answer.wasm'));
    assert.equal(asked.length, 1, `the chunk is fetched once: ${JSON.stringify(events)}`);
    const arrived = events.findIndex(([what, path]) => what === 'arrived' && path.endsWith('_bg.wasm'));
    const first = events.findIndex(([what, path]) => what === 'asked' && path.endsWith('split_answer.wasm'));
    assert.ok(first >= 0 && first < arrived, `the chunk is asked for before the main module arrives: ${JSON.stringify(events)}`);
    // The hints name the chunk's files, the part it shares with the other chunk first; a
    // link to a page of the other chunk hints that one's file too, after the answer chunk's,
    // whose code reads storage before any page shows.
    const hinted = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('link[rel=preload][as=fetch]')]
          .map((l) => new URL(l.href).pathname.replace(/^.*-/, ''))
          .filter((f) => !f.endsWith('_bg.wasm')),
      );
    const forAnswer = await hinted();
    assert.equal(forAnswer.length, 2, forAnswer.join(' '));
    assert.match(forAnswer[0], /^chunk_\d+\.wasm$/);
    assert.equal(forAnswer[1], 'split_answer.wasm');
    await page.goto(server.url + '#/how-scores-work');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'How scores work' }).waitFor();
    assert.deepEqual(await hinted(), [...forAnswer, 'split_pages.wasm']);
    // A returning visitor's home page lists their assessments, read by the answer chunk's code.
    await page.evaluate(() => localStorage.setItem('buy-in-check/index', '["gone"]'));
    await page.goto(server.url + '#/');
    await page.reload();
    await appReady(page);
    assert.deepEqual(await hinted(), forAnswer, 'a returning visitor on the home page');
    // Chrome warns a few seconds after load about a hint that went unused or was fetched twice.
    await page.waitForTimeout(4000);
    assert.deepEqual(log.errors, [], 'no uncaught errors');
    const ours = log.console.filter((m) => ['error', 'warning'].includes(m.type) && !/blocked by Playwright/.test(m.text));
    assert.deepEqual(ours, [], 'no console errors or warnings (an unused or doubled hint is one)');
  } finally {
    await context.close();
    await server.close();
  }
});

test('when the answer chunk cannot be fetched, a returning visitor is told their assessments are kept, and Try again brings them and the banners', async () => {
  const server = await serve({ port: 0 });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // One good record and one damaged one: reading storage lists the first and sets the
  // second aside, which a banner (code in the same chunk) reports.
  const record = exportDocument([fullAssessment({ id: 'kept-1', name: 'Kept one' })]).assessments[0];
  await context.addInitScript((rec) => {
    if (localStorage.getItem('buy-in-check/index')) return;
    localStorage.setItem('buy-in-check/a/kept-1', JSON.stringify({ schema: 1, assessment: rec }));
    localStorage.setItem('buy-in-check/a/broken-1', '{"schema":1,');
    localStorage.setItem('buy-in-check/index', '["kept-1","broken-1"]');
  }, record);
  let cut = true;
  let slow = false;
  await context.route('**/*split_answer.wasm', async (route) => {
    if (cut) return route.abort();
    if (slow) await new Promise((ok) => setTimeout(ok, 1500));
    return route.continue();
  });
  try {
    await page.goto(server.url + '#/');
    await appReady(page);
    await page.getByText('Your saved assessments cannot be shown yet (they are still saved in this browser)').waitFor();
    assert.equal(await page.locator('.card').count(), 0);
    // A failure is said once: no "Loading your assessments…" beside it.
    await page.waitForTimeout(600);
    assert.equal(await page.getByText('Loading your assessments…').count(), 0);
    cut = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.card h3', { hasText: 'Kept one' }).waitFor();
    await page.getByText('1 saved record could not be read').waitFor();
    assert.equal(await page.getByText('cannot be shown yet').count(), 0);

    // On a slow link the list is announced as coming, not silently missing.
    slow = true;
    await page.reload();
    await page.getByText('Loading your assessments…').waitFor();
    await page.locator('.card h3', { hasText: 'Kept one' }).waitFor();
    assert.equal(await page.getByText('Loading your assessments…').count(), 0);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a page whose chunk is still on its way gets focus on its heading when it arrives', async () => {
  const server = await serve({ port: 0 });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // The profile form's chunk is slow: "Start" is followed before it has arrived.
  await context.route('**/*split_answer.wasm', async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.continue();
  });
  try {
    await page.goto(server.url + '#/');
    await appReady(page);
    await page.getByRole('link', { name: 'Start a new assessment' }).click();
    // Meanwhile the page is not blank: it says what is happening, and stops saying it.
    const waiting = page.getByRole('status').filter({ hasText: 'Loading this page…' });
    await waiting.waitFor();
    await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
    assert.equal(await waiting.count(), 0, 'the note goes when the page comes');
    await page.waitForFunction(() => document.activeElement?.matches('h1.page-heading'), null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'New assessment');

    // With the chunk here, a page from it comes at once: no note, not even for a moment.
    await page.evaluate(() => {
      window.sawWaiting = false;
      new MutationObserver(() => {
        if (document.querySelector('.waiting-note')) window.sawWaiting = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('link', { name: 'Assessments' }).click();
    await page.getByRole('link', { name: 'Start a new assessment' }).click();
    await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
    await page.waitForTimeout(800);
    assert.equal(await page.evaluate(() => window.sawWaiting), false);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new deploy is offered with a prompt and taken only when the person reloads', async () => {
  const root = copyOfDist();
  const server = await serve({ root, port: 0 });
  const { page, context } = await open(browser, server.url);
  try {
    await waitForController(page);
    const firstCaches = await page.evaluate(() => caches.keys());
    assert.equal(firstCaches.length, 1);

    // Deploy a changed build: a marker in index.html, then the post-build step again.
    const index = join(root, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="deploy" content="second" />\n    <title>'));
    execFileSync('node', ['scripts/post-build.mjs', root]);

    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const banner = page.getByText('A new version of Buy-in Check is ready.');
    await banner.waitFor();
    assert.equal(await page.locator('meta[name=deploy]').count(), 0, 'old version still running until the person chooses');

    assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-update-ready')), 'the news is also marked on the page, for an app still starting');
    // A tab opened now finds the new version waiting as soon as the page has loaded,
    // before the app has started: it is offered there too.
    const second = await context.newPage();
    await second.goto(server.url);
    await appReady(second);
    await second.getByText('A new version of Buy-in Check is ready.').waitFor({ timeout: 5000 });
    await second.close();

    await page.getByRole('button', { name: 'Reload now' }).click();
    await page.waitForFunction(() => document.querySelector('meta[name=deploy]'));
    await appReady(page);
    const caches2 = await page.evaluate(() => caches.keys());
    assert.equal(caches2.length, 1, 'the old cache is deleted');
    assert.notEqual(caches2[0], firstCaches[0], 'the cache name follows the content');
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the built page declares a strict CSP and runs a whole flow without a violation', async () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|\*|https?:/);

  const server = await serve();
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Start a new assessment' }).click();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/step\/1$/);
    await headingChangedFrom(page, 'New assessment');
    for (let step = 1; step <= 13; step++) {
      for (const g of await page.locator('fieldset.likert').all()) {
        const fact = await g.evaluate((f) => f.classList.contains('fact'));
        await g.locator(`input[value="${fact ? 'yes' : '3'}"]`).check();
      }
      const before = (await page.locator('main h1').first().innerText()).trim();
      await page.locator('.step-nav a.primary').click();
      await headingChangedFrom(page, before);
    }
    await page.locator('.step-nav a.primary').click();
    await page.getByRole('link', { name: 'See results' }).click();
    await page.locator('.dimension-table').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    const origin = new URL(server.url).origin;
    assert.ok(requests.length > 3);
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'every request is same-origin');
  } finally {
    await context.close();
    await server.close();
  }
});

test('markup typed into every text field stays inert text', async () => {
  const server = await serve();
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__pwned = undefined;
  });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  const hostile = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 2">',
    '<a href="javascript:window.__pwned=3">click</a>',
    '"><svg onload="window.__pwned=4">',
  ];
  try {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Start a new assessment' }).click();
    await page.getByLabel('Assessment name').fill(hostile[0]);
    await page.getByLabel('Partnership').fill(hostile[1]);
    await page.getByLabel('My organisation').fill(hostile[2]);
    await page.getByLabel('My role').fill(hostile[3]);
    await page.getByLabel('Partner organisations').fill(hostile.join('\n'));
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/step\/1$/);
    await page.locator('#s-shared-value-1 summary').click();
    await page.locator('#note-shared-value-1').fill(hostile[1]);
    await page.locator('#s-shared-value-1 input[value="2"]').check();
    const results = page.url().replace(/step\/1$/, 'results');
    await page.goto(results);
    await page.locator('.dimension-table').waitFor();
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), `Results: ${hostile[0]}`);
    assert.match(await page.locator('main').innerText(), /<img src=x onerror/);
    await page.goto(server.url);
    await page.locator('.card').first().waitFor();
    assert.match(await page.locator('.card').first().innerText(), /<script>window.__pwned = 1<\/script>/);
    assert.equal(await page.locator('main img, main svg[onload], main script, main a[href^="javascript:"]').count(), 0, 'no element was created from input');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assertQuiet(assert, log, new URL(server.url).origin);
  } finally {
    await context.close();
    await server.close();
  }
});
