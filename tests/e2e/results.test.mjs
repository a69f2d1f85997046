// Results, the action plan, and exports as a representative uses them: real downloads,
// a re-import into a fresh browser profile, refused files, and the printed report.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserAndServer, open, assertQuiet, headingChangedFrom, shot, STATEMENTS, BANK, fitAnswer } from './helpers.mjs';

const env = browserAndServer();
const work = mkdtempSync(join(tmpdir(), 'buyin-e2e-'));


/** Makes an assessment through the UI with a fixed pattern of answers; returns its id. */
async function makeAssessment(page, name) {
  await page.goto(env.server.url + '#/new');
  await page.getByLabel('Assessment name').fill(name);
  await page.getByLabel('Partnership').fill('River Care Alliance');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/step\/1$/);
  let title = await headingChangedFrom(page, 'New assessment');
  const id = page.url().match(/#\/a\/([a-z0-9-]+)\//)[1];
  const pattern = ['5', '2', '4', 'dont-know', '3', 'not-applicable', '1'];
  let k = 0;
  const dimensionSteps = BANK.contexts.reduce((n, c) => n + c.dimensions.length, 0);
  for (let step = 1; step <= dimensionSteps; step++) {
    // One statement at a time, by id: a "No" to a fact removes the statements it gates.
    const ids = await page.locator('fieldset.likert').evaluateAll((fs) => fs.map((f) => f.id.slice(2)));
    for (const sid of ids) {
      const g = page.locator(`#s-${sid}`);
      if ((await g.locator('input').count()) === 0) continue;
      const statement = STATEMENTS.find((s) => s.id === sid);
      await g.locator(`input[value="${fitAnswer(statement, pattern[k++ % pattern.length])}"]`).check();
    }
    await page.locator('.step-nav a.primary').click();
    title = await headingChangedFrom(page, title);
  }
  await page.locator('input[type=checkbox]').first().check();
  await page.goto(`${env.server.url}#/a/${id}/results`);
  await page.locator('.dimension-table').waitFor();
  return id;
}

/** The visible results as text, for comparing two browsers. */
async function resultsText(page) {
  await page.locator('.dimension-table').waitFor();
  return {
    cards: await page.locator('.context-card').allInnerTexts(),
    table: await page.locator('.dimension-table').innerText(),
    findings: await page.locator('.findings').innerText(),
    plan: await page.locator('.plan-items textarea').evaluateAll((t) => t.map((x) => x.value)),
    owners: await page.locator('.plan-items input[type=text]').evaluateAll((t) => t.map((x) => x.value)),
  };
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

test('results show charts, findings and a plan that is seeded, edited and kept', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const id = await makeAssessment(page, 'Plan run');
  assert.equal(await page.locator('svg.chart[role=img]').count(), 1);
  assert.match(await page.locator('svg.chart').getAttribute('aria-label'), /Shared value/);
  assert.equal(await page.locator('svg.context-map').count(), 1);
  assert.ok((await page.locator('.finding').count()) > 0);

  const seed = page.getByRole('button', { name: /^Add \d+ recommended actions?$/ });
  const n = Number((await seed.innerText()).match(/\d+/)[0]);
  await seed.click();
  await page.locator('.plan-items li').nth(n - 1).waitFor();
  assert.equal(await page.locator('.plan-items li').count(), n);
  assert.equal(await seed.count(), 0, 'nothing left to add');

  await page.getByLabel('Owner').first().fill('Sam <b>Lee</b>');
  await page.getByLabel('Due').first().fill('2027-01-31');
  await page.getByLabel('Status').first().selectOption('doing');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.locator(`.plan-items li:nth-child(${n + 1}) textarea`).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'focus goes to the new action');
  await page.keyboard.type('Present at the March staff meeting');
  await page.locator('.plan-items li').nth(1).getByRole('button', { name: /Remove/ }).click();
  await page.waitForFunction((count) => document.querySelectorAll('.plan-items li').length === count, n);

  await page.reload();
  await page.locator('.plan-items li').first().waitFor();
  assert.equal(await page.locator('.plan-items li').count(), n);
  assert.equal(await page.getByLabel('Owner').first().inputValue(), 'Sam <b>Lee</b>');
  assert.equal(await page.getByLabel('Status').first().inputValue(), 'doing');
  assert.equal(await page.locator('.plan-items textarea').last().inputValue(), 'Present at the March staff meeting');
  assert.equal(await page.locator('main b').count(), 0);
  await shot(page, 'results-plan-1280');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
  assert.ok(id);
});

test('every export downloads, and the JSON restores identical results in a fresh profile', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await makeAssessment(page, 'Export run =1+1');
  await page.getByRole('button', { name: /^Add \d+ recommended actions?$/ }).click();
  await page.getByLabel('Owner').first().fill('Alex');
  const before = await resultsText(page);

  const json = await download(page, 'Download JSON');
  assert.equal(json.name, 'buy-in-check-export-run-1-1.json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.format, 'buy-in-check');
  assert.equal(doc.version, 2);
  assert.equal(doc.assessments.length, 1);
  assert.equal(doc.assessments[0].actions[0].owner, 'Alex');

  const csv = await download(page, 'Download CSV');
  assert.match(csv.name, /\.csv$/);
  const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(rows[0], 'assessment,context,dimension,statement_id,statement,answer,answer_label,note');
  assert.equal(rows.length, STATEMENTS.length + 2);
  assert.ok(rows[1].startsWith("'=Export run =1+1") || rows[1].startsWith('Export run =1+1'), rows[1]);

  const md = await download(page, 'Download Markdown');
  assert.match(md.text, /^# Buy-in Check: Export run =1\+1/);
  assert.match(md.text, /## Action plan/);
  assert.match(md.text, /\| Alex \|/);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();

  // A fresh env.browser profile: nothing stored, then the JSON file imported.
  const fresh = await open(env.browser, env.server.url);
  assert.equal(await fresh.page.locator('.card').count(), 0);
  await fresh.page.locator('input[type=file]').setInputFiles(json.path);
  await fresh.page.getByText('Imported 1 assessment.').waitFor();
  await fresh.page.locator('.card').getByRole('link', { name: 'Results' }).click();
  assert.deepEqual(await resultsText(fresh.page), before);

  // The same file again comes in as a copy, never over the first.
  await fresh.page.goto(env.server.url);
  await fresh.page.locator('input[type=file]').setInputFiles(json.path);
  await fresh.page.getByText('Imported 1 assessment. 1 already existed here, so it was added as a copy.').waitFor();
  assert.deepEqual(await fresh.page.locator('.card h3').allInnerTexts(), ['Export run =1+1', 'Export run =1+1 (imported copy)']);
  assertQuiet(assert, fresh.log, new URL(env.server.url).origin);
  await fresh.context.close();
});

test('bad files are refused with a message and change nothing', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const valid = {
    format: 'buy-in-check',
    version: 1,
    app_version: 'x',
    exported_at: 0,
    assessments: [{ id: 'imp-1', bank_version: 1, profile: { name: '<img src=x onerror="window.__pwned=1">' }, created_at: 0, updated_at: 0 }],
  };
  const cases = [
    ['truncated.json', JSON.stringify(valid).slice(0, 60), /damaged: it ends early/],
    ['export.csv', 'assessment,context,dimension,statement_id,statement,answer,answer_label,note\r\n', /This is a CSV export of Buy-in Check; only the JSON file can be imported/],
    ['other.json', JSON.stringify({ format: 'surveyjs', version: 1 }), /not a Buy-in Check file/],
    ['newer.json', JSON.stringify({ ...valid, version: 7 }), /newer version/],
    ['wrong-type.json', JSON.stringify({ ...valid, assessments: [{ ...valid.assessments[0], created_at: 'yesterday' }] }), /In assessment 1: .*created_at|In assessment 1: invalid type/],
    ['big.json', ' '.repeat(5 * 1024 * 1024 + 10), /too large/],
  ];
  for (const [name, text, expected] of cases) {
    const path = join(work, name);
    writeFileSync(path, text);
    await page.locator('input[type=file]').setInputFiles(path);
    const message = page.locator('.import-error', { hasText: expected });
    await message.waitFor();
    assert.match(await message.innerText(), expected, name);
    assert.match(await message.innerText(), /^Nothing was imported\./);
    assert.equal(await page.locator('.card').count(), 0, `${name} imported nothing`);
  }
  // Bytes that are not UTF-8 are refused, never read with replacement characters.
  const latin1 = join(work, 'latin1.json');
  writeFileSync(latin1, Buffer.concat([Buffer.from(JSON.stringify(valid).slice(0, -3)), Buffer.from([0xe9, 0xff]), Buffer.from('"}]}')]));
  await page.locator('input[type=file]').setInputFiles(latin1);
  await page.locator('.import-error', { hasText: /not valid UTF-8/ }).waitFor();
  assert.equal(await page.locator('.card').count(), 0, 'invalid UTF-8 imported nothing');
  const ok = join(work, 'hostile.json');
  writeFileSync(ok, JSON.stringify(valid));
  await page.locator('input[type=file]').setInputFiles(ok);
  await page.getByText('Imported 1 assessment.').waitFor();
  assert.equal(await page.locator('.card h3').innerText(), valid.assessments[0].profile.name);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the printed report has the chart, table and plan, and no buttons or navigation', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  await makeAssessment(page, 'Print run');
  await page.getByRole('button', { name: /^Add \d+ recommended actions?$/ }).click();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.app-header', '.exports', '.step-nav', '.form-actions', '.plan .button']) {
    const visible = await page.locator(hidden).evaluateAll((els) => els.some((e) => getComputedStyle(e).display !== 'none'));
    assert.equal(visible, false, `${hidden} hidden in print`);
  }
  assert.equal(await page.locator('.plan-items').isVisible(), false, 'form fields give way to a table on paper');
  assert.equal(await page.locator('.plan-table tbody tr').count(), await page.locator('.plan-items li').count());
  for (const shown of ['svg.chart', '.dimension-table', '.plan-table', '.findings']) {
    assert.ok(await page.locator(shown).first().isVisible(), `${shown} printed`);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync('test-results/report.pdf', pdf);
  assert.ok(pdf.length > 10_000, 'a real PDF');
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  await context.close();
});
