// Comparisons as a broker and a returning representative use them: change over time,
// and three partners' files side by side.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { browserAndServer, scratchDir, open, assertQuiet, shot, scrollsSideways, STATEMENTS, fitAnswer, exportDocument } from './helpers.mjs';

const env = browserAndServer();
const work = scratchDir('compare');



/** An export file for one partner: `between` and `within` answer every statement of that context. */
function partnerFile(id, organisation, between, within, overrides = {}) {
  const responses = {};
  for (const s of STATEMENTS) {
    const v = overrides[s.dimension] ?? (s.context === 'between' ? between : within);
    responses[s.id] = { answer: fitAnswer(s, v), changed_at: 1 };
  }
  const doc = exportDocument([{ id, profile: { name: `${organisation} view`, organisation, partnership: 'River Care' }, responses }]);
  const path = join(work, `${id}.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

test('three partner files side by side: table, heat map and divergence callouts', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  await page.getByRole('link', { name: 'Partnership view' }).click();
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  const files = [
    partnerFile('p-council', 'City Council', 5, 4),
    partnerFile('p-trust', 'Health Trust', 4, 2),
    partnerFile('p-volunteers', 'River Volunteers', 4, 4, { accountability: 1 }),
  ];
  await page.locator('input[type=file]').setInputFiles(files);
  await page.getByText('Added 3 assessments.').waitFor();

  const heads = await page.locator('.partner-table thead th').allInnerTexts();
  assert.deepEqual(heads, ['Dimension', 'City Council', 'Health Trust', 'River Volunteers', 'Mean', 'Spread']);
  const acc = page.locator('.partner-table tr', { hasText: 'Accountability' });
  assert.deepEqual(await acc.locator('td').allInnerTexts(), ['5.0', '4.0', '1.0', '3.3', '4.0 (differ)']);
  assert.equal(await page.locator('svg.heat-map rect.heat-cell').count(), 13 * 3);
  const callouts = await page.locator('.callouts').innerText();
  assert.match(callouts, /Inside Health Trust, support for the work is thin/);
  assert.match(callouts, /“My mandate” 2\.0/);
  assert.match(callouts, /Partners see “Accountability” differently/);
  assert.match(callouts, /City Council 5\.0, Health Trust 4\.0, River Volunteers 1\.0/);
  assert.doesNotMatch(callouts, /see “Shared value” differently/, 'a spread of 1.0 is not called out');
  assert.doesNotMatch(callouts, /see “My mandate” differently/, 'a within-organisation spread is never a disagreement');
  // Between partners over all partners: where a dimension's fact is Yes (5) beside 4s, the
  // agreement's shows 4.3 ((5 + 3·4)/4) and the connections' 4.3 ((4 + 4 + 5)/3), so
  // (5 + (5·4 + 4.3 + 4.3)/7 + (4·4 + 1 + 4.3 + 4.3)/7) / 3 = (5 + 4.1 + 3.7) / 3 = 4.27.
  assert.match(await page.locator('main').innerText(), /Between partners, all partners together: 4\.3\./);
  await shot(page, 'partnership-1280');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const rows = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(rows[0], 'context,dimension,City Council,Health Trust,River Volunteers,mean,spread,mark');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  assert.match(readFileSync(await md.path(), 'utf8'), /## What stands out/);

  // The order partners are added in does not change the aggregate.
  await page.getByRole('button', { name: 'Remove City Council view' }).click();
  await page.locator('input[type=file]').setInputFiles(files[0]);
  await page.getByText('Added 1 assessment.').waitFor();
  assert.match(await page.locator('main').innerText(), /Between partners, all partners together: 4\.3\./);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('change over time against an earlier assessment', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  // Dated, as people date them: the dates also go into the tables' column heads.
  const then = partnerFile('then-1', 'City Council', 4, 2);
  const thenDoc = JSON.parse(readFileSync(then, 'utf8'));
  thenDoc.assessments[0].profile.date = '2026-03-01';
  thenDoc.assessments[0].warning_signs = ['fence-sitting', 'says-not-delivers'];
  writeFileSync(then, JSON.stringify(thenDoc));
  const nowDoc = JSON.parse(readFileSync(partnerFile('now-1', 'City Council', 4, 2, { mandate: 5, accountability: 2 }), 'utf8'));
  nowDoc.assessments[0].profile.name = 'Autumn';
  nowDoc.assessments[0].profile.date = '2026-11-01';
  nowDoc.assessments[0].warning_signs = ['fence-sitting', 'changing-faces'];
  nowDoc.assessments[0].actions = [
    { id: 'x', text: 'Write the agreement', owner: 'Priya (City Council)', due: '2027-01-15', status: 'done' },
    // A long web address wraps in the plan table, so its statuses stay in view at 360 px.
    { id: 'y', text: 'Read https://example.org/partnership/documents/steering-group/2026/terms-of-reference-and-handbook.pdf', owner: '', due: '', status: 'planned' },
  ];
  const now = join(work, 'now.json');
  writeFileSync(now, JSON.stringify(nowDoc));
  await page.locator('input[type=file]').setInputFiles(then);
  await page.getByText('Imported 1 assessment.').waitFor();
  await page.locator('input[type=file]').setInputFiles(now);
  await page.getByText('Imported 1 assessment.').waitFor();
  await page.locator('.card', { hasText: 'Autumn' }).getByRole('link', { name: 'Results' }).click();
  await page.getByRole('heading', { level: 2, name: 'Compare with an earlier assessment' }).waitFor();
  assert.match(await page.locator('#baseline-select').innerText(), /City Council view, 2026-03-01 \(same partnership\)/);
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.getByRole('heading', { level: 1, name: 'Autumn compared with City Council view' }).waitFor();
  const main = await page.locator('main').innerText();
  assert.match(main, /1 improved, 1 declined, 11 with little change\./);
  const mandate = page.locator('.compare-table tr', { hasText: 'My mandate' });
  assert.deepEqual(await mandate.locator('td').allInnerTexts(), ['2.0', '5.0', '+3.0 Improved']);
  const acc = page.locator('.compare-table tr', { hasText: 'Accountability' });
  assert.deepEqual(await acc.locator('td').allInnerTexts(), ['4.0', '2.0', '−2.0 Declined']);
  // Both plans side by side: an item new since, done now.
  // Who owns it and by when, under the action: a meeting going through the plan asks both.
  assert.deepEqual(await page.locator('.plan-then-now tbody tr').first().locator('th, td').allInnerTexts(), ['Write the agreement\nOwner: Priya (City Council) · due 2027-01-15', 'not in that plan', 'Done']);
  // The earlier one had no plan: nothing was "marked done since", every item is new.
  assert.match(main, /The earlier assessment had no action plan\. Of this one's 2 items, 1 is done\./);
  assert.doesNotMatch(main, /marked done since/);
  // The warning signs that came, went and stayed (the page was silent about them).
  assert.deepEqual(await page.locator('.signs-changed li').allInnerTexts(), [
    '“Another partner puts off decisions the others are ready to make”: seen then and now.',
    '“Another partner agrees to tasks, then does not do them”: seen then, not now.',
    '“Another partner keeps changing who it sends to meetings”: seen now, not then.',
  ]);
  // Each column says which assessment it is, on screen and to a screen reader.
  assert.match(await page.locator('.compare-legend').innerText(), /Then\s+City Council view, 2026-03-01\s+Now\s+Autumn, 2026-11-01/);
  assert.match(await page.locator('.compare-table thead th').nth(1).textContent(), /^Then \(City Council view, 2026-03-01\)/);
  // The same as text to send to partners: rendered by a CommonMark renderer, its tables
  // say what the page's do.
  const [mdFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
  assert.equal(mdFile.suggestedFilename(), 'buy-in-check-autumn-compared-with-city-council-view.md');
  assert.match(await page.locator('.compare .export-message').innerText(), /^Downloaded buy-in-check-autumn-compared-with-city-council-view\.md\.$/);
  const html = new MarkdownIt().render(readFileSync(await mdFile.path(), 'utf8'));
  const doc = await page.evaluate((h) => {
    const d = new DOMParser().parseFromString(h, 'text/html');
    const rows = [...d.querySelectorAll('table')].map((t) => [...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent.trim())));
    return { h1: d.querySelector('h1').textContent, paras: [...d.querySelectorAll('p')].map((p) => p.textContent), rows, signs: [...[...d.querySelectorAll('h2')].find((h) => h.textContent.startsWith('Warning signs')).nextElementSibling.querySelectorAll('li')].map((l) => l.textContent) };
  }, html);
  assert.equal(doc.h1, 'Buy-in Check: Autumn compared with City Council view');
  assert.ok(doc.paras.includes('1 improved, 1 declined, 11 with little change.'), doc.paras.join(' | '));
  assert.deepEqual(doc.rows[1].find((r) => r[0] === 'My mandate'), ['My mandate', '2.0', '5.0', '+3.0 Improved']);
  assert.deepEqual(doc.rows[1].find((r) => r[0] === 'Accountability'), ['Accountability', '4.0', '2.0', '−2.0 Declined']);
  assert.equal(doc.rows[1].length, 13 + 2, 'every dimension, under its context');
  assert.deepEqual(doc.rows[2][0], ['Write the agreement', 'Owner: Priya (City Council) · due 2027-01-15', 'not in that plan', 'Done']);
  assert.deepEqual(doc.signs, await page.locator('.signs-changed li').allInnerTexts());
  // It fits a small phone: no sideways scroll at 320 or 360 px.
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 740 });
    assert.equal(await scrollsSideways(page), false, `compare at ${width} px`);
    // Nor is a column hidden inside a table's own scroll box (the dates pushed "Change" out).
    assert.deepEqual(await page.locator('.table-wrap').evaluateAll((ws) => ws.map((w) => w.scrollWidth - w.clientWidth)), [0, 0, 0], `compare tables at ${width} px`);
  }
  await shot(page, 'compare-320');
  // At 360 px an action keeps room for whole words: the statuses took the width and broke
  // "partnership" as "partners hip".
  await page.setViewportSize({ width: 360, height: 740 });
  const actionWidth = await page.locator('.plan-then-now tbody th').first().evaluate((th) => th.getBoundingClientRect().width);
  assert.ok(actionWidth >= 140, `action column ${actionWidth} px at 360 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  // On paper a long table can run on to the next page, a row at a time: its scroll box
  // was printed whole, so the table jumped to page 2 with the space below the map unused.
  await page.emulateMedia({ media: 'print' });
  const paper = await page.locator('.compare-table').nth(1).evaluate((t) => ({
    wrap: getComputedStyle(t.closest('.table-wrap')).overflowY,
    table: getComputedStyle(t).breakInside,
    row: getComputedStyle(t.querySelector('tbody tr:not(.group-row)')).breakInside,
  }));
  assert.deepEqual(paper, { wrap: 'visible', table: 'auto', row: 'avoid' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync('test-results/compare.pdf', pdf);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('.banner-warn').count(), 0, 'same partnership: no warning');
  // "Swap then and now" reads the same two the other way round.
  await page.getByRole('link', { name: 'Swap then and now' }).click();
  await page.getByRole('heading', { level: 1, name: 'City Council view compared with Autumn' }).waitFor();
  assert.deepEqual(await page.locator('.compare-table tr', { hasText: 'My mandate' }).locator('td').allInnerTexts(), ['5.0', '2.0', '−3.0 Declined']);
  assert.deepEqual(await page.locator('.plan-then-now tbody tr').first().locator('th, td').allInnerTexts(), ['Write the agreement\nOwner: Priya (City Council) · due 2027-01-15', 'Done', 'not in this plan']);
  // Compared with an assessment of another partnership, the page says so before any number.
  const other = JSON.parse(readFileSync(partnerFile('other-1', 'City Council', 4, 2), 'utf8'));
  other.assessments[0].profile.partnership = 'Harbour Skills Network';
  const otherPath = join(work, 'other.json');
  writeFileSync(otherPath, JSON.stringify(other));
  await page.goto(env.server.url);
  await page.locator('input[type=file]').setInputFiles(otherPath);
  await page.getByText('Imported 1 assessment.').waitFor();
  const nowId = nowDoc.assessments[0].id;
  await page.goto(`${env.server.url}#/a/${nowId}/results`);
  assert.match(await page.locator('#baseline-select').innerText(), /\(Harbour Skills Network\)/);
  await page.goto(`${env.server.url}#/a/${nowId}/compare/other-1`);
  await page.locator('.compare-table').first().waitFor();
  assert.match(await page.locator('.banner-warn').innerText(), /different partnerships \(“Harbour Skills Network” then, “River Care” now\)/);
  // On paper too: without it the printed changes read as one partnership's.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.banner-warn').isVisible(), true, 'the warning is printed');
  await page.emulateMedia({ media: 'screen' });
  assert.match(main, /Write the agreement/);
  assert.equal(await page.locator('svg.context-map circle.map-earlier:not(.map-key)').count(), 1);
  // Then is hollow and Now is filled: told apart by shape, not only by two close colours.
  const fills = await page.locator('svg.context-map').evaluate((svg) => {
    const style = (sel) => getComputedStyle(svg.querySelector(sel));
    return { then: style('circle.map-earlier:not(.map-key)').fill, now: style('circle.map-dot:not(.map-key)').fill, surface: getComputedStyle(document.body).getPropertyValue('--surface').trim(), ring: style('circle.map-earlier:not(.map-key)').strokeWidth };
  });
  assert.notEqual(fills.then, fills.now);
  assert.equal(fills.then, 'rgb(255, 255, 255)', `then is hollow on the light surface ${fills.surface}`);
  assert.ok(parseFloat(fills.ring) >= 2, fills.ring);
  // A key says which dot is which, and the label names both points.
  assert.match(await page.locator('svg.context-map').textContent(), /Then\s*Now\s*close$/);
  assert.match(await page.locator('svg.context-map').getAttribute('aria-label'), /^Two-context view\. Then: between partners \d\.\d, within my organisation \d\.\d: .+\. Now: between partners/);
  await shot(page, 'compare-1280');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('on the map, an earlier point where the current one nearly sits still shows', async () => {
  const { page, log, context } = await open(env.browser, env.server.url);
  const assessment = (id, date, value) => {
    const responses = {};
    for (const s of STATEMENTS) responses[s.id] = { answer: fitAnswer(s, value), changed_at: 1 };
    return { id, profile: { name: `Map ${date}`, partnership: 'Map check', organisation: 'Harbour Trust', date }, responses };
  };
  const then = assessment('map-then', '2026-03-01', 4);
  const now = assessment('map-now', '2026-11-01', 4);
  // One answer a point lower now: the two points all but coincide.
  now.responses['mandate-5'] = { answer: '3', changed_at: 2 };
  const file = join(work, 'map-pair.json');
  writeFileSync(file, JSON.stringify(exportDocument([then, now])));
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText('Imported 2 assessments.').waitFor();
  await page.goto(`${env.server.url}#/a/map-now/compare/map-then`);
  const map = page.locator('svg.context-map');
  await map.waitFor();
  // Drawn over the current dot, hollow: what is at its ring is the earlier point.
  const hit = await map.evaluate((svg) => {
    const earlier = svg.querySelector('circle.map-earlier:not(.map-key)');
    const dot = svg.querySelector('circle.map-dot:not(.map-key)');
    // A point on its ring, left of its centre: outside the current dot (radius 7).
    const box = earlier.getBoundingClientRect();
    const scale = svg.getScreenCTM().a;
    const r = Number(earlier.getAttribute('r'));
    const top = document.elementFromPoint(box.left + box.width / 2 - r * scale, box.top + box.height / 2);
    return {
      after: Boolean(dot.compareDocumentPosition(earlier) & Node.DOCUMENT_POSITION_FOLLOWING),
      over: earlier.classList.contains('map-earlier-over'),
      fill: getComputedStyle(earlier).fill,
      around: Number(earlier.getAttribute('r')) > Number(dot.getAttribute('r')),
      top: top === earlier,
    };
  });
  assert.deepEqual(hit, { after: true, over: true, fill: 'none', around: true, top: true });
  await map.screenshot({ path: 'test-results/compare-map-overlap.png' });
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});
