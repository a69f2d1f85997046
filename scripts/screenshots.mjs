// Takes screenshots of every screen at phone (360 px) and desktop (1280 px) width, in
// light and dark, into test-results/screens/, for a person to look at.
// Usage: node scripts/screenshots.mjs   (after a release build in dist/)

import { mkdirSync } from 'node:fs';
import { launch, serve, STATEMENTS, fitAnswer, appReady } from '../tests/e2e/helpers.mjs';

const browser = await launch();
const server = await serve();
mkdirSync('test-results/screens', { recursive: true });

// One assessment with a spread of answers, made through the UI.
const setup = await browser.newPage();
await setup.goto(server.url + '#/new');
await setup.getByLabel('Assessment name').fill('Spring review');
await setup.getByLabel('Partnership').fill('River Care Alliance');
await setup.getByLabel('Partner organisations').fill('City Council\nHealth Trust\nRiver Rescue Volunteers');
await setup.getByRole('button', { name: 'Start the assessment' }).click();
await setup.waitForURL(/step\/1$/);
const id = setup.url().match(/#\/a\/([a-z0-9-]+)\//)[1];
const values = ['5', '4', '4', '3', '2', 'dont-know', '4', '5', '3', '2', '1', 'not-applicable'];
const dimensions = [...new Set(STATEMENTS.map((s) => s.dimension))];
for (let step = 1; step <= dimensions.length; step++) {
  await setup.goto(`${server.url}#/a/${id}/step/${step}`);
  await setup.locator('fieldset.likert').first().waitFor();
  await setup.waitForTimeout(100);
  const here = STATEMENTS.filter((s) => s.dimension === dimensions[step - 1]);
  for (const [i, s] of here.entries()) {
    const g = setup.locator(`#s-${s.id}`);
    // A "No" to a fact skips the statements that presuppose it.
    if ((await g.locator('input').count()) === 0) continue;
    await g.locator(`input[value="${fitAnswer(s, values[(step + i) % values.length])}"]`).check();
  }
}
const storage = await setup.evaluate(() => JSON.stringify(localStorage));
await setup.close();

const screens = [
  ['home', '#/'],
  ['profile', '#/new'],
  ['step-1', `#/a/${id}/step/1`],
  ['step-fact', `#/a/${id}/step/6`],
  ['step-8', `#/a/${id}/step/8`],
  ['warning-signs', `#/a/${id}/step/14`],
  ['review', `#/a/${id}/review`],
  ['results', `#/a/${id}/results`],
  ['how-scores', '#/how-scores-work'],
  ['about', '#/about'],
];
for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
    await context.addInitScript((s) => {
      if (!localStorage.length) for (const [k, v] of Object.entries(JSON.parse(s))) localStorage.setItem(k, v);
    }, storage);
    const page = await context.newPage();
    for (const [name, hash] of screens) {
      await page.goto(server.url + hash);
      await appReady(page);
      await page.waitForTimeout(150);
      await page.screenshot({ path: `test-results/screens/${name}-${width}-${scheme}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
await server.close();
console.log('screenshots in test-results/screens/');
