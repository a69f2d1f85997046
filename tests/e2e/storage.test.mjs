// Local storage as it fails in ordinary life, seen as a person sees it: damaged and
// newer records, two tabs, blocked storage, a full quota; plus managing the list.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAndServer, scratchDir, startAssessment, open, assertQuiet, headingChangedFrom, STATEMENTS, BANK, fitAnswer, exportDocument, fullAssessment, appReady } from './helpers.mjs';

const work = scratchDir('storage');

const env = browserAndServer();


test('a damaged record is set aside, listed and downloadable; the others still load', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await startAssessment(page, env.server.url, 'Good one');
  await page.evaluate(() => localStorage.setItem('buy-in-check/a/broken-1', '{"schema":1,"assessment":{"id":"broken-1",'));
  await page.reload();
  await page.getByText('1 saved record could not be read').waitFor();
  await page.goto(env.server.url);
  await page.reload();
  await page.getByText('1 saved record could not be read').waitFor();
  assert.equal(await page.locator('.card h3').innerText(), 'Good one');
  const q = page.locator('.quarantine');
  assert.match(await q.innerText(), /buy-in-check\/quarantine\/broken-1/);
  assert.match(await q.innerText(), /not valid JSON/);
  const kept = await page.evaluate(() => localStorage.getItem('buy-in-check/quarantine/broken-1'));
  assert.equal(kept, '{"schema":1,"assessment":{"id":"broken-1",');
  const [file] = await Promise.all([page.waitForEvent('download'), q.getByRole('button', { name: 'Download the raw text' }).click()]);
  assert.equal(readFileSync(await file.path(), 'utf8'), kept);
  // Discarding needs a confirmation, then the record is gone for good.
  await q.getByRole('button', { name: 'Discard…' }).click();
  await q.getByRole('button', { name: 'Keep it' }).click();
  assert.ok(await page.evaluate(() => localStorage.getItem('buy-in-check/quarantine/broken-1')));
  await q.getByRole('button', { name: 'Discard…' }).click();
  await q.getByRole('button', { name: 'Delete it' }).click();
  await q.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => localStorage.getItem('buy-in-check/quarantine/broken-1')), null);
  assert.equal(await page.locator('.card h3').innerText(), 'Good one');
  const noisy = log.console.filter((m) => m.type === 'error');
  assert.deepEqual(noisy, []);
  await context.close();
});

test('a record edited to hold what an import refuses is set aside with the same reason, not shown', async () => {
  // Edited with the browser's tools: shown as it was, its own export would be refused.
  const { page, log, context } = await open(env.browser, env.server.url);
  const id = await startAssessment(page, env.server.url, 'Edited by hand');
  await page.evaluate((key) => {
    const record = JSON.parse(localStorage.getItem(key));
    record.assessment.responses['mandate-1'] = { answer: 'yes', note: '', changed_at: Date.now() };
    localStorage.setItem(key, JSON.stringify(record));
  }, `buy-in-check/a/${id}`);
  await page.goto(env.server.url);
  await page.reload();
  await page.getByText('1 saved record could not be read').waitFor();
  assert.equal(await page.locator('.card', { hasText: 'Edited by hand' }).count(), 0);
  const q = page.locator('.quarantine');
  assert.match(await q.innerText(), /cannot be used as it is: the answer "yes" to mandate-1 does not fit that statement/);
  assert.match(await page.evaluate((k) => localStorage.getItem(k), `buy-in-check/quarantine/${id}`), /"answer":"yes"/);
  assertQuiet(assert, log, env.server.url);
  await context.close();
});

test('a record from a newer version is shown read-only and never overwritten', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const raw = JSON.stringify({
    schema: 7,
    assessment: { id: 'future-1', bank_version: 3, profile: { name: 'From a newer app' }, responses: { 'mandate-1': { answer: '5', changed_at: 5 } }, created_at: 1, updated_at: 5 },
  });
  await page.evaluate((r) => localStorage.setItem('buy-in-check/a/future-1', r), raw);
  await page.reload();
  const card = page.locator('.card', { hasText: 'From a newer app' });
  await card.waitFor();
  assert.match(await card.innerText(), /Read-only/);
  assert.equal(await card.getByRole('link', { name: /Continue|Start/ }).count(), 0);
  assert.equal(await card.getByRole('button', { name: 'Delete' }).count(), 0);
  await card.getByRole('link', { name: 'Results' }).click();
  await page.getByText('shown read-only, so this version never overwrites it').waitFor();
  assert.equal(await page.locator('.plan-items').count(), 0, 'no editing');
  assert.equal(await page.getByRole('link', { name: 'See what is missing' }).count(), 0, 'no way round to a page it cannot open');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  assert.equal(await page.evaluate(() => localStorage.getItem('buy-in-check/a/future-1')), raw);
  // A link to one of its steps or its review (a bookmark, another tab) says why it cannot
  // be edited here, not that it may have been deleted.
  for (const route of ['step/1', 'review']) {
    await page.goto(`${env.server.url}#/a/future-1/${route}`);
    await page.getByRole('heading', { level: 1, name: 'Shown read-only' }).waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /deleted/);
  }
  await page.getByRole('link', { name: 'See its results' }).click();
  await page.getByText('shown read-only, so this version never overwrites it').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('buy-in-check/a/future-1')), raw);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('two tabs: a change in one appears in the other, and answers from both are kept', async () => {
  const context = await env.browser.newContext();
  const a = await context.newPage();
  await a.goto(env.server.url);
  const id = await startAssessment(a, env.server.url, 'Two tabs');
  const b = await context.newPage();
  await b.goto(`${env.server.url}#/a/${id}/step/1`);
  await b.locator('fieldset.likert').first().waitFor();

  await a.locator('#s-shared-value-1 input[value="5"]').check();
  await b.waitForFunction(() => document.querySelector('#s-shared-value-1 input[value="5"]')?.checked);
  await b.locator('#s-shared-value-2 input[value="2"]').check();
  await a.waitForFunction(() => document.querySelector('#s-shared-value-2 input[value="2"]')?.checked);
  assert.ok(await a.locator('#s-shared-value-1 input[value="5"]').isChecked(), 'tab A keeps its own answer');
  assert.equal(await a.locator('.progress-count').innerText(), `2 of ${STATEMENTS.length} answered`);

  const c = await context.newPage();
  await c.goto(`${env.server.url}#/a/${id}/step/1`);
  await c.locator('fieldset.likert').first().waitFor();
  assert.ok(await c.locator('#s-shared-value-1 input[value="5"]').isChecked());
  assert.ok(await c.locator('#s-shared-value-2 input[value="2"]').isChecked());
  await context.close();
});

test('an answer is saved after the frame that shows it, or at once when the page is hidden or left', async () => {
  const { page, context, log } = await open(env.browser, env.server.url);
  const id = await startAssessment(page, env.server.url, 'Leaving');
  await page.locator('#s-shared-value-2').waitFor();
  // Everything in one task, so no frame is drawn between the clicks, the events and the
  // reads of storage.
  const seen = await page.evaluate((key) => {
    const stored = (sid) => JSON.parse(localStorage.getItem(key)).assessment.responses[sid]?.answer ?? null;
    document.querySelector('#s-shared-value-1 input[value="4"]').click();
    const shown = document.querySelector('#s-shared-value-1 input[value="4"]').checked;
    const beforeFrame = stored('shared-value-1');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const left = stored('shared-value-1');
    document.querySelector('#s-shared-value-2 input[value="2"]').click();
    // Fired at the document, as the browser does.
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    const hidden = stored('shared-value-2');
    return { shown, beforeFrame, left, hidden };
  }, `buy-in-check/a/${id}`);
  assert.deepEqual(seen, { shown: true, beforeFrame: null, left: '4', hidden: '2' });
  // Without either event, the next frame brings the save.
  await page.locator('#s-shared-value-6 input[value="3"]').check();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).assessment.responses['shared-value-6']?.answer === '3', `buy-in-check/a/${id}`);
  assertQuiet(assert, log, env.server.url);
  await context.close();
});

test('two tabs answering in the same instant: both answers are kept, every time', async () => {
  const context = await env.browser.newContext();
  const a = await context.newPage();
  await a.goto(env.server.url);
  const id = await startAssessment(a, env.server.url, 'Same tick');
  const b = await context.newPage();
  await b.goto(`${env.server.url}#/a/${id}/step/1`);
  await b.locator('fieldset.likert').first().waitFor();
  // Each round, both tabs choose an answer at the same planned moment (a timer in each
  // page aimed at one clock time), A in the first statement of a step, B in the second.
  const steps = BANK.contexts.flatMap((c) => c.dimensions).slice(0, 10);
  // A fact takes Yes rather than 5 (a Yes keeps the statements it gates asked).
  const first = (d) => fitAnswer(d.statements[0], '5');
  const second = (d) => fitAnswer(d.statements[1], '2');
  const pick = (page, statement, value, at) =>
    page.evaluate(([sid, v, when]) => new Promise((done) => {
      setTimeout(() => { try { document.querySelector(`#s-${sid} input[value="${v}"]`).click(); } finally { done(); } }, Math.max(0, when - Date.now()));
    }), [statement, value, at]);
  for (const [n, d] of steps.entries()) {
    for (const page of [a, b]) {
      await page.goto(`${env.server.url}#/a/${id}/step/${n + 1}`);
      await page.locator(`#s-${d.statements[1].id}`).waitFor();
    }
    const at = Date.now() + 150;
    await Promise.all([pick(a, d.statements[0].id, first(d), at), pick(b, d.statements[1].id, second(d), at)]);
  }
  // Once the tabs settle, storage holds all twenty answers, and so does each screen. A
  // write that raced the other tab's is repaired a moment later (each save is read back
  // and merged again, a few rounds at most): so this waits for the repair, up to five
  // seconds, rather than a fixed 300 ms that a busy machine outran (one run read storage
  // between a lost write and its repair).
  const expected = steps.flatMap((d) => [[d.statements[0].id, first(d)], [d.statements[1].id, second(d)]]);
  const missing = () => a.evaluate(([key, want]) => {
    const stored = JSON.parse(localStorage.getItem(key)).assessment.responses;
    return want.filter(([sid, v]) => stored[sid]?.answer !== v);
  }, [`buy-in-check/a/${id}`, expected]);
  let lost = await missing();
  for (let waited = 0; lost.length > 0 && waited < 5000; waited += 100) {
    await a.waitForTimeout(100);
    lost = await missing();
  }
  assert.deepEqual(lost, [], 'no answer lost to a simultaneous save');
  for (const page of [a, b]) {
    await page.waitForFunction((n) => document.querySelector('.progress-count')?.textContent.startsWith(`${n} of`), 20);
  }
  await context.close();
});

test('blocked storage: a banner says answers will not be kept, and everything else works', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.server.url);
  await page.getByText('Answers will not be kept.').waitFor();
  await startAssessment(page, env.server.url, 'In memory');
  await page.locator('#s-shared-value-1 input[value="4"]').check();
  assert.equal(await page.locator('.saved-note').innerText(), 'Kept in this tab only');
  await page.goto(page.url().replace(/step\/1$/, 'results'));
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const doc = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.equal(doc.assessments[0].responses['shared-value-1'].answer, '4');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full quota: the person is told, the change stays on screen, the last save stays intact', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__full && key.startsWith('buy-in-check/a/')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return real.call(this, key, value);
    };
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await startAssessment(page, env.server.url, 'Full quota');
  await page.locator('#s-shared-value-1 input[value="4"]').check();
  await page.evaluate(() => (window.__full = true));
  await page.locator('#s-shared-value-2 input[value="1"]').check();
  const alert = page.locator('.save-failed');
  await alert.waitFor();
  assert.match(await alert.innerText(), /storage is full/);
  assert.match(await alert.innerText(), /Export/);
  assert.ok(await page.locator('#s-shared-value-2 input[value="1"]').isChecked(), 'the change stays on screen');
  assert.equal(await page.locator('.saved-note').innerText(), 'Not saved');

  await page.reload();
  await page.locator('fieldset.likert').first().waitFor();
  assert.ok(await page.locator('#s-shared-value-1 input[value="4"]').isChecked(), 'the last save is intact');
  assert.equal(await page.locator('#s-shared-value-2 input:checked').count(), 0);
  await context.close();
});

test('the reminder on the home page downloads a copy, and then goes away', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await startAssessment(page, env.server.url, 'Keep me');
  await page.locator('#s-shared-value-1 input[value="4"]').check();
  await page.goto(env.server.url + '#/');
  const card = page.locator('.card', { hasText: 'Keep me' });
  await card.getByText('This browser may clear stored data after a while.').waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download a copy' }).click()]);
  assert.match(file.suggestedFilename(), /^buy-in-check-keep-me.*\.json$/);
  const doc = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.equal(doc.assessments[0].profile.name, 'Keep me');
  assert.equal(doc.assessments[0].responses['shared-value-1'].answer, '4');
  await card.getByText('This browser may clear stored data after a while.').waitFor({ state: 'detached' });
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('rename, duplicate, and delete with confirmation and undo', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const id = await startAssessment(page, env.server.url, 'Original');
  await page.locator('#s-shared-value-1 input[value="3"]').check();
  // An answer about the past year, which a copy made to assess again leaves blank.
  const dims = BANK.contexts.flatMap((c) => c.dimensions);
  await page.goto(`${env.server.url}#/a/${id}/step/${dims.findIndex((d) => d.id === 'visibility') + 1}`);
  await page.locator('#s-visibility-staff-meeting input[value="yes"]').check();
  await page.goto(env.server.url);
  const card = page.locator('.card').first();
  await card.getByRole('button', { name: 'Rename' }).click();
  await card.getByLabel('New name').fill('Renamed');
  await card.getByRole('button', { name: 'Save name' }).click();
  await page.locator('.card h3', { hasText: 'Renamed' }).waitFor();

  // Duplicate asks for the copy's name, proposes one dated today, and opens the copy.
  await page.locator('.card').first().getByRole('button', { name: 'Duplicate' }).click();
  const nameField = page.getByLabel('Name of the copy');
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('copy-'));
  const proposed = await nameField.inputValue();
  assert.match(proposed, /^Renamed – \d{4}-\d{2}-\d{2}$/);
  const today = proposed.slice('Renamed – '.length);
  assert.equal(
    await page.locator('.card .hint').innerText(),
    'The copy keeps every answer, note and action, and is dated today. Its answer about the past year is left for you to give again. Change what has moved since.',
  );
  await page.getByRole('button', { name: 'Make the copy' }).click();
  await page.waitForURL(/#\/a\/[a-z0-9-]+\/step\/1$/);
  await headingChangedFrom(page, 'Your assessments');
  const copyId = page.url().match(/#\/a\/([a-z0-9-]+)\//)[1];
  await page.goto(`${env.server.url}#/a/${copyId}/profile`);
  await page.getByLabel('Date').waitFor();
  assert.equal(await page.getByLabel('Date').inputValue(), today, 'the copy is dated today');
  await page.goto(env.server.url);
  const copy = page.locator('.card', { hasText: proposed });
  await copy.waitFor();
  assert.match(await copy.innerText(), new RegExp(`1 of ${STATEMENTS.length} answered`), 'the past year is asked again');
  assert.match(await page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Renamed', exact: true }) }).innerText(), new RegExp(`2 of ${STATEMENTS.length} answered`), 'the original keeps it');
  // A copy of the copy does not pile up marks: the same base, numbered.
  await copy.getByRole('button', { name: 'Duplicate' }).click();
  assert.equal(await page.getByLabel('Name of the copy').inputValue(), `${proposed} (2)`);
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.locator('.card').count(), 2, 'cancel makes no copy');

  await copy.getByRole('button', { name: 'Delete' }).click();
  await copy.getByRole('button', { name: 'Keep' }).click();
  assert.equal(await page.locator('.card').count(), 2);
  await copy.getByRole('button', { name: 'Delete' }).click();
  await copy.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByText(`Deleted “${proposed}”.`).waitFor();
  assert.equal(await page.locator('.card').count(), 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.card h3', { hasText: proposed }).waitFor();
  await page.reload();
  // The cards come once the app has read storage, a few tasks after the page has loaded.
  await page.locator('.card').nth(1).waitFor();
  assert.deepEqual((await page.locator('.card h3').allInnerTexts()).sort(), ['Renamed', proposed]);

  // A finished assessment's card opens its results; it has no "Continue" back to step 1.
  const file = join(work, 'finished.json');
  writeFileSync(file, JSON.stringify(exportDocument([fullAssessment({ id: 'finished-1', name: 'All answered' })])));
  await page.locator('input[type=file]').setInputFiles(file);
  const finished = page.locator('.card', { hasText: 'All answered' });
  await finished.waitFor();
  assert.deepEqual(await finished.locator('.card-actions a').allInnerTexts(), ['Results', 'Review answers']);
  assert.equal(await finished.locator('h3 a').getAttribute('href'), '#/a/finished-1/results');
  assert.deepEqual(await page.locator('.card', { hasText: 'Renamed' }).first().locator('.card-actions a').allInnerTexts(), ['Continue', 'Results']);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

for (const [where, full] of [
  // Room for one record only: the second of an import hits a full quota.
  ['the second record', (key, n) => key.startsWith('buy-in-check/a/') && n.records > 1],
  // The first record fits, its index entry does not.
  ['the index', (key, n) => key === 'buy-in-check/index' && n.records >= 1],
]) test(`an import that storage cannot hold whole (full at ${where}) is not imported at all, and says so`, async () => {
  const context = await env.browser.newContext();
  await context.addInitScript((source) => {
    const full = new Function('return ' + source)();
    const real = Storage.prototype.setItem;
    const n = { records: 0 };
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('buy-in-check/a/')) n.records += 1;
      if (full(key, n)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  }, full.toString());
  const page = await context.newPage();
  await page.goto(env.server.url);
  await appReady(page);
  const doc = {
    format: 'buy-in-check', version: 2, app_version: 'test', exported_at: 1,
    assessments: ['one', 'two'].map((id) => ({ id: `imp-${id}`, bank_version: 2, profile: { name: `Import ${id}` }, created_at: 1, updated_at: 1 })),
  };
  const path = join(work, 'partial.json');
  writeFileSync(path, JSON.stringify(doc));
  await page.locator('input[type=file]').setInputFiles(path);
  const message = page.locator('.import-error');
  await message.waitFor();
  assert.match(await message.innerText(), /^Nothing was imported: the browser's storage is full/);
  assert.equal(await page.locator('.card').count(), 0, 'nothing shown as imported');
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('.card').count(), 0, 'and nothing half-stored');
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('buy-in-check/a/')).length), 0);
  await context.close();
});

test('storage full at start-up: every record is still shown, with what is wrong and how to free space, and export works', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url);
  await startAssessment(page, env.server.url, 'Kept through a full quota');
  await page.locator('#s-shared-value-1 input[value="4"]').check();
  await page.locator('.saved-note', { hasText: 'Saved in this browser' }).waitFor();
  // From now on the quota is full: every write throws, reads still work.
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(env.server.url);
  await page.reload();
  const card = page.locator('.card', { hasText: 'Kept through a full quota' });
  await card.waitFor();
  const banner = page.locator('.storage-full');
  assert.match(await banner.innerText(), /storage is full/);
  assert.match(await banner.innerText(), /Export what you want to keep, then delete/);
  assert.equal(await page.getByText('Answers will not be kept.').count(), 0, 'not mistaken for private browsing');
  await card.getByRole('link', { name: 'Results' }).click();
  await page.locator('.dimension-table').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(doc.assessments[0].responses['shared-value-1'].answer, '4');
  await context.close();
});

test('deleted in one tab while open in another: the other tab says so, and can keep its copy', async () => {
  const context = await env.browser.newContext();
  const a = await context.newPage();
  await a.goto(env.server.url);
  const id = await startAssessment(a, env.server.url, 'Deleted elsewhere');
  await a.locator('#s-shared-value-1 input[value="3"]').check();
  const b = await context.newPage();
  await b.goto(`${env.server.url}#/a/${id}/step/1`);
  await b.locator('#s-shared-value-1 input[value="3"]').waitFor();

  await a.goto(env.server.url);
  const card = a.locator('.card', { hasText: 'Deleted elsewhere' });
  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await a.getByRole('button', { name: 'Undo' }).waitFor();

  const banner = b.locator('.deleted-elsewhere');
  await banner.waitFor();
  assert.match(await banner.innerText(), /“Deleted elsewhere” was deleted in another tab/);
  assert.equal(await a.evaluate((k) => localStorage.getItem(k), `buy-in-check/a/${id}`), null, 'really deleted');
  // A change made after the delete shows, is said not to be saved, and is kept with the copy.
  await b.locator('#s-shared-value-2 input[value="5"]').check();
  assert.ok(await b.locator('#s-shared-value-2 input[value="5"]').isChecked());
  await b.locator('.save-failed', { hasText: 'deleted in another tab' }).waitFor();
  await banner.getByRole('button', { name: 'Keep my copy' }).click();
  await b.waitForFunction((k) => localStorage.getItem(k) !== null, `buy-in-check/a/${id}`);
  const kept = JSON.parse(await b.evaluate((k) => localStorage.getItem(k), `buy-in-check/a/${id}`));
  assert.equal(kept.assessment.responses['shared-value-1'].answer, '3', 'the copy is stored again');
  assert.equal(kept.assessment.responses['shared-value-2'].answer, '5', 'with the change made after the delete');
  await context.close();
});
