// What the results tell a person agrees with the numbers beside them: middling answers are
// never called strong on any page or export, a missing written agreement is a concern with
// advice for the partnership's stage, and an assessment from the first version of the
// questions opens, shows its results and keeps its earlier answers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAndServer, scratchDir, open, assertQuiet, startAssessment, headingChangedFrom, shot, STATEMENTS, BANK, fitAnswer, exportDocument, AGREEMENT_FACT } from './helpers.mjs';

const env = browserAndServer();
const work = scratchDir('verdicts');

/** "strong" or "strength" as a claim (the scale's "Strongly agree" is an answer label). */
const STRONG = /\bstrong(?!ly)|\bstrength/i;

/**
 * An export of one assessment whose statements are answered 3 and 4 in turn, so no
 * dimension averages more than 3.7; the yes/no facts are "Don't know", which leaves every
 * average on the 3s and 4s.
 */
function middlingFile(id, name, shift = 0) {
  const responses = {};
  let k = shift;
  for (const s of STATEMENTS) {
    responses[s.id] = { answer: s.kind === 'fact' ? 'dont-know' : k++ % 2 === 0 ? '3' : '4', changed_at: 1 };
  }
  const path = join(work, `${id}.json`);
  writeFileSync(path, JSON.stringify(exportDocument([{ id, profile: { name, organisation: name, partnership: 'River Care', date: '2026-11-01' }, responses }])));
  return path;
}

/**
 * The page's visible text without the legends that name the bands to explain them (the
 * chart's caption, "How scores work"): what is left are the claims about this assessment.
 */
function claims(page) {
  return page.evaluate(() => {
    // Legends and the key to the bands name every band whatever the scores.
    const legends = [...document.querySelectorAll('main figcaption, main details.how, main .report-key')];
    legends.forEach((e) => e.setAttribute('hidden', ''));
    // The map's key is SVG, whose text innerText reads even when hidden: out for a moment.
    const keys = [...document.querySelectorAll('main .map-legend')].map((e) => [e, e.parentNode, e.nextSibling]);
    keys.forEach(([e]) => e.remove());
    const text = document.querySelector('main').innerText;
    keys.forEach(([e, parent, next]) => parent.insertBefore(e, next));
    legends.forEach((e) => e.removeAttribute('hidden'));
    return text;
  });
}

/**
 * Imports one assessment whose statements are answered by `answer(statement)` (left out
 * where it returns undefined) and opens its results: { page, log, context } as `open`.
 */
async function resultsOf(id, profile, answer) {
  const responses = {};
  for (const s of STATEMENTS) {
    const value = answer(s);
    if (value !== undefined) responses[s.id] = { answer: value, changed_at: 1 };
  }
  const path = join(work, `${id}.json`);
  writeFileSync(path, JSON.stringify(exportDocument([{ id, profile, responses }])));
  const opened = await open(env.browser, env.server.url);
  await opened.page.locator('input[type=file]').setInputFiles(path);
  await opened.page.getByText('Imported 1 assessment.').waitFor();
  await opened.page.goto(`${env.server.url}#/a/${id}/results`);
  return opened;
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

test('middling answers: no page, printout or export calls buy-in strong', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await page.locator('input[type=file]').setInputFiles(middlingFile('mid-1', 'Spring'));
  await page.getByText('Imported 1 assessment.').waitFor();
  await page.locator('input[type=file]').setInputFiles(middlingFile('mid-2', 'Autumn', 1));
  await page.getByText('Imported 1 assessment.').waitFor();
  await page.locator('.card', { hasText: 'Autumn' }).getByRole('link', { name: 'Results' }).click();
  await page.locator('.view-card').waitFor();

  const cards = await page.locator('.context-card').allInnerTexts();
  assert.equal(cards.length, 2);
  for (const c of cards) assert.match(c, /Worth discussing/);
  const verdict = await page.locator('.view-card').innerText();
  assert.match(verdict, /Part way to organisations partnering/);
  assert.match(verdict, /Both contexts are worth discussing/);
  assert.match(verdict, /What matters most from here/);
  assert.doesNotMatch(await claims(page), STRONG, 'results page');
  // A dozen cards of "worth discussing": at least four are open, the rest wait behind a
  // disclosure that names each with its score under its context, and open on a click.
  const more = page.locator('details.more-findings');
  assert.ok(await page.locator('ol.findings').first().locator('> li').count() >= 4);
  const summary = await more.locator('summary').innerText();
  const folded = Number(summary.match(/^(\d+) more worth discussing: (Between the partners|Within your organisation): “/)?.[1]);
  assert.ok(folded >= 2, summary);
  assert.equal(summary.match(/” \d\.\d/g).length, folded, summary);
  assert.equal(await more.locator('li.finding').first().isVisible(), false);
  await more.locator('summary').click();
  assert.equal(await more.locator('li.finding').count(), folded);
  assert.equal(await more.locator('li.finding').last().isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  assert.doesNotMatch(await claims(page), STRONG, 'printed results');
  await page.emulateMedia({ media: 'screen' });

  // The report's key to the bands names every band whatever the scores; it claims nothing.
  const markdown = await download(page, 'Download Markdown');
  assert.match(markdown, /Scores run from 1 \(strongly disagree\)/);
  assert.doesNotMatch(markdown.replace(/Scores run from 1[^\n]*average\./, ''), STRONG, 'Markdown');
  assert.doesNotMatch(await download(page, 'CSV: answers'), STRONG, 'answers CSV');
  assert.doesNotMatch(await download(page, 'CSV: scores by dimension'), STRONG, 'summary CSV');

  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('heading', { level: 1, name: /Autumn compared with Spring/ }).waitFor();
  assert.doesNotMatch(await claims(page), STRONG, 'compare page');
  // The columns name the assessments and their dates.
  assert.match(await page.locator('.compare-legend').innerText(), /Then\s+Spring, 2026-11-01\s+Now\s+Autumn, 2026-11-01/);
  assert.match(await page.locator('.compare-table thead').first().innerText(), /Then\s+\(Spring, 2026-11-01\)\s+2026-11-01\s+Now\s+\(Autumn, 2026-11-01\)\s+2026-11-01/);

  await page.goto(env.server.url + '#/partnership');
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').last().setInputFiles([middlingFile('mid-3', 'Harbour Trust'), middlingFile('mid-4', 'Riverside Homes', 1)]);
  await page.getByText('Added 2 assessments.').waitFor();
  assert.doesNotMatch(await claims(page), STRONG, 'partnership view');
  assert.doesNotMatch(await download(page, 'Download Markdown'), STRONG, 'partnership Markdown');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('no written agreement: the statements about it are skipped and the results show a concern with advice for the stage', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await page.goto(env.server.url + '#/new');
  await page.getByLabel('Assessment name').fill('No agreement yet');
  await page.getByLabel('Stage', { exact: true }).selectOption('forming');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/step\/1$/);
  const id = page.url().match(/#\/a\/([a-z0-9-]+)\//)[1];
  const step = BANK.contexts[0].dimensions.findIndex((d) => d.id === 'written-commitments') + 1;
  await page.goto(`${env.server.url}#/a/${id}/step/${step}`);
  await page.getByRole('heading', { level: 1, name: 'Written commitments' }).waitFor();
  const fact = page.locator('#s-written-commitments-signed');
  // Signed or not: no Not applicable, which made a missing agreement vanish.
  assert.deepEqual(await fact.locator('input[type=radio]').evaluateAll((r) => r.map((x) => x.value)), ['yes', 'no', 'dont-know']);
  assert.equal(await page.locator('fieldset.likert').count(), 4);
  await fact.getByRole('radio', { name: 'No', exact: true }).check();
  await page.locator('.skipped').nth(2).waitFor();
  assert.equal(await page.locator('fieldset.likert').count(), 1);
  assert.match(await page.locator('.skipped').first().innerText(), /Not asked: you answered No to statement 1, which this assumes\./);
  // Said to a screen reader too, as the page changes below the person's place.
  await page.waitForFunction(() => [...document.querySelectorAll('[aria-live=polite]')].some((e) => /^No, statement 1\. 3 statements below skipped\. 1 of \d+ answered\.$/.test(e.textContent)));
  assert.equal(await page.locator('.progress-count').innerText(), `1 of ${STATEMENTS.length - 3} answered`);
  // Don't know skips them too: no one can rate what an agreement says without knowing
  // there is one. A Yes asks them.
  await fact.getByRole('radio', { name: "Don't know", exact: true }).check();
  await page.waitForFunction(() => document.querySelectorAll('fieldset.likert').length === 1 && document.querySelectorAll('.skipped').length === 3);
  assert.match(await page.locator('.skipped').first().innerText(), /Skipped until you know: you answered Don't know to statement 1, which this assumes\. It is asked once that is Yes\./);
  await fact.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.waitForFunction(() => document.querySelectorAll('fieldset.likert').length === 4);
  await page.waitForFunction(() => [...document.querySelectorAll('[aria-live=polite]')].some((e) => /^Yes, statement 1\. 3 statements below asked again\./.test(e.textContent)));
  await fact.getByRole('radio', { name: 'No', exact: true }).check();
  await page.locator('.skipped').nth(2).waitFor();
  await shot(page, 'step-fact-no-1280');

  // On the review, "Change" for a skipped statement leads to the fact that skipped it,
  // with its No in focus.
  await page.goto(`${env.server.url}#/a/${id}/review`);
  const skipped = page.locator('.review-answer.skipped').first();
  await skipped.waitFor();
  assert.match(await skipped.innerText(), /Skipped, because of your answer to “The partners have signed a written agreement/);
  await skipped.getByRole('link', { name: /^Change/ }).click();
  await page.waitForURL(new RegExp(`step/${step}\\?s=written-commitments-signed$`));
  await page.waitForFunction(() => document.activeElement?.closest('fieldset')?.id === 's-written-commitments-signed');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'no');
  // An address naming a statement the step does not show lands on the heading, not nowhere.
  await page.goto(`${env.server.url}#/a/${id}/step/1?s=written-commitments-1`);
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');

  await page.goto(`${env.server.url}#/a/${id}/results`);
  const finding = page.locator('.finding', { hasText: '“Written commitments” is a concern' });
  await finding.waitFor();
  assert.match(await finding.innerText(), /“Written commitments” scored 1\.0 between the partners, in the concern band\. You answered No to “The partners have signed a written agreement/);
  assert.match(await finding.innerText(), /Put the commitments in writing/);
  const action = page.locator('.action', { hasText: 'Put the commitments in writing' });
  assert.match(await action.innerText(), /First step: Write one page on what each partner hopes to give and gain/);
  const row = page.locator('.dimension-table tr', { hasText: 'Written commitments' });
  assert.match(await row.innerText(), /1 of 1 rated/);
  assert.match(await row.innerText(), /Concern/);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('an export from the first version of the questions imports, shows results and keeps its earlier answers', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await page.locator('input[type=file]').setInputFiles('tests/fixtures/v1/export-v1.json');
  await page.getByText('Imported 1 assessment.').waitFor();
  const card = page.locator('.card', { hasText: 'River Care spring check' });
  await card.getByRole('link', { name: 'Results' }).click();
  await page.locator('.view-card').waitFor();
  assert.equal(await page.locator('.context-card .big-score').count(), 2);
  assert.doesNotMatch(await page.locator('.context-card').first().innerText(), /–/);

  const id = page.url().match(/#\/a\/([a-z0-9-]+)\//)[1];
  await page.goto(`${env.server.url}#/a/${id}/review`);
  const earlier = page.locator('section.earlier');
  await earlier.waitFor();
  const text = await earlier.innerText();
  assert.match(text, /From an earlier version of the questions/);
  assert.match(text, /Our partners keep to the dates they agreed\. — Not applicable/);
  // Ten that version 2 retired or turned into facts, four that version 3 asks afresh and
  // six that version 4 does.
  assert.equal(await earlier.locator("li").count(), 20);
  assert.match(text, /I know what drives the other people at the table\. — Agree \(now asked instead: “I know what the other partners' representatives gain from this work in their own jobs\.”\)/);

  // The v1 agreement answer (5, strongly agree) is carried to the fact as "Yes".
  const step = BANK.contexts[0].dimensions.findIndex((d) => d.id === 'written-commitments') + 1;
  await page.goto(`${env.server.url}#/a/${id}/step/${step}`);
  await page.getByRole('heading', { level: 1, name: 'Written commitments' }).waitFor();
  assert.ok(await page.locator('#s-written-commitments-signed input[value="yes"]').isChecked());
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('a record stored by the first version opens, shows results, and is saved as the current version once changed', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const record = readFileSync('tests/fixtures/v1/record-v1.json', 'utf8');
  await page.evaluate((r) => localStorage.setItem('buy-in-check/a/v1-river-care', r), record);
  await page.reload();
  const card = page.locator('.card', { hasText: 'River Care spring check' });
  await card.waitFor();
  await card.getByRole('link', { name: 'Results' }).click();
  await page.locator('.view-card').waitFor();
  assert.equal(await page.locator('.context-card .big-score').count(), 2);

  // Answer one of the statements added since version 1.
  await page.goto(`${env.server.url}#/a/v1-river-care/step/2`);
  await page.getByRole('heading', { level: 1, name: 'A say for every partner' }).waitFor();
  await page.locator('#s-shared-decisions-1 input[value="4"]').check();
  await page.locator('.saved-note', { hasText: 'Saved in this browser' }).waitFor();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('buy-in-check/a/v1-river-care')));
  assert.equal(stored.schema, 3);
  assert.equal(stored.assessment.bank_version, BANK.version);
  assert.equal(stored.assessment.upgraded_from, 1);
  assert.equal(stored.assessment.responses['written-commitments-signed'].answer, 'yes');
  assert.equal(stored.assessment.responses['accountability-3'].answer, 'not-applicable', 'retired answers kept');
  assert.equal(stored.assessment.responses['shared-decisions-1'].answer, '4');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('a record stored on version 2 opens on the current questions: new statements wait, with what was said before beside them', async () => {
  const { page, log, context } = await open(env.browser, env.server.url, { viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
  const record = readFileSync('tests/fixtures/v2/record-v2.json', 'utf8');
  await page.evaluate((r) => localStorage.setItem('buy-in-check/a/v2-harbour-works', r), record);
  await page.reload();
  const card = page.locator('.card', { hasText: 'Harbour Works autumn check' });
  await card.waitFor();
  // Thirteen statements versions 3 and 4 ask in place of earlier ones are still to answer.
  const total = STATEMENTS.length;
  assert.match(await card.innerText(), new RegExp(`${total - 13} of ${total}`));
  // Finished then, so what is left is said to be new, not left undone.
  assert.match(await card.innerText(), /13 new questions to answer/);

  // On the step, the new statement shows the earlier words and answer until answered.
  const step = BANK.contexts[0].dimensions.findIndex((d) => d.id === 'shared-value') + 1;
  await page.goto(`${env.server.url}#/a/v2-harbour-works/step/${step}`);
  const hint = page.locator('#s-shared-value-7 .earlier-hint');
  await hint.waitFor();
  assert.equal(await hint.innerText(), 'The earlier version of the questions asked instead: “For each partner, the gains are worth the cost of taking part.” You answered “Disagree” (your note: “Town College says the cost is high for them.”). This statement asks something different, so it needs an answer of its own.');
  assert.equal(await page.locator('#s-shared-value-7').getAttribute('aria-describedby'), 'earlier-shared-value-7');
  assert.equal(await page.locator('#s-shared-value-1 .earlier-hint').count(), 0, 'a kept statement has none');
  await shot(page, 'v2-record-step-360-dark');
  await page.locator('#s-shared-value-7 input[value="2"]').check();
  await hint.waitFor({ state: 'detached' });
  assert.equal(await page.locator('#s-shared-value-7').getAttribute('aria-describedby'), null);

  // The review keeps every earlier answer, its note, and what is asked instead.
  await page.goto(`${env.server.url}#/a/v2-harbour-works/review`);
  const earlier = page.locator('section.earlier li');
  await earlier.first().waitFor();
  assert.match(await page.locator('p.lead').innerText(), /12 of the statements left are new since this assessment was started\.$/);
  assert.equal(await earlier.count(), 14);
  const trust = await earlier.filter({ hasText: 'I trust our partners' }).innerText();
  assert.match(trust, /^I trust our partners to follow through on what they agree\. — Neither agree nor disagree\s*Your note: Sailing Trust has let us down twice this year\.$/);
  assert.match(await earlier.filter({ hasText: 'gains are worth' }).innerText(), /\(now asked instead: “Each partner has said that what it gets from this work is worth what it puts in\.”\)/);
  await shot(page, 'v2-record-review-360-dark');
  // The results say why statements are open in an assessment finished on version 2.
  await page.goto(`${env.server.url}#/a/v2-harbour-works/results`);
  await page.getByText(`${total - 12} of ${total} statements answered. 12 of those left are new since this assessment was started.`, { exact: false }).waitFor();

  // Saved as the current version once changed, the earlier answers still with it.
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('buy-in-check/a/v2-harbour-works')));
  assert.equal(stored.assessment.bank_version, BANK.version);
  assert.equal(stored.assessment.upgraded_from, 2);
  assert.equal(stored.assessment.responses['accountability-5'].answer, '3');
  assert.equal(stored.assessment.responses['shared-value-7'].answer, '2');

  // A copy is an assessment of today's questions: the form says the earlier answers stay
  // with this original instead of promising every answer.
  await page.goto(env.server.url);
  await card.getByRole('button', { name: 'Duplicate' }).click();
  const name = page.getByLabel('Name of the copy');
  await name.waitFor();
  const hintId = await name.getAttribute('aria-describedby');
  assert.match(await page.locator(`#${hintId}`).innerText(), /Answers from an earlier version of the questions stay with this original, so keep it\./);
  await page.getByRole('button', { name: 'Make the copy' }).click();
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('buy-in-check/a/')).length === 2);

  // Compared with a copy of today's questions, the page says what both are scored on and
  // each dimension compared on fewer statements says so.
  const copyId = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('buy-in-check/a/')).map((k) => k.slice('buy-in-check/a/'.length)).find((k) => k !== 'v2-harbour-works'));
  await page.goto(`${env.server.url}#/a/${copyId}/compare/v2-harbour-works`);
  await page.getByText(/^One of these assessments was started on version 2 of the questions\. Both are scored here on the statements version 2 shares with today's/).waitFor();
  assert.match(await page.locator('.compare-table tr', { hasText: 'Shared value' }).innerText(), /compared on the 2 of its 4 statements both versions ask/);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('a record stored on version 3 opens on version 4: six statements wait, and an agreement is not passed off as a Yes or No', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const record = readFileSync('tests/fixtures/v3/record-v3.json', 'utf8');
  const id = JSON.parse(record).assessment.id;
  await page.evaluate(([k, r]) => localStorage.setItem(k, r), [`buy-in-check/a/${id}`, record]);
  await page.reload();
  const card = page.locator('.card', { hasText: 'Riverside spring check' });
  await card.waitFor();
  const total = STATEMENTS.length;
  assert.match(await card.innerText(), new RegExp(`${total - 6} of ${total}`));
  // "Support beyond me": version 3 asked on the scale what version 4 asks as a fact.
  const step = BANK.contexts.flatMap((c) => c.dimensions).findIndex((d) => d.id === 'support-beyond-me') + 1;
  await page.goto(`${env.server.url}#/a/${id}/step/${step}`);
  const hint = page.locator('#s-support-beyond-me-senior .earlier-hint');
  await hint.waitFor();
  assert.equal(
    await hint.innerText(),
    'The earlier version of the questions asked instead: “At least one of my organisation\'s senior leaders speaks up for this work.” You answered “Neither agree nor disagree” on the agree–disagree scale (your note: “The deputy director mentions it at board meetings.”). This statement asks Yes or No, so it needs an answer of its own.',
  );
  assert.equal(await page.locator('#s-support-beyond-me-senior input:checked').count(), 0, 'nothing carried to the fact');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the verdict heading agrees with the text under it: nearly there, with a concern named', async () => {
  // Between partners everything 5 and Yes (5.0). Inside: 4s and Yes, but "Capacity to
  // deliver" all 2: 4.0, 4.3, 4.3, 4.3, 4.5 and 2.0 give 3.9, a tenth short of a strength,
  // with a concern inside. The heading said "Individuals partnering" above "just short".
  const { page, log, context } = await resultsOf('nearly', { name: 'Nearly there' }, (s) =>
    s.kind === 'fact' ? 'yes' : s.context === 'between' ? '5' : s.dimension === 'capacity' ? '2' : '4',
  );
  const card = page.locator('.view-card');
  await card.waitFor();
  assert.equal(await card.locator('h3').innerText(), 'Close to organisations partnering, with a concern');
  assert.match(await card.innerText(), /inside your organisation it is worth discussing \(3\.9\), just short of a strength\./);
  assert.match(await card.innerText(), /Start with “Capacity to deliver” \(2\.0, a concern\)\./);
  assert.match(await page.locator('svg.context-map').getAttribute('aria-label'), /between partners 5\.0, within my organisation 3\.9: Close to organisations partnering\./);
  // The printed report and the Markdown carry the same heading.
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('main').innerText(), /Close to organisations partnering, with a concern\. Buy-in between the partners is a strength \(5\.0\)/);
  await page.emulateMedia({ media: 'screen' });
  assert.match(await download(page, 'Download Markdown'), /\*\*Close to organisations partnering, with a concern\.\*\* Buy-in between/);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('everything strong but no signed agreement: the heading counts the concern, and the one action is not called "the first"', async () => {
  const { page, log, context } = await resultsOf('strong-no-agreement', { name: 'Strong, unsigned' }, (s) =>
    s.requires ? undefined : s.id === AGREEMENT_FACT ? 'no' : s.kind === 'fact' ? 'yes' : '5',
  );
  await page.locator('.view-card').waitFor();
  assert.equal(await page.locator('.view-card h3').innerText(), 'Organisations partnering, with a concern');
  assert.deepEqual(await page.locator('.view-card .key-actions li strong').allInnerTexts(), ['Put the commitments in writing']);
  assert.deepEqual(await page.locator('li.action h3').allInnerTexts(), ['Put the commitments in writing']);
  // Not "The first is …" above a list of one.
  await page.getByText('It is the one listed above under “What matters most from here”.').waitFor();
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('winding down, the verdict, the map and the printed report speak of the close', async () => {
  const { page, log, context } = await resultsOf('ending', { name: 'Last year', stage: 'winding-down' }, (s) =>
    s.requires ? undefined : fitAnswer(s, s.context === 'between' ? '2' : '3'),
  );
  const card = page.locator('.view-card');
  await card.waitFor();
  assert.equal(await card.locator('h3').innerText(), 'Thin buy-in in both contexts as the work ends');
  assert.doesNotMatch(await card.innerText(), /\byet\b|still to build/);
  assert.match(await page.locator('svg.context-map').getAttribute('aria-label'), /: Thin buy-in as the work ends\.$/);
  // Its corners name the close too.
  const corners = await page.locator('svg.context-map text.map-corner').evaluateAll((ts) => ts.map((t) => t.textContent));
  assert.ok(corners.includes('↙ Thin buy-in') && corners.includes('middling'), corners.join(' | '));
  assert.ok(!corners.includes('↙ Still to build'));
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.locator('main').innerText(), /Thin buy-in in both contexts as the work ends\. /);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the "part way" label on the two-context map is never under a dot', async () => {
  // Between 3.0, within about 3.8: the dot sits in the part-way square's top corner, where
  // its label was.
  // Facts Not applicable, as given before some stopped offering it (imports keep it).
  const { page, log, context } = await resultsOf('partway-corner', { name: 'Corner case' }, (s) =>
    s.kind === 'fact' ? 'not-applicable' : s.context === 'between' ? '3' : s.dimension === 'mandate' ? '3' : '4',
  );
  const map = page.locator('svg.context-map');
  await map.waitFor();
  assert.match(await map.getAttribute('aria-label'), /between partners 3\.0, within my organisation 3\.8: Part way/);
  const overlap = await map.evaluate((svg) => {
    const a = svg.querySelector('.map-partway-label').getBBox();
    const b = svg.querySelector('circle.map-dot').getBBox();
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  });
  assert.equal(overlap, false, 'the label and the dot do not overlap');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('a statement about oneself offers no Don’t know; one given earlier is kept, explained and can be changed', async () => {
  // "I know what each partner wants…": not knowing is the answer. Don't know is never
  // averaged, so offering it scored a person who does not know above one who disagrees.
  const responses = {
    'shared-value-1': { answer: '4', changed_at: 1 },
    'shared-value-2': { answer: 'dont-know', changed_at: 1 },
    'shared-value-6': { answer: 'not-applicable', changed_at: 1 },
  };
  const path = join(work, 'kept-answers.json');
  writeFileSync(path, JSON.stringify(exportDocument([{ id: 'kept-answers', profile: { name: 'Kept answers' }, responses }])));
  const { page, log, context } = await open(env.browser, env.server.url);
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByText('Imported 1 assessment.').waitFor();
  // The results point to them, and the review lists them, each linked to its statement.
  await page.goto(`${env.server.url}#/a/kept-answers/results`);
  await page.getByText(/^2 of your answers are a Don't know or Not applicable that their statements no longer offer; each counts as before until you change it\. See which$/).waitFor();
  // Not something to find out before the meeting: the step asks for the nearest answer.
  assert.equal(await page.locator('.open-questions').count(), 0);
  await page.getByRole('link', { name: 'See which' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  assert.deepEqual(await page.locator('.outdated-answers li').allInnerTexts(), [
    "I know what each partner wants to gain from this work. — Don't know",
    "I know what the other partners' representatives gain from this work in their own jobs. — Not applicable",
  ]);
  const step = BANK.contexts[0].dimensions.findIndex((d) => d.id === 'shared-value') + 1;
  assert.match(await page.locator('.outdated-answers li a').first().getAttribute('href'), new RegExp(`#/a/kept-answers/step/${step}`));
  await page.goto(`${env.server.url}#/a/kept-answers/step/${step}`);
  await page.getByRole('heading', { level: 1, name: 'Shared value' }).waitFor();
  const values = (id) => page.locator(`#s-${id} input[type=radio]`).evaluateAll((r) => r.map((x) => x.value));
  assert.deepEqual(await values('shared-value-1'), ['1', '2', '3', '4', '5', 'dont-know'], 'what partners said: Don’t know, but it applies to everyone');
  assert.deepEqual(await values('shared-value-7'), ['1', '2', '3', '4', '5', 'dont-know'], 'what partners said: Don’t know, but it fits every partnership');
  // Kept as given, still chosen, with a line on why it is no longer offered.
  assert.deepEqual(await values('shared-value-2'), ['1', '2', '3', '4', '5', 'dont-know'], 'the earlier Don’t know stays');
  assert.equal(await page.locator('#s-shared-value-2 input:checked').getAttribute('value'), 'dont-know');
  assert.match(await page.locator('#s-shared-value-2 .kept-answer').innerText(), /^“Don't know” is no longer offered here, as this statement is about what you see for yourself: choose the answer nearest to how things are\.$/);
  assert.deepEqual(await values('shared-value-6'), ['1', '2', '3', '4', '5', 'not-applicable']);
  assert.match(await page.locator('#s-shared-value-6 .kept-answer').innerText(), /^“Not applicable” is no longer offered here, as this statement applies to everyone/);
  assert.equal(await page.locator('#s-shared-value-1 .kept-answer').count(), 0);
  // Read out with the group, not only seen below it.
  assert.equal(await page.locator('#s-shared-value-2').getAttribute('aria-describedby'), 'kept-shared-value-2');
  assert.equal(await page.locator('#s-shared-value-1').getAttribute('aria-describedby'), null);
  assert.match(await page.locator('.instructions').innerText(), /Statements about what you yourself know, have done or think have no “Don't know”: choose the answer nearest to how things are\./);
  await page.screenshot({ path: join(work, 'kept-answers-360.png') });
  // Changed, it is gone on the next visit: only honest answers remain.
  await page.locator('#s-shared-value-2').getByRole('radio', { name: 'Disagree', exact: true }).check();
  // The line goes at once, and the option with it, so it cannot be chosen again.
  await page.locator('#s-shared-value-2 .kept-answer').waitFor({ state: 'detached' });
  assert.deepEqual(await values('shared-value-2'), ['1', '2', '3', '4', '5']);
  assert.equal(await page.locator('#s-shared-value-2').getAttribute('aria-describedby'), null);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Shared value' }).waitFor();
  assert.deepEqual(await values('shared-value-2'), ['1', '2', '3', '4', '5']);
  assert.equal(await page.locator('#s-shared-value-2 input:checked').getAttribute('value'), '2');
  assert.equal(await page.locator('#s-shared-value-2 .kept-answer').count(), 0);
  await page.goto(`${env.server.url}#/a/kept-answers/review`);
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  assert.deepEqual(await page.locator('.outdated-answers li').allInnerTexts(), ["I know what the other partners' representatives gain from this work in their own jobs. — Not applicable"]);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});
