// Results, the action plan, and exports as a representative uses them: real downloads,
// a re-import into a fresh browser profile, refused files, and the printed report.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { browserAndServer, scratchDir, open, assertQuiet, headingChangedFrom, shot, STATEMENTS, BANK, fitAnswer, exportDocument, fullAssessment, appReady } from './helpers.mjs';

const env = browserAndServer();
const work = scratchDir('results');


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

  // Every "Don't know" given is listed as something to find out: the key statements first
  // (the verdict says to find them out first), then the rest in the bank's order.
  const unknown = await page.evaluate((id) => {
    const { assessment } = JSON.parse(localStorage.getItem(`buy-in-check/a/${id}`));
    return Object.entries(assessment.responses).filter(([, r]) => r.answer === 'dont-know').map(([sid]) => sid);
  }, id);
  assert.ok(unknown.length >= 3, `${unknown.length} Don't knows given`);
  assert.deepEqual(
    await page.locator('section.results > ul.open-questions .report-statement').allInnerTexts(),
    [...STATEMENTS.filter((s) => s.key), ...STATEMENTS.filter((s) => !s.key)].filter((s) => unknown.includes(s.id)).map((s) => `“${s.text}”`),
  );

  // The recommended actions come as a checklist with the first three ticked.
  const offers = page.locator('.plan-offers input[type=checkbox]');
  const offered = await offers.count();
  assert.ok(offered > 4, `${offered} actions offered`);
  assert.deepEqual(await offers.evaluateAll((boxes) => boxes.map((b) => b.checked)), Array.from({ length: offered }, (_, i) => i < 3));
  const titles = await page.locator('.plan-offers label strong').allInnerTexts();
  assert.equal(titles.length, offered);
  // The ticked ones are the actions the verdict says matter most, in its order.
  const key = await page.locator('.view-card .key-actions li strong').allInnerTexts();
  assert.equal(key.length, 3);
  assert.deepEqual(titles.slice(0, 3), key);
  // The recommended actions open with them too, and say so.
  assert.deepEqual((await page.locator('ol.actions > li h3').allInnerTexts()).slice(0, 3), key);
  await page.getByText('The first three are the ones listed above under “What matters most from here”.').waitFor();
  // The person drops the second and picks the fifth.
  await offers.nth(1).uncheck();
  await offers.nth(4).check();
  const add = page.getByRole('button', { name: 'Add 3 chosen actions' });
  await add.click();
  const n = 3;
  await page.locator('.plan-items li').nth(n - 1).waitFor();
  const planned = await page.locator('.plan-items textarea').evaluateAll((t) => t.map((x) => x.value));
  assert.deepEqual(planned.map((t) => t.split(' — ')[0]), [titles[0], titles[2], titles[4]]);
  assert.equal(await offers.count(), offered - 3, 'what was added leaves the checklist');
  assert.equal(await offers.evaluateAll((boxes) => boxes.filter((b) => b.checked).length), 0, 'nothing ticked for the person now');
  assert.ok(await page.getByRole('button', { name: 'Add the chosen actions' }).isDisabled());
  // Said, and focus on the first action added (the button pressed is now disabled).
  assert.equal(await page.locator('.plan .import-message').innerText(), 'Added 3 actions to your plan below.');
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelector('.plan-items li:nth-child(1) textarea')), true, 'focus on the first action added');
  // On a phone every action's text shows whole, without scrolling inside its box.
  await page.setViewportSize({ width: 360, height: 800 });
  // The chart is drawn smaller there; its words still read at 12 px or more (the group
  // names were 9 px).
  const chartText = await page.locator('svg.chart').evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
  });
  assert.ok(chartText >= 12, `smallest chart text ${chartText.toFixed(1)} px at 360 px`);
  const cut = await page.locator('.plan-items textarea').evaluateAll((boxes) => boxes.filter((b) => b.scrollHeight > b.clientHeight + 1).map((b) => b.value));
  assert.deepEqual(cut, [], 'no action text cut off at 360 px');
  // Nor does a long web address widen the page (its box grew with it, to 498 px).
  await page.locator('.plan-items textarea').first().fill('Read https://example.org/partnership/documents/steering-group/2026/terms-of-reference-and-handbook.pdf');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scroll at 360 px');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByLabel('Owner', { exact: true }).first().fill('Sam <b>Lee</b>');
  await page.getByLabel('Due', { exact: true }).first().fill('2027-01-31');
  await page.getByLabel('Status', { exact: true }).first().selectOption('doing');
  // "What matters most" says how each of its actions stands in the plan, as it is edited.
  assert.deepEqual(
    await page.locator('.view-card .key-actions li .in-plan').evaluateAll((s) => s.map((x) => x.textContent.trim())),
    ['(in your plan, under way)', '', '(in your plan)'],
  );
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.locator(`.plan-items li:nth-child(${n + 1}) textarea`).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'focus goes to the new action');
  await page.keyboard.type('Present at the March staff meeting');
  const second = await page.locator('.plan-items textarea').nth(1).inputValue();
  await page.locator('.plan-items li').nth(1).getByRole('button', { name: /Remove/ }).click();
  await page.waitForFunction((count) => document.querySelectorAll('.plan-items li').length === count, n);
  // Said, and the items after it renumbered at once (they kept "Action 3", "Remove action 3").
  assert.equal(await page.locator('.plan .import-message').innerText(), 'Removed action 2. Undo puts it back.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'undo-remove', 'focus on Undo, in view');
  assert.equal(await page.locator('.plan-items li').nth(1).getByRole('button', { name: 'Remove action 2' }).count(), 1);
  assert.equal(await page.locator('.plan-items li').nth(2).locator('label').first().innerText(), 'Action 3');
  // Undo puts it back in its place, whole; then it goes for good.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((count) => document.querySelectorAll('.plan-items li').length === count, n + 1);
  assert.equal(await page.locator('.plan-items textarea').nth(1).inputValue(), second);
  assert.equal(await page.locator('.plan .import-message').innerText(), 'Action 2 is back.');
  assert.equal(await page.locator('.plan-items li').nth(3).locator('label').first().innerText(), 'Action 4');
  await page.locator('.plan-items li').nth(1).getByRole('button', { name: /Remove/ }).click();
  await page.waitForFunction((count) => document.querySelectorAll('.plan-items li').length === count, n);

  await page.reload();
  await page.locator('.plan-items li').first().waitFor();
  assert.equal(await page.locator('.plan-items li').count(), n);
  assert.equal(await page.getByLabel('Owner', { exact: true }).first().inputValue(), 'Sam <b>Lee</b>');
  assert.equal(await page.getByLabel('Status', { exact: true }).first().inputValue(), 'doing');
  assert.equal(await page.locator('.plan-items textarea').last().inputValue(), 'Present at the March staff meeting');
  assert.equal(await page.locator('main b').count(), 0);
  // Once the person has chosen, nothing is ticked for them again, not after a reload either.
  assert.equal(await offers.evaluateAll((boxes) => boxes.filter((b) => b.checked).length), 0);
  await shot(page, 'results-plan-1280');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
  assert.ok(id);
});

test('every export downloads, and the JSON restores identical results in a fresh profile', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await makeAssessment(page, 'Export run =1+1');
  await page.getByRole('button', { name: /^Add \d+ chosen actions?$/ }).click();
  await page.getByLabel('Owner', { exact: true }).first().fill('Alex');
  const before = await resultsText(page);

  const json = await download(page, 'Download JSON');
  assert.equal(json.name, 'buy-in-check-export-run-1-1.json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.format, 'buy-in-check');
  assert.equal(doc.version, 2);
  assert.equal(doc.assessments.length, 1);
  assert.equal(doc.assessments[0].actions[0].owner, 'Alex');

  // Both CSV files, read with a real CSV parser (RFC 4180).
  const csv = await download(page, 'CSV: answers');
  assert.equal(csv.name, 'buy-in-check-export-run-1-1-answers.csv');
  const answers = parse(csv.text, { bom: true, columns: true });
  assert.deepEqual(Object.keys(answers[0]), ['assessment', 'partnership', 'organisation', 'date', 'bank_version', 'context_id', 'context', 'dimension_id', 'dimension', 'statement_id', 'statement', 'asked', 'answer', 'answer_label', 'note']);
  // One row per statement, then one per warning sign: the one ticked reads "seen".
  assert.deepEqual(answers.slice(0, STATEMENTS.length).map((r) => r.statement_id), STATEMENTS.map((s) => s.id));
  const signs = answers.slice(STATEMENTS.length);
  assert.ok(signs.length >= 5 && signs.every((r) => r.dimension_id === 'warning-signs'), `${signs.length} sign rows`);
  assert.deepEqual(signs.filter((r) => r.answer === 'seen').map((r) => r.answer_label), ['Seen']);
  assert.equal(answers[0].assessment, 'Export run =1+1');
  assert.ok(answers.every((r) => r.bank_version === String(BANK.version)));
  const summary = parse((await download(page, 'CSV: scores by dimension')).text, { bom: true, columns: true });
  assert.equal(summary.length, BANK.contexts.reduce((n, c) => n + c.dimensions.length, 0), 'one row per dimension');
  assert.equal(summary[0].partnership, 'River Care Alliance');
  // The page may say what holds a strength back ("Strength so far", "Strength, with a
  // gap"); the spreadsheet keeps the band alone.
  const table = await page.locator('.dimension-table tbody tr:not(.group-row)').evaluateAll((rows) =>
    rows.map((r) => [r.querySelector('th').firstChild.textContent.trim(), r.querySelector('td.num').textContent.trim(), r.querySelector('.band-pill').textContent.trim().replace(/^Strength(,| so far).*$/, 'Strength')]),
  );
  assert.deepEqual(
    summary.map((r) => [r.dimension, r.score || '–', r.band]),
    table,
    'the summary says what the results page says',
  );
  const planFile = await download(page, 'CSV: action plan');
  assert.equal(planFile.name, 'buy-in-check-export-run-1-1-plan.csv');
  const plan = parse(planFile.text, { bom: true, columns: true });
  assert.deepEqual(
    plan.map((r) => [r.action, r.owner, r.status]),
    before.plan.map((text, i) => [text, before.owners[i], 'planned']),
    'the plan file holds the plan as the page shows it',
  );
  assert.ok(plan.every((r) => r.recommended_action && r.action.startsWith(r.recommended_action)), 'each taken from a recommended action, named');

  // The Markdown report renders as CommonMark (with tables) and carries no live HTML.
  const md = await download(page, 'Download Markdown');
  assert.match(md.text, /^# Buy-in Check: Export run =1\+1/);
  const html = new MarkdownIt().render(md.text);
  assert.match(html, /<h2>Action plan<\/h2>/);
  assert.match(html, /<h2>To find out before you meet<\/h2>\s*<p>You answered “Don't know” to these statements, so they are left out of the scores/);
  assert.match(html, /<td>Alex<\/td>/);
  assert.equal((html.match(/<table>/g) ?? []).length, 3, 'contexts, dimensions and plan as tables');
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
    ['wrong-type.json', JSON.stringify({ ...valid, assessments: [{ ...valid.assessments[0], created_at: 'yesterday' }] }), /In assessment 1: found text .yesterday. where a whole number was expected/],
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

/** Pages in a PDF that Chromium wrote: one page object each. */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Imports `assessment` through the home page's file picker and opens its results. */
async function importAndOpenResults(page, assessment) {
  const file = join(work, `${assessment.id}.json`);
  writeFileSync(file, JSON.stringify(exportDocument([assessment])));
  await page.goto(env.server.url + '#/');
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText('Imported 1 assessment.').waitFor();
  await page.goto(`${env.server.url}#/a/${assessment.id}/results`);
  await page.locator('.dimension-table').waitFor();
}

test('the printed report: who made it, scores in words, findings, plan and notes on three pages, nothing from the screen', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const full = fullAssessment({ id: 'print-run', notes: 3, planItems: 8 });
  await importAndOpenResults(page, full);
  await page.emulateMedia({ media: 'print' });
  // On paper the report stands alone: no navigation, buttons, form fields or hints.
  const shownOnPaper = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.checkVisibility() && !e.closest('.report, .visually-hidden'))
      .map((e) => e.tagName + '.' + e.className)
      .filter((t) => !/^(MAIN|DIV|SECTION)\./.test(t)),
  );
  assert.deepEqual(shownOnPaper, [], 'only the report prints');
  const report = page.locator('.report');
  const text = await report.innerText();
  for (const value of [full.profile.name, full.profile.partnership, full.profile.organisation, full.profile.role, ...full.profile.partners, full.profile.date, 'Delivering']) {
    assert.ok(text.includes(value), `the report names ${value}`);
  }
  assert.doesNotMatch(text, /saved as you type|Change answers|Download|Print or save/i, 'no screen-only sentence');
  // Whom "you" means, for partners reading it round a table.
  assert.equal(await report.locator('.report-whose').innerText(), `One representative's view: “you” and “your organisation” in this report mean the ${full.profile.role} of ${full.profile.organisation} who answered it.`);
  // Scores with their bands in words, as on screen.
  await page.emulateMedia({ media: 'screen' });
  const cards = await page.locator('.context-card').evaluateAll((cs) => cs.map((c) => [c.querySelector('.big-score').firstChild.textContent, c.querySelector('.band-label').textContent]));
  await page.emulateMedia({ media: 'print' });
  const contexts = await report.locator('table').first().locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.cells[1].textContent, r.cells[2].textContent]));
  assert.deepEqual(contexts, cards);
  assert.equal(await report.locator('.report-dimensions tbody tr:not(.report-group)').count(), BANK.contexts.reduce((n, c) => n + c.dimensions.length, 0));
  assert.equal(await report.locator('svg').count(), 0, 'the table, not the chart as well');
  assert.equal(await report.locator('.plan-table tbody tr').count(), 8);
  assert.equal(await report.locator('.report-notes li').count(), 3);
  assert.match(await report.locator('.report-notes li').first().innerText(), /Agreed in principle at the March board/);
  // The footer of every page: the tool and its version, the questions' version, the date.
  const footer = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--report-footer'));
  assert.match(footer, /^"Buy-in Check \d+\.\d+\.\d+ · questions version \d+ · printed \d{4}-\d{2}-\d{2}"$/);
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(`test-results/report-${format}.pdf`, pdf);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    // Twelve findings, eight plan items, three notes: A4 holds them on three pages; Letter,
    // 18 mm shorter, may need a fourth for the last note.
    const most = format === 'A4' ? 3 : 4;
    assert.ok(pdfPages(pdf) >= 2 && pdfPages(pdf) <= most, `${format}: ${pdfPages(pdf)} pages`);
  }
  // A plan of twenty takes one more page, no more.
  await page.emulateMedia({ media: 'screen' });
  await importAndOpenResults(page, fullAssessment({ id: 'print-long', planItems: 20 }));
  await page.emulateMedia({ media: 'print' });
  const long = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdfPages(long) <= 4, `long plan: ${pdfPages(long)} pages`);
  // Leaving the results takes the footer away, so another page prints without it.
  await page.goto(env.server.url + '#/about');
  await appReady(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--report-footer')), '');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('paper is light whatever the screen: printed from a dark screen, every colour is the light one', async () => {
  const tokens = async (colorScheme) => {
    const page = await env.browser.newPage({ colorScheme });
    await page.goto(env.server.url);
    await appReady(page);
    await page.emulateMedia({ media: 'print', colorScheme });
    const values = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => [...(rule.cssRules ?? [rule])])
        .flatMap((rule) => (rule.style ? [...rule.style] : []))
        .filter((name) => name.startsWith('--'))
        .filter((name, i, all) => all.indexOf(name) === i)
        .map((name) => [name, style.getPropertyValue(name).trim()]);
    });
    await page.close();
    return Object.fromEntries(values);
  };
  const light = await tokens('light');
  const dark = await tokens('dark');
  assert.ok(Object.keys(light).includes('--text') && Object.keys(light).length > 10, Object.keys(light).join(' '));
  // The dark screen's map (a comparison) and text printed dark or pale on white paper.
  assert.deepEqual(dark, light);
});

test('the dimension table never calls a strength what a card asks to act on first', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const responses = {};
  for (const s of STATEMENTS) responses[s.id] = { answer: fitAnswer(s, 5), changed_at: 1 };
  // Mandate 5.0 on two of four, its key facts not known; no money set aside.
  responses['mandate-1'] = { answer: 'dont-know', changed_at: 1 };
  responses['mandate-4'] = { answer: 'dont-know', changed_at: 1 };
  responses['valued-core-budget'] = { answer: 'no', changed_at: 1 };
  await importAndOpenResults(page, { id: 'held-back', profile: { name: 'Held back' }, responses });
  const pill = (title) => page.locator('.dimension-table tr', { has: page.locator('th', { hasText: title }) }).locator('.band-pill').innerText();
  assert.equal(await pill('My mandate'), 'Strength so far');
  assert.equal(await pill('Valued as core business'), 'Strength, with a gap');
  assert.equal(await pill('Continuity'), 'Strength');
  // Drawn apart too: a qualified strength is outlined, a plain one filled.
  const qualified = async (title) => (await page.locator('.dimension-table tr', { has: page.locator('th', { hasText: title }) }).locator('.band-pill').getAttribute('class')).includes('qualified');
  assert.deepEqual([await qualified('My mandate'), await qualified('Valued as core business'), await qualified('Continuity')], [true, true, false]);
  assert.match(await page.locator('ol.findings').innerText(), /find out/i);
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('.report').innerText(), /My mandate\s+5\.0\s+Strength so far/);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the report can be handed round without the notes, which may name a partner', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const full = fullAssessment({ id: 'no-notes', notes: 3, planItems: 2 });
  await importAndOpenResults(page, full);
  const note = /Agreed in principle at the March board/;
  const box = page.getByLabel('Include my notes in the printed report and the Markdown');
  assert.equal(await box.isChecked(), true, 'notes are in by default');
  // Chosen before the buttons that make the report are reached.
  assert.ok(await box.evaluate((b) => Boolean(b.compareDocumentPosition(document.querySelector('.export-buttons')) & Node.DOCUMENT_POSITION_FOLLOWING)));
  await box.uncheck();
  // A reload keeps the choice: a report printed after it carries no notes left out.
  await page.reload();
  await page.locator('.dimension-table').waitFor();
  assert.equal(await box.isChecked(), false, 'still left out after a reload');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.report .report-notes').count(), 0);
  assert.doesNotMatch(await page.locator('.report').innerText(), note);
  await page.emulateMedia({ media: 'screen' });
  const md = (await download(page, 'Download Markdown')).text;
  assert.ok(!md.includes('## Notes') && !note.test(md), 'the Markdown leaves them out too');
  const status = page.locator('.export-message');
  assert.match(await status.innerText(), /^Downloaded .+\.md, without your notes\.$/);
  // The JSON keeps everything: it restores the assessment.
  assert.match((await download(page, 'Download JSON')).text, note);
  // Turning the switch says what the next report holds, not the last file's name.
  await box.check();
  assert.equal(await status.innerText(), 'Your notes will be in the printed report and the next Markdown.');
  assert.match((await download(page, 'Download Markdown')).text, note);
  assert.match(await status.innerText(), /^Downloaded .+\.md\.$/);
  await box.uncheck();
  assert.equal(await status.innerText(), 'Your notes will be left out of the printed report and the next Markdown.');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('without a verdict the page still says what matters most, on screen and on paper', async () => {
  // Don't know throughout one's own organisation: no two-context verdict. Between the
  // partners, accountability is a concern.
  const responses = {};
  for (const s of STATEMENTS) {
    const value = s.context === 'within' ? 'dont-know' : s.dimension === 'accountability' ? '1' : '5';
    responses[s.id] = { answer: s.offers.includes(value) ? fitAnswer(s, value) : fitAnswer(s, '2'), changed_at: 1 };
  }
  const { page, log, context } = await open(env.browser, env.server.url, { viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
  await importAndOpenResults(page, { id: 'no-verdict', profile: { name: 'No verdict yet' }, responses });
  const box = page.locator('.no-view');
  assert.match(await box.innerText(), /^Inside your organisation there are too few answers for a score yet/);
  const keys = await box.locator('.key-actions li strong').allInnerTexts();
  assert.ok(keys.includes('Review promises at every meeting'), keys.join(' | '));
  assert.equal(await page.locator('.view-card').count(), 0);
  await shot(page, 'results-no-verdict-360-dark');
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('.report .report-verdict').innerText(), /too few answers[\s\S]*What matters most from here:[\s\S]*Review promises at every meeting/);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});
