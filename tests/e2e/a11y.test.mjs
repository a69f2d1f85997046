// Accessibility: axe-core on every screen, dialog and banner, in light and dark, plus the
// keyboard and screen-reader behaviours axe cannot see (focus on step change, announced
// choices, text resized to 200 %).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAndServer, scratchDir, axe, headingChangedFrom, tabTo, scrollsSideways, STATEMENTS, fitAnswer, exportDocument, appReady } from './helpers.mjs';

const env = browserAndServer();
const work = scratchDir('a11y');


/** An export file whose answers cycle through every kind of answer. */
function exportFile(id, name, organisation, shift) {
  const values = ['5', '4', '3', '2', '1', 'dont-know', 'not-applicable'];
  const responses = {};
  let k = shift;
  for (const s of STATEMENTS) responses[s.id] = { answer: fitAnswer(s, values[k++ % values.length]), changed_at: 1 };
  const doc = exportDocument([
      {
        id,
        profile: { name, organisation, partnership: 'River Care', partners: ['A very long partner organisation name that must wrap on a phone screen'] },
        responses,
        warning_signs: ['fence-sitting'],
        actions: [{ id: 'a1', text: 'Write the agreement', owner: 'Sam', due: '2027-01-31', status: 'doing' }],
      },
  ]);
  const path = join(work, `${id}.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

/** Every screen and state worth scanning, reached as a person would. */
async function* screens(page) {
  await page.goto(env.server.url);
  await appReady(page);
  yield 'home, empty';
  await page.locator('input[type=file]').setInputFiles([exportFile('a11y-1', 'Spring', 'City Council', 0)]);
  await page.getByText('Imported 1 assessment.').waitFor();
  await page.locator('input[type=file]').setInputFiles([exportFile('a11y-2', 'Autumn', 'City Council', 3)]);
  await page.getByText('Imported 1 assessment.').waitFor();
  yield 'home with assessments and an import message';
  await page.locator('.card').first().getByRole('button', { name: 'Delete' }).click();
  yield 'delete confirmation';
  await page.locator('.card').first().getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  yield 'undo banner';
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.card').nth(1).waitFor();
  await page.locator('.card').first().getByRole('button', { name: 'Rename' }).click();
  yield 'rename form';
  await page.evaluate(() => {
    localStorage.setItem('buy-in-check/a/broken-1', '{"schema":1,');
    localStorage.setItem('buy-in-check/a/future-1', JSON.stringify({ schema: 9, assessment: { id: 'future-1', bank_version: 1, profile: { name: 'Newer' }, created_at: 1, updated_at: 1 } }));
  });
  await page.reload();
  await page.locator('.quarantine').waitFor();
  await page.locator('.quarantine summary').click();
  yield 'home with a set-aside record, a read-only card and their banners';
  await page.evaluate(() => window.dispatchEvent(new Event('buyin:update-ready')));
  await page.getByText('A new version of Buy-in Check is ready.').waitFor();
  yield 'new-version banner';

  await page.goto(env.server.url + '#/new');
  await page.getByLabel('Assessment name').fill('');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.locator('.form-error').waitFor();
  yield 'profile with an error';
  await page.getByLabel('Assessment name').fill('Fresh');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/step\/1$/);
  await headingChangedFrom(page, 'New assessment');
  await page.locator('#s-shared-value-1 input[value="4"]').check();
  await page.locator('#s-shared-value-1 summary').click();
  yield 'step with an answer and an open note';
  const id = page.url().match(/#\/a\/([a-z0-9-]+)\//)[1];
  await page.goto(`${env.server.url}#/a/${id}/step/6`);
  await page.getByRole('heading', { level: 1, name: 'Written commitments' }).waitFor();
  await page.locator('#s-written-commitments-signed input[value="no"]').check();
  await page.locator('.skipped').first().waitFor();
  yield 'step with a yes/no fact answered No and the statements it gates skipped';
  await page.goto(`${env.server.url}#/a/${id}/step/14`);
  await page.getByRole('heading', { level: 1, name: 'Warning signs' }).waitFor();
  yield 'warning-signs step';
  await page.goto(`${env.server.url}#/a/${id}/review`);
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
  yield 'review';
  await page.goto(`${env.server.url}#/a/a11y-2/results`);
  await page.locator('.dimension-table').waitFor();
  yield 'results with plan';
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.locator('.compare-table').first().waitFor();
  yield 'compare over time';
  await page.goto(env.server.url + '#/partnership');
  await page.locator('input[type=file]').setInputFiles([exportFile('p1', 'One', 'City Council', 0), exportFile('p2', 'Two', 'Health Trust', 2)]);
  await page.locator('.partner-table').waitFor();
  yield 'partnership view';
  for (const hash of ['#/about', '#/how-scores-work', '#/nowhere']) {
    await page.goto(env.server.url + hash);
    await appReady(page);
    yield hash;
  }
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no WCAG A/AA violation on any screen (${colorScheme})`, async () => {
    const context = await env.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const found = [];
    for await (const name of screens(page)) {
      for (const v of await axe(page)) found.push(`${name}: ${v}`);
    }
    await context.close();
    assert.deepEqual(found, []);
  });
}

test('axe is clean at phone width, and the storage-blocked banner too', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByText('Answers will not be kept.').waitFor();
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('a file button is one control to a screen reader, named once', async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url);
  await appReady(page);
  const tree = await page.locator('main').ariaSnapshot();
  // The label's visible words and the input it names were read one after the other.
  assert.equal(tree.match(/Import a file/g)?.length, 1, tree);
  await page.getByLabel('Import a file').waitFor();
  await page.goto(env.server.url + '#/partnership');
  await page.getByLabel('Add partner files').waitFor();
  const partners = await page.locator('main').ariaSnapshot();
  assert.equal(partners.match(/Add partner files/g)?.length, 1, partners);
  await page.close();
});

test('focus moves to the step heading; choices and progress are announced', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '#/new');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/step\/1$/);
  await headingChangedFrom(page, 'New assessment');
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  // The statement names its radio group; each option is labelled: five levels and Don't
  // know (it fits every partnership, so no Not applicable).
  const group = page.getByRole('group', { name: /Each partner has said how this partnership serves/ });
  assert.equal(await group.getByRole('radio').count(), 6);
  assert.ok(await group.getByRole('radio', { name: 'Strongly agree' }).isVisible());
  await tabTo(page, '#s-shared-value-1 input[type=radio]');
  await page.keyboard.press('Space');
  // A polite live region carries the change.
  const live = page.locator('[aria-live=polite]');
  await page.waitForFunction(() => [...document.querySelectorAll('[aria-live=polite]')].some((e) => /Strongly disagree/.test(e.textContent)));
  assert.match(await live.allInnerTexts().then((t) => t.join(' ')), new RegExp(`1 of ${STATEMENTS.length} answered`));
  // Focus is always visible: the focused option has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement.closest('.opt')).outlineStyle);
  assert.equal(outline, 'solid');
  await page.locator('.step-nav a.primary').click();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading' && document.activeElement.textContent === 'A say for every partner');
  await context.close();
});

test('text resized to 200 % loses nothing', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await appReady(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  assert.equal(await scrollsSideways(page), false);
  await page.goto(env.server.url + '#/new');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.waitForURL(/step\/1$/);
  await page.locator('fieldset.likert').first().waitFor();
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  assert.equal(await scrollsSideways(page), false, 'step at 200 %');
  const clipped = await page.locator('.opt').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
  assert.equal(clipped, 0, 'no option label is cut off');
  await context.close();
});

test('focus stays where the person is when a card opens or closes a form or a question', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await appReady(page);
  await page.locator('input[type=file]').setInputFiles([exportFile('focus-1', 'Spring', 'City Council', 0)]);
  await page.getByText('Imported 1 assessment.').waitFor();
  const card = page.locator('.card').first();
  const focused = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.id} ${document.activeElement?.textContent?.trim() ?? ''}`.trim());
  const focusOn = (id) => page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 2000 }).catch(async () => assert.fail(`focus is on ${await focused()}, not #${id}`));

  // Delete asks first, with focus on the harmless answer; Escape and Keep go back to Delete.
  await card.getByRole('button', { name: 'Delete' }).click();
  await focusOn('keep-button-focus-1');
  await page.keyboard.press('Escape');
  await focusOn('delete-button-focus-1');
  assert.equal(await card.getByRole('group', { name: 'Confirm delete' }).count(), 0, 'Escape cancels');
  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('button', { name: 'Keep' }).click();
  await focusOn('delete-button-focus-1');
  // Deleting puts focus on Undo; Undo on the assessment that came back.
  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await focusOn('undo-delete');
  await page.getByRole('button', { name: 'Undo' }).click();
  await focusOn('title-focus-1');
  // Rename opens on its field; Cancel and Save name go back to Rename.
  await card.getByRole('button', { name: 'Rename' }).click();
  await focusOn('rename-focus-1');
  await card.getByRole('button', { name: 'Cancel' }).click();
  await focusOn('rename-button-focus-1');
  // Escape cancels too, as on the delete confirmation.
  await card.getByRole('button', { name: 'Rename' }).click();
  await focusOn('rename-focus-1');
  await page.keyboard.press('Escape');
  await focusOn('rename-button-focus-1');
  assert.equal(await page.locator('#rename-focus-1').count(), 0, 'Escape closes the rename form');
  await card.getByRole('button', { name: 'Rename' }).click();
  // Focus arrives with the next frame: type only once it is in the field.
  await focusOn('rename-focus-1');
  await page.keyboard.press('End');
  await page.keyboard.type(' again');
  await page.keyboard.press('Enter');
  await page.locator('.card h3', { hasText: 'Spring again' }).waitFor();
  await focusOn('rename-button-focus-1');
  // Removing an action in the plan: focus on Undo, beside the message saying what went.
  await page.goto(`${env.server.url}#/a/focus-1/results`);
  await page.locator('.plan-items li').first().waitFor();
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.locator('.plan-items li').nth(1).waitFor();
  const items = await page.locator('.plan-items li').count();
  for (let left = items; left > 0; left--) {
    await page.locator('.plan-items li').first().locator('.remove').click();
    await focusOn('undo-remove');
  }
  await context.close();
});
