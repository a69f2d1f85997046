// The same scenarios in three browser engines: Chromium, Firefox (Gecko) and WebKit, so a
// regression in any engine a partner's browser is built on fails here, named by engine.
// See drivers.mjs for how each engine is driven and scenarios.mjs for what is checked.

import { test, before, after } from 'node:test';
import { serve } from '../e2e/helpers.mjs';
import { ENGINES } from './drivers.mjs';
import { newUserFlow, historyAndReload, offlineReady, exportAndImport, printedReport, phoneWidth } from './scenarios.mjs';

let server;
before(async () => {
  server = await serve();
});
after(() => server?.close());

// ENGINES=firefox,webkit runs a subset while working on one engine; the test command runs all.
const only = process.env.ENGINES?.split(',');
for (const [engine, start] of Object.entries(ENGINES).filter(([e]) => !only || only.includes(e))) {
  test(`[${engine}] a partner's visit`, async (t) => {
    const d = await start();
    try {
      let id;
      await t.test(`[${engine}] a new user answers every step, reviews and sees results that survive a reload`, async () => {
        id = await newUserFlow(d, server.url);
      });
      await t.test(`[${engine}] Back, Forward and reload on a step keep the place and the answers`, () => historyAndReload(d, server.url, id));
      await t.test(`[${engine}] after the first visit the service worker holds every file`, () => offlineReady(d, server.url));
      await t.test(`[${engine}] the JSON export restores the assessment`, () => exportAndImport(d, server.url, id));
      await t.test(`[${engine}] the printed page is the report alone`, () => printedReport(d, server.url, id));
      await t.test(`[${engine}] no screen scrolls sideways at 360 px`, () => phoneWidth(d, server.url, id));
    } finally {
      await d.close();
    }
  });
}
