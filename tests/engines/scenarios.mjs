// What a partner representative does, written once and run in every engine (see
// drivers.mjs). Each scenario takes a driver and the app's URL and throws, naming the
// engine, when the app does not behave. The page is reached only through `d.run`, so a
// scenario is plain DOM: what any browser offers.

import assert from 'node:assert/strict';
import { BANK } from '../e2e/helpers.mjs';

const DIMENSION_STEPS = BANK.contexts.reduce((n, c) => n + c.dimensions.length, 0);
const STATEMENT_COUNT = BANK.contexts.flatMap((c) => c.dimensions.flatMap((d) => d.statements)).length;

/** Polls `fn` in the page until it returns something truthy; returns that. */
export async function until(d, what, fn, ...args) {
  const end = Date.now() + 20_000;
  for (;;) {
    const value = await d.run(fn, ...args).catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`${d.name}: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Records, in the page, uncaught errors, rejected promises, console errors and CSP
 * violations, so each scenario can end with "the page stayed quiet" in every engine
 * (only Chromium and Firefox report the console to the driver).
 */
function trap() {
  if (window.__trapped) return true;
  window.__trapped = [];
  addEventListener('error', (e) => window.__trapped.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.__trapped.push(`rejection: ${e.reason?.message ?? e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => window.__trapped.push(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  const error = console.error;
  console.error = (...a) => {
    window.__trapped.push(`console: ${a.join(' ')}`);
    error.apply(console, a);
  };
  return true;
}

async function open(d, url) {
  await d.goto(url);
  // The app has started: its heading is there and the prerendered welcome is gone.
  await until(d, 'the app to start', () => !document.getElementById('boot') && !!document.querySelector('main h1'));
  await d.run(trap);
}

async function assertQuiet(d) {
  assert.deepEqual(await d.run(() => window.__trapped ?? []), [], `${d.name}: the page logged no error and broke no CSP rule`);
}

function clickText(selector, text) {
  const el = [...document.querySelectorAll(selector)].find((e) => e.textContent.trim().startsWith(text));
  if (!el) return false;
  el.click();
  return true;
}

/** Profile → every step → review → results, then a reload of the results. Returns the id. */
export async function newUserFlow(d, url) {
  await open(d, url + '#/new');
  await d.run((name) => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Assessment name');
    const field = document.getElementById(label.htmlFor);
    // The native setter, then an input event: what typing does, in any engine.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(field, name);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, `${d.name} run`);
  assert.ok(await d.run(clickText, 'button', 'Start the assessment'), `${d.name}: the start button`);
  await until(d, 'step 1', () => /\/step\/1$/.test(location.hash) && document.querySelectorAll('fieldset.likert input').length > 0);
  const id = await d.run(() => location.hash.match(/#\/a\/([a-z0-9-]+)\//)[1]);
  for (let step = 1; step <= DIMENSION_STEPS; step++) {
    await until(d, `step ${step}`, (n) => location.hash.endsWith(`/step/${n}`) && document.querySelectorAll('fieldset.likert input').length > 0, step);
    // Agree with every statement; a fact takes Yes (so the statements it gates are asked).
    await d.run(() => {
      for (const f of document.querySelectorAll('fieldset.likert')) {
        (f.querySelector('input[value="yes"]') ?? f.querySelector('input[value="4"]'))?.click();
      }
    });
    // Statements asked after a Yes appear a moment later: answer those too.
    await until(d, `every statement of step ${step} answered`, () => {
      const open = [...document.querySelectorAll('fieldset.likert')].filter((f) => f.querySelector('input') && !f.querySelector('input:checked'));
      open.forEach((f) => (f.querySelector('input[value="yes"]') ?? f.querySelector('input[value="4"]'))?.click());
      return open.length === 0;
    });
    await d.run(() => document.querySelector('.step-nav a.primary').click());
  }
  await until(d, 'the warning signs step', () => (document.querySelector('main h1')?.textContent.trim() ?? '') === 'Warning signs');
  await d.run(() => document.querySelector('.step-nav a.primary').click());
  await until(d, 'the review', () => document.querySelector('main h1')?.textContent.trim() === 'Review your answers');
  const review = await d.run(() => ({
    answered: document.querySelectorAll('.review-answer.answered').length,
    missing: document.querySelectorAll('.review-answer.unanswered').length,
  }));
  assert.deepEqual(review, { answered: STATEMENT_COUNT, missing: 0 }, `${d.name}: the review lists every answer`);
  assert.ok(await d.run(clickText, 'main a', 'See results'), `${d.name}: the results link`);
  await until(d, 'the results', () => document.querySelectorAll('.context-card').length === 2);
  const cards = await d.run(() => [...document.querySelectorAll('.context-card .big-score')].map((c) => c.textContent));
  // Hand-computed from the figures shown: between, five dimensions at 4, the agreement's
  // (5 + 3·4)/4 and the connections' (4 + 4 + 5)/3 at 4.3, mean 4.09 → 4.1; within,
  // mandate and capacity 4, support 13/3, visibility 13/3, continuity 17/4 (each 4.3) and
  // valued as core business 18/4 = 4.5 (two Yes facts), mean 4.23 → 4.2.
  assert.deepEqual(cards, ['4.1 / 5', '4.2 / 5'], `${d.name}: the scores of "agree" to every statement and Yes to every fact`);
  await d.reload();
  await until(d, 'the results after a reload', () => document.querySelectorAll('.context-card').length === 2);
  await d.run(trap);
  assert.deepEqual(await d.run(() => [...document.querySelectorAll('.context-card .big-score')].map((c) => c.textContent)), cards, `${d.name}: the answers were kept across a reload`);
  await assertQuiet(d);
  return id;
}

/** On a step: the next step, Back, Forward, and a reload keep the place and the answers. */
export async function historyAndReload(d, url, id) {
  await open(d, `${url}#/a/${id}/step/1`);
  const first = await until(d, 'step 1', () => document.querySelectorAll('fieldset.likert input:checked').length > 0 && (document.querySelector('main h1')?.textContent.trim() ?? ''));
  await d.run(() => document.querySelector('.step-nav a.primary').click());
  const second = await until(d, 'step 2', (h) => location.hash.endsWith('/step/2') && (document.querySelector('main h1')?.textContent.trim() ?? '') !== h && (document.querySelector('main h1')?.textContent.trim() ?? ''), first);
  await d.run(() => history.back());
  await until(d, 'Back to step 1', (h) => location.hash.endsWith('/step/1') && (document.querySelector('main h1')?.textContent.trim() ?? '') === h, first);
  await d.run(() => history.forward());
  await until(d, 'Forward to step 2', (h) => location.hash.endsWith('/step/2') && (document.querySelector('main h1')?.textContent.trim() ?? '') === h, second);
  await d.reload();
  await until(d, 'step 2 after a reload', (h) => (document.querySelector('main h1')?.textContent.trim() ?? '') === h, second);
  await d.run(trap);
  const checked = await d.run(() => [...document.querySelectorAll('fieldset.likert')].every((f) => f.querySelector('input:checked')));
  assert.ok(checked, `${d.name}: every answer of step 2 is still chosen after a reload`);
  await assertQuiet(d);
}

/**
 * Offline after the first visit: the service worker controls the page and holds every
 * file of the build. (Cutting the network itself is tested in Chromium only, in
 * tests/e2e/offline.test.mjs: neither the Firefox nor the WebKit driver can take a
 * service worker's own requests offline.)
 */
export async function offlineReady(d, url) {
  await open(d, url);
  assert.ok(await d.run(async () => !!(await navigator.serviceWorker.ready).active), `${d.name}: a service worker is active`);
  await d.reload();
  await until(d, 'the service worker to control the page', () => !!navigator.serviceWorker.controller);
  const cached = await until(d, 'the cache to fill', async () => {
    const urls = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return urls.filter((u) => u.endsWith('.wasm')).length >= 2 && urls;
  });
  assert.ok(cached.some((u) => new URL(u).pathname === '/'), `${d.name}: the page itself is cached`);
}

/**
 * The JSON the app makes restores the assessment in the same engine. The file is taken
 * from the blob the app hands to the browser, and given back through the file input, as
 * a person choosing it would: download folders differ by engine, the app's code does not.
 */
export async function exportAndImport(d, url, id) {
  await open(d, `${url}#/a/${id}/results`);
  await until(d, 'the export buttons', () => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Download JSON'));
  const text = await d.run(async () => {
    const made = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      made.push(blob);
      return create.call(URL, blob);
    };
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Download JSON').click();
    URL.createObjectURL = create;
    return made.length === 1 ? made[0].text() : null;
  });
  const doc = JSON.parse(text);
  assert.equal(doc.format, 'buy-in-check', `${d.name}: a Buy-in Check file`);
  assert.equal(doc.assessments[0].id, id, `${d.name}: it holds this assessment`);
  await open(d, url);
  await d.run((json) => {
    const input = document.querySelector('input[type=file]');
    const files = new DataTransfer();
    files.items.add(new File([json], 'assessment.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  await until(d, 'the import message', () => document.body.textContent.includes('Imported 1 assessment.'));
  const titles = await d.run(() => [...document.querySelectorAll('.card h3')].map((h) => h.textContent.trim()));
  assert.ok(titles.includes(`${doc.assessments[0].profile.name} (imported copy)`), `${d.name}: imported beside the original: ${titles}`);
  await assertQuiet(d);
}

/**
 * The print style sheet: on paper the results page is its report alone. No driver here
 * can emulate print media in Firefox or WebKit, so the page's own print rules are switched
 * on for screen (and its screen-only rules off), which runs the same CSS in each engine.
 */
export async function printedReport(d, url, id) {
  await open(d, `${url}#/a/${id}/results`);
  await until(d, 'the report', () => !!document.querySelector('.report'));
  const paper = await d.run(() => {
    const flip = (rules) => {
      for (const r of rules) {
        if (r instanceof CSSMediaRule) {
          const m = r.media.mediaText;
          if (/\bprint\b/.test(m)) r.media.mediaText = m.replace(/\bprint\b/g, 'all');
          else if (/\bscreen\b/.test(m)) r.media.mediaText = 'not all';
        }
        if (r.cssRules) flip(r.cssRules);
      }
    };
    for (const sheet of document.styleSheets) flip(sheet.cssRules);
    const shown = (e) => getComputedStyle(e).display !== 'none';
    return {
      report: shown(document.querySelector('.report')),
      screenParts: [...document.querySelectorAll('.results > :not(.report)')].filter(shown).map((e) => e.className || e.tagName),
      header: shown(document.querySelector('.app-header')),
      rows: document.querySelectorAll('.report-dimensions tbody tr:not(.report-group)').length,
    };
  });
  assert.deepEqual(paper, { report: true, screenParts: [], header: false, rows: DIMENSION_STEPS }, `${d.name}: the printed page is the report alone`);
  await d.reload();
}

/** At 360 px wide no screen scrolls sideways. */
export async function phoneWidth(d, url, id) {
  await d.setSize(360, 740);
  for (const hash of ['#/', '#/new', `#/a/${id}/step/1`, `#/a/${id}/review`, `#/a/${id}/results`]) {
    await open(d, url + hash);
    await until(d, `${hash} drawn`, () => document.querySelector('main h1') && document.fonts.status === 'loaded');
    const size = await d.run(() => ({ inner: innerWidth, scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(size.inner <= 370, `${d.name}: the window is phone-sized (${size.inner} px)`);
    assert.ok(size.scroll <= size.client, `${d.name}: ${hash} scrolls sideways at ${size.inner} px (${size.scroll} > ${size.client})`);
  }
  await d.setSize(1280, 900);
}
