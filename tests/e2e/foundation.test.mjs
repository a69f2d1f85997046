// The app shell as a first-time visitor meets it: home, navigation, history, sub-paths.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserAndServer, serve, open, assertQuiet, shot } from './helpers.mjs';

const env = browserAndServer();


test('the home page says what the tool is, how long it takes and that answers stay here', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  assert.equal(await page.title(), 'Buy-in Check');
  const text = await page.locator('main').innerText();
  assert.match(text, /between the partner organisations/i);
  assert.match(text, /10–15 minutes/);
  assert.match(text, /never leave this browser/i);
  assert.ok(await page.getByRole('link', { name: 'Start a new assessment' }).isVisible());
  assert.equal(await page.locator('#boot').count(), 0, 'the start-up note is gone once the app runs');
  await shot(page, 'home-1280');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('navigation, Back, Forward and reload keep the person where they were', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await page.getByRole('link', { name: 'About' }).click();
  await page.getByRole('heading', { level: 1, name: 'About Buy-in Check' }).waitFor();
  assert.ok(page.url().endsWith('#/about'));
  assert.match(await page.locator('main').innerText(), /Ian Dixon/);
  assert.equal(await page.title(), 'About · Buy-in Check');

  await page.getByRole('link', { name: 'How scores work' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'How scores work' }).waitFor();
  assert.match(await page.locator('main').innerText(), /4\.0 and above is a strength/);

  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'About Buy-in Check' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: /How deep does buy-in/ }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'About Buy-in Check' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'About Buy-in Check' }).waitFor();
  assert.ok(page.url().endsWith('#/about'));

  await page.goto(env.server.url + '#/no/such/page');
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the build runs from a sub-path', async () => {
  const sub = await serve({ prefix: '/partners/buy-in/' });
  try {
    const { page, log, context } = await open(env.browser, sub.url);
    await page.getByRole('heading', { level: 1, name: /How deep does buy-in/ }).waitFor();
    assert.ok(sub.requests.some((p) => p.startsWith('/partners/buy-in/') && p.endsWith('.wasm')), 'wasm loaded from the sub-path');
    assert.ok(sub.requests.every((p) => p.startsWith('/partners/buy-in/')), `every request under the sub-path: ${sub.requests}`);
    assertQuiet(assert, log, new URL(sub.url).origin);
    await context.close();
  } finally {
    await sub.close();
  }
});

test('dark colour scheme follows the system setting', async () => {
  const light = await open(env.browser, env.server.url, { colorScheme: 'light' });
  const dark = await open(env.browser, env.server.url, { colorScheme: 'dark' });
  const bg = (p) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [l, d] = [await bg(light.page), await bg(dark.page)];
  assert.notEqual(l, d, 'background differs between schemes');
  const lum = (c) => c.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0);
  assert.ok(lum(d) < lum(l), `dark background ${d} is darker than light ${l}`);
  await shot(dark.page, 'home-dark-1280');
  await light.context.close();
  await dark.context.close();
});
