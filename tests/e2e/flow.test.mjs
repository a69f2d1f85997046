// The guided assessment as a partner representative uses it: keyboard only, reload and
// history mid-way, and a phone-width screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browserAndServer, open, startAssessment, assertQuiet, tabTo, scrollsSideways, shot, headingChangedFrom, STATEMENTS, BANK } from './helpers.mjs';

const TOTAL = STATEMENTS.length;
const STEPS = BANK.contexts.reduce((n, c) => n + c.dimensions.length, 0);

const env = browserAndServer();


const heading = (page) => page.locator('main h1').first();

async function headingText(page) {
  return (await heading(page).innerText()).trim();
}

/** Starts an assessment through the profile form with the mouse; returns its id. */
async function startFromHome(page, name) {
  await page.getByRole('link', { name: 'Start a new assessment' }).click();
  await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
  await page.getByLabel('Assessment name').fill(name);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/#\/a\/[a-z0-9-]+\/step\/1$/);
  await headingChangedFrom(page, 'New assessment');
  return page.url().match(/#\/a\/([a-z0-9-]+)\//)[1];
}

/** Clicks answer `value` ("1".."5", "dont-know", "not-applicable") for every statement on the step. */
async function answerStep(page, value) {
  const groups = await page.locator('fieldset.likert').all();
  for (const g of groups) await g.locator(`input[value="${value}"]`).check();
  return groups.length;
}

test('a full assessment completed by keyboard alone', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await tabTo(page, 'a[href="#/new"]');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();

  await tabTo(page, '#p-name');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Keyboard run');
  await tabTo(page, '#p-partnership');
  await page.keyboard.type('River Care Alliance');
  await tabTo(page, '#p-partners');
  await page.keyboard.type('City Council');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Health Trust');
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/step\/1$/);
  let title = await headingChangedFrom(page, 'New assessment');

  // Between partners: agree (4), facts Yes. Within my organisation: disagree (2), facts
  // No, except two Don't know answers about my mandate. Radios: Space picks the first
  // (1, or Yes for a fact), each ArrowRight moves one on.
  let step = 1;
  for (;;) {
    await page.waitForURL(new RegExp(`step/${step}$`));
    if (step > 1) title = await headingChangedFrom(page, title);
    const context = (await page.locator('.context-label').first().innerText()).trim();
    const groups = await page.locator('fieldset.likert').evaluateAll((fs) => fs.map((f) => f.id));
    if (groups.length === 0) break; // the warning-signs step
    for (const [i, id] of groups.entries()) {
      await tabTo(page, `#${id} input[type=radio]`);
      await page.keyboard.press('Space');
      const between = context.startsWith('Between');
      const fact = await page.locator(`#${id}.fact`).count() === 1;
      const dontKnow = id.startsWith('s-mandate-') && i < 2;
      const [moves, expected] = fact
        ? (between ? [0, 'yes'] : [1, 'no'])
        : dontKnow ? [5, 'dont-know'] : between ? [3, '4'] : [1, '2'];
      for (let k = 0; k < moves; k++) await page.keyboard.press('ArrowRight');
      const chosen = await page.locator(`#${id} input:checked`).getAttribute('value');
      assert.equal(chosen, expected, `answer on ${id}`);
    }
    await tabTo(page, '.step-nav a.primary');
    await page.keyboard.press('Enter');
    step += 1;
  }

  assert.equal(title, 'Warning signs');
  await tabTo(page, 'input[type=checkbox]');
  await page.keyboard.press('Space');
  await tabTo(page, '.step-nav a.primary');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  assert.match(await page.locator('main').innerText(), new RegExp(`answered ${TOTAL} of ${TOTAL} statements and ticked 1 warning sign\\.`));
  await tabTo(page, 'main a.button.primary');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { level: 1, name: 'Results: Keyboard run' }).waitFor();
  const cards = await page.locator('.context-card .big-score').allInnerTexts();
  // Between: five dimensions at 4, the agreement's (5 + 3·4)/4 and the connections'
  // (4 + 4 + 5)/3 at 4.3, their facts Yes → (5·4 + 4.3 + 4.3)/7 = 4.1, a strength.
  // Within: mandate and capacity 2; support (2 + 2 + 1)/3, visibility (2 + 1 + 2)/3,
  // continuity (2 + 1 + 2 + 2)/4 and core business (1 + 1 + 2 + 2)/4, each fact No
  // counting 1 → 1.8.
  assert.deepEqual(cards.map((t) => t.replace(/\s/g, '')), ['4.1/5', '1.8/5']);
  const main = await page.locator('main').innerText();
  assert.match(main, /Individuals partnering/);
  assert.match(main, /“My mandate” is a concern: find out whether you have a mandate/);
  assert.match(main, /Warning sign: Another partner puts off decisions the others are ready to make/);
  assert.match(main, /Buy-in between the partners is a strength \(4\.1\), but inside your organisation it is a concern \(1\.8\)/);
  assert.equal(await page.locator('.finding').first().locator('h3').innerText(), 'The partnership rests on individuals');
  await shot(page, 'results-1280');

  // Still by keyboard: seed the action plan, give the first action an owner, export.
  await tabTo(page, '.plan button.primary');
  await page.keyboard.press('Enter');
  await page.locator('.plan-items li').first().waitFor();
  await tabTo(page, '.plan-items li:first-child input[type=text]');
  await page.keyboard.type('Sam');
  await tabTo(page, '.plan-items li:first-child select');
  await page.keyboard.press('ArrowDown'); // Planned → Doing
  assert.equal(await page.locator('.plan-items li:first-child select').inputValue(), 'doing');
  await tabTo(page, '.export-buttons button');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(doc.assessments[0].profile.name, 'Keyboard run');
  assert.equal(doc.assessments[0].actions[0].owner, 'Sam');
  assert.equal(doc.assessments[0].actions[0].status, 'doing');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('reload mid-way resumes on the same step with every answer; Back and Forward move between steps', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const id = await startFromHome(page, 'Reload run');
  const first = await headingText(page);
  const n1 = await answerStep(page, '4');
  await page.locator('#s-shared-value-1 summary').click();
  await page.locator('#note-shared-value-1').fill('Ask the council about its targets');
  await page.locator('.step-nav a.primary').click();
  await page.waitForURL(/step\/2$/);
  const second = await headingChangedFrom(page, first);
  await page.locator('fieldset.likert').first().locator('input[value="2"]').check();
  await page.locator('.step-nav a.primary').click();
  await page.waitForURL(/step\/3$/);
  const third = await headingChangedFrom(page, second);
  const before = await page.locator('.progress-count').innerText();
  assert.equal(await page.locator('.saved-note').innerText(), 'Saved in this browser');
  assert.equal(before, `${n1 + 1} of ${TOTAL} answered`);

  await page.reload();
  await page.waitForURL(/step\/3$/);
  assert.equal(await headingText(page), third);
  assert.equal(await page.locator('.progress-count').innerText(), before);

  await page.goBack();
  await page.waitForURL(/step\/2$/);
  assert.equal(await headingChangedFrom(page, third), second);
  assert.ok(await page.locator('fieldset.likert').first().locator('input[value="2"]').isChecked());
  await page.goBack();
  await page.waitForURL(/step\/1$/);
  assert.equal(await headingChangedFrom(page, second), first);
  for (const g of await page.locator('fieldset.likert').all()) {
    assert.ok(await g.locator('input[value="4"]').isChecked(), 'answer kept after reload');
  }
  assert.equal(await page.locator('#note-shared-value-1').inputValue(), 'Ask the council about its targets');
  await page.goForward();
  await page.waitForURL(/step\/2$/);
  assert.equal(await headingChangedFrom(page, first), second);

  // Closing the tab and opening the app again: the assessment is listed and resumes.
  await page.close();
  const again = await context.newPage();
  await again.goto(env.server.url);
  const card = again.locator('.card', { hasText: 'Reload run' });
  assert.match(await card.innerText(), new RegExp(`${n1 + 1} of ${TOTAL} answered`));
  await card.getByRole('link', { name: 'Continue' }).click();
  await again.waitForURL(new RegExp(`#/a/${id}/step/2$`));
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the step list jumps anywhere and the review links to what is missing', async () => {
  const { page, context } = await open(env.browser, env.server.url);
  const id = await startFromHome(page, 'Jump run');
  // Open beside the questions on a laptop, so no toggle is needed.
  assert.equal(await page.locator('.step-list').evaluate((d) => d.open), true);
  await page.locator('.step-list a', { hasText: 'My mandate' }).click();
  await page.waitForURL(new RegExp(`#/a/${id}/step/8$`));
  assert.equal(await headingChangedFrom(page, 'Shared value'), 'My mandate');
  await answerStep(page, '5');
  await page.locator('#s-mandate-1 summary').click();
  await page.locator('#note-mandate-1').fill('Check with the director first');
  await page.waitForTimeout(50);
  await page.goto(`${env.server.url}#/a/${id}/review`);
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  const gaps = page.locator('.gaps > li > a');
  assert.equal(await gaps.count(), 12, 'every dimension but the answered one is listed');
  assert.ok(!(await page.locator('.gaps').innerText()).includes('My mandate'));
  // Each missing statement's link is a block, so its bullet sits by its first line: an
  // inline block put the bullet by the last line of a wrapped statement.
  assert.deepEqual(
    [...new Set(await page.locator('.gaps .missing a').evaluateAll((as) => as.map((a) => getComputedStyle(a).display)))],
    ['block'],
  );
  // Every answer is listed, in words, grouped by step, after what is missing.
  const listed = page.locator('.review-step');
  assert.equal(await listed.count(), STEPS + 1, 'every step, and the warning signs');
  assert.ok(await page.evaluate(() => document.querySelector('.gaps').compareDocumentPosition(document.querySelector('.review-step')) & Node.DOCUMENT_POSITION_FOLLOWING), 'what is missing comes first');
  const mandate = listed.filter({ hasText: 'My mandate' });
  const mandateStatements = STATEMENTS.filter((s) => s.dimension === 'mandate');
  assert.deepEqual(await mandate.locator('.answer-label').allInnerTexts(), mandateStatements.map(() => 'Strongly agree'));
  assert.equal(await page.locator('.review-answer.unanswered').count(), TOTAL - mandateStatements.length);
  assert.match(await listed.last().innerText(), /None ticked/);
  assert.match(await mandate.locator('.review-note').innerText(), /Check with the director first$/);
  // "Change" lands on that statement, its answer in focus, not at the top of the step.
  const target = mandateStatements[mandateStatements.length - 1];
  await mandate.getByRole('link', { name: `Change the answer to: ${target.text}` }).click();
  await page.waitForURL(new RegExp(`#/a/${id}/step/8\\?s=${target.id}$`));
  await headingChangedFrom(page, 'Review your answers');
  await page.waitForFunction((sid) => document.activeElement?.closest('fieldset')?.id === `s-${sid}`, target.id);
  assert.deepEqual(await page.evaluate(() => [document.activeElement.type, document.activeElement.value, document.activeElement.checked]), ['radio', '5', true]);
  assert.ok(await page.locator(`#s-${target.id}`).evaluate((f) => { const r = f.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), 'the statement is in view');
  // The way back to the review is offered; a step reached through the steps has none.
  await page.getByRole('link', { name: 'Back to the review' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  await page.goto(`${env.server.url}#/a/${id}/step/8`);
  await page.getByRole('heading', { level: 1, name: 'My mandate' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Back to the review' }).count(), 0);
  // A statement still missing is a link to it too: focus on its first choice.
  await page.goto(`${env.server.url}#/a/${id}/review`);
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  const missing = STATEMENTS.find((s) => s.dimension !== 'mandate');
  await page.locator('.gaps .missing a', { hasText: missing.text }).click();
  await page.waitForURL(new RegExp(`\\?s=${missing.id}$`));
  await page.waitForFunction((sid) => document.activeElement?.closest('fieldset')?.id === `s-${sid}`, missing.id);
  await page.goto(`${env.server.url}#/a/${id}/review`);
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  // From the foot of the review, the results start at their top, focus on the heading.
  await page.getByRole('link', { name: 'See results anyway' }).scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => scrollY > 500), 'scrolled down the review');
  await page.getByRole('link', { name: 'See results anyway' }).click();
  await page.getByRole('heading', { level: 1, name: 'Results: Jump run' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('h1.page-heading'));
  assert.equal(await page.evaluate(() => scrollY), 0);
  assert.match(await page.locator('main').innerText(), new RegExp(`4 of ${TOTAL} statements answered`));
  assert.equal(await page.locator('.dimension-table .band-strength').count(), 1);
  await context.close();
});

test('at 360 px wide no screen scrolls sideways', async () => {
  const { page, log, context } = await open(env.browser, env.server.url, { viewport: { width: 360, height: 740 } });
  assert.equal(await scrollsSideways(page), false, 'home');
  await shot(page, 'home-360');
  await page.getByRole('link', { name: 'Start a new assessment' }).click();
  await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
  await page.getByLabel('Partnership').fill('A partnership with a very long name that goes on and on without stopping');
  assert.equal(await scrollsSideways(page), false, 'profile');
  await shot(page, 'profile-360');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/step\/1$/);
  await answerStep(page, '3');
  assert.equal(await scrollsSideways(page), false, 'step');
  // On a phone the step list is a closed toggle above the questions.
  assert.equal(await page.locator('.step-list').evaluate((d) => d.open), false);
  await page.locator('.step-list summary').click();
  assert.ok(await page.locator('.step-list a', { hasText: 'Capacity to deliver' }).isVisible());
  assert.match(await page.locator('.step-list li.current').innerText(), /Shared value\s*4\/4/);
  await shot(page, 'step-360');
  const url = page.url();
  await page.goto(url.replace(/step\/1$/, 'step/14'));
  await page.getByRole('heading', { level: 1, name: 'Warning signs' }).waitFor();
  assert.equal(await scrollsSideways(page), false, 'warning signs');
  await page.goto(url.replace(/step\/1$/, 'review'));
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  assert.equal(await scrollsSideways(page), false, 'review');
  await shot(page, 'review-360');
  await page.goto(url.replace(/step\/1$/, 'results'));
  await page.locator('.dimension-table').waitFor();
  assert.equal(await scrollsSideways(page), false, 'results');
  const rowHeads = await page.locator('.dimension-table th[scope=row]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  assert.ok(Math.min(...rowHeads) >= 100, `dimension names keep a readable width (${Math.min(...rowHeads)} px)`);
  await shot(page, 'results-360');
  // Every answer option is a comfortable tap target.
  await page.goto(url);
  await page.locator('fieldset.likert').first().waitFor();
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 740 });
    assert.equal(await scrollsSideways(page), false, `step at ${width} px`);
  }
  const sizes = await page.locator('.opt').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  assert.ok(Math.min(...sizes) >= 24, `smallest option ${Math.min(...sizes)} px`);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('a note of several lines shows whole while it is written, at phone width', async () => {
  const { page, log, context } = await open(env.browser, env.server.url, { viewport: { width: 360, height: 800 } });
  await startAssessment(page, env.server.url, 'Long note');
  const note = page.locator('details.note').first();
  await note.locator('summary').click();
  const box = note.locator('textarea');
  await box.fill('Agreed in principle at the March board.\nNobody has written it down.\nAsk Priya.\nCheck the minutes.\nRaise at the steering group.');
  // It grew with the text rather than hiding lines behind a scroll bar.
  assert.equal(await box.evaluate((t) => t.scrollHeight > t.clientHeight + 1), false);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});
