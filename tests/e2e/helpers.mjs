// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core,
// the release build in dist/ served on loopback, and a record of everything the page
// logged or requested so each test can assert the page stayed quiet and same-origin.

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A scratch folder for one test file's fixtures and downloads, removed when its process
 * exits: a test run must not leave files behind on the machine (CI disks are small). A
 * test file killed by a signal (a timeout) skips exit handlers and may leave it.
 */
export function scratchDir(name) {
  const dir = mkdtempSync(join(tmpdir(), `buyin-${name}-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function serve(options = {}) {
  return startServer({ root: 'dist', ...options });
}

/**
 * One browser and one server of dist/ for a whole test file, started before its first
 * test and closed after its last. Read `env.browser` and `env.server` inside tests.
 */
export function browserAndServer() {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await serve();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Starts a new assessment through the profile form; returns its id once step 1 shows. */
export async function startAssessment(page, baseUrl, name) {
  await page.goto(baseUrl + '#/new');
  await page.getByLabel('Assessment name').fill(name);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/#\/a\/[a-z0-9-]+\/step\/1$/);
  await headingChangedFrom(page, 'New assessment');
  return page.url().match(/#\/a\/([a-z0-9-]+)\//)[1];
}

/**
 * A fresh browser context and page on `url`, with console messages, page errors and
 * requests recorded. `viewport` defaults to a laptop.
 */
export async function open(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  context.on('request', (r) => log.requests.push(r.url()));
  await page.goto(url);
  await appReady(page);
  return { context, page, log };
}

/**
 * Waits until the app has started: its page heading is there and the prerendered welcome
 * (which has a heading too, but no working controls) has been replaced.
 */
export async function appReady(page) {
  await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('main h1'));
}

/** Fails on any page error, console error or warning, or request to another origin. */
export function assertQuiet(assert, log, origin) {
  assert.deepEqual(log.errors, [], 'no uncaught errors');
  const noisy = log.console.filter((m) => m.type === 'error' || m.type === 'warning');
  assert.deepEqual(noisy, [], 'no console errors or warnings');
  const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'no request leaves the origin');
}

/** Presses Tab until the focused element matches `selector` (keyboard-only navigation). */
export async function tabTo(page, selector, { max = 80, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** True when the page scrolls sideways (the phone-width check). */
export function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Saves a screenshot under test-results/ for a person to look at. */
export async function shot(page, name) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

/**
 * Waits until the page heading differs from `previous`: the URL changes at once on
 * navigation, but the new screen renders a moment later.
 */
export async function headingChangedFrom(page, previous) {
  await page.waitForFunction((prev) => {
    const h = document.querySelector('main h1');
    return h && h.textContent.trim() !== prev;
  }, previous);
  return (await page.locator('main h1').first().innerText()).trim();
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page; returns the violations as
 * short strings ("rule: target") so a failing assertion says what and where.
 */
export async function axe(page) {
  const source = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  // Injected through CDP-evaluated script, not a <script> tag, so the page's CSP stays as it is.
  await page.evaluate(source);
  const result = await page.evaluate(async () =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

/** The question bank as the tests see it (`cargo run --example bank_json`). */
export const BANK = JSON.parse(readFileSync(new URL('./fixtures/bank.json', import.meta.url), 'utf8'));

/** Every statement of the bank with its context and dimension ids, in answering order. */
export const STATEMENTS = BANK.contexts.flatMap((c) =>
  c.dimensions.flatMap((d) => d.statements.map((s) => ({ ...s, context: c.id, dimension: d.id }))),
);

/**
 * The answer code a statement takes for an intended agreement `value` ("1".."5",
 * "dont-know", "not-applicable"): a yes/no fact reads 4–5 as "yes", 1–2 as "no" and 3 as
 * "dont-know"; scale statements take the value as it is. Where the statement does not
 * offer Don't know or Not applicable (a statement about oneself), not knowing is
 * answered as disagreeing: "2", or "no" for a fact.
 */
export function fitAnswer(statement, value) {
  const v = String(value);
  const fitted = statement.kind !== 'fact' || !/^[1-5]$/.test(v) ? v : v >= '4' ? 'yes' : v <= '2' ? 'no' : 'dont-know';
  if (statement.offers.includes(fitted)) return fitted;
  return statement.kind === 'fact' ? 'no' : '2';
}

/** A JSON export document of the current format holding `assessments`. */
export function exportDocument(assessments) {
  return { format: 'buy-in-check', version: 2, app_version: 'test', exported_at: 1, assessments: assessments.map((a) => ({ bank_version: BANK.version, created_at: 1, updated_at: 1, ...a })) };
}

/**
 * A complete assessment as a representative would hand it round: every statement
 * answered with middling, mixed answers (a few Don't knows, one "No" to a fact), notes on
 * `notes` statements, a full profile, and a plan of `planItems` items.
 */
/** The fact whose Yes makes the statements about the agreement's contents asked. */
export const AGREEMENT_FACT = STATEMENTS.find((s) => s.kind === 'fact' && /signed a written agreement/.test(s.text)).id;

export function fullAssessment({ id = 'full-report', name = 'Autumn review', notes = 3, planItems = 8 } = {}) {
  const pattern = ['4', '3', '2', '4', '5', '3', 'dont-know', '2', '4', '3', 'not-applicable', '1'];
  const responses = {};
  STATEMENTS.forEach((s, i) => {
    // The signed agreement exists, so the statements about its contents are asked.
    const value = s.id === AGREEMENT_FACT ? 'yes' : fitAnswer(s, pattern[i % pattern.length]);
    responses[s.id] = { answer: value, changed_at: 1 };
  });
  const noteTexts = [
    'Agreed in principle at the March board, but nobody has written it down.',
    'Our finance lead has not seen the partnership budget; I will ask her in the next team meeting.',
    'Depends on who replaces Sam in the spring; the handover is not planned yet.',
    'The volunteers say they were never asked; worth raising at the steering group.',
  ];
  STATEMENTS.filter((s) => s.kind !== 'fact').slice(0, notes).forEach((s, i) => {
    responses[s.id] = { ...responses[s.id], note: noteTexts[i % noteTexts.length], note_changed_at: 1 };
  });
  const statuses = ['planned', 'doing', 'done'];
  const owners = ['Priya (City Council)', 'Me', 'Tom, Health Trust', 'Steering group'];
  const actions = Array.from({ length: planItems }, (_, i) => ({
    id: `item-${i + 1}`,
    text: `Action ${i + 1}: agree with the partners who takes this forward, write it in the minutes and check it at the next meeting`,
    owner: owners[i % owners.length],
    due: `2027-0${(i % 9) + 1}-15`,
    status: statuses[i % statuses.length],
  }));
  return {
    id,
    profile: {
      name,
      partnership: 'River Care Alliance',
      organisation: 'Health Trust',
      role: 'Partnership lead',
      partners: ['City Council', 'River Rescue Volunteers', 'Riverside Schools Trust'],
      date: '2026-11-20',
      stage: 'delivering',
    },
    responses,
    warning_signs: ['fence-sitting'],
    actions,
  };
}
