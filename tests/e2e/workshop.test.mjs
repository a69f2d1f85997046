// The facilitator's workshop: partners' files side by side, real disagreements told apart
// from weak links, ranked and capped, a conversation guide, an anonymous mode that names
// nobody, a view kept on purpose across a reload, and a page that fits a phone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAndServer, scratchDir, open, assertQuiet, scrollsSideways, shot, axe, STATEMENTS, BANK, fitAnswer, exportDocument } from './helpers.mjs';

const env = browserAndServer();
const work = scratchDir('workshop');
const BETWEEN = new Set(BANK.contexts.find((c) => c.id === 'between').dimensions.map((d) => d.title));

function partnerFile(id, organisation, between, within, overrides = {}, signs = [], stage = undefined) {
  const responses = {};
  for (const s of STATEMENTS) {
    const v = overrides[s.dimension] ?? (s.context === 'between' ? between : within);
    responses[s.id] = { answer: fitAnswer(s, v), note: `Note from ${organisation}`, changed_at: 1 };
  }
  const path = join(work, `${id}.json`);
  writeFileSync(path, JSON.stringify(exportDocument([{ id, profile: { name: `${organisation} view`, organisation, role: 'Partnership lead', partnership: 'River Care', stage }, responses, warning_signs: signs }])));
  return path;
}

const NAMES = ['Harbour Trust for Older People', 'Riverside NHS Foundation Trust', 'Homes For All Housing Association'];
// Each partner alone low on two dimensions of the partnership (six disagreements; three
// rows would fold into one card about that partner), one No to the signed agreement
// against two Yeses, and one partner weak at home: more cards than are shown at first.
const files = () => [
  partnerFile('w-harbour', NAMES[0], 4, 2, { mandate: 1, continuity: 1, 'watching-change': 1, 'zip-up': 1 }, ['hangs-on-one-person']),
  partnerFile('w-riverside', NAMES[1], 5, 4, { accountability: 1, 'core-business': 1 }, ['fence-sitting']),
  partnerFile('w-homes', NAMES[2], 4, 4, { 'shared-value': 1, 'shared-decisions': 1, 'written-commitments': 2 }, ['hangs-on-one-person']),
];

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

test('three partners: disagreements only where partners describe one partnership, ranked, capped, with a guide', async () => {
  const { page, log, context } = await open(env.browser, env.server.url + '#/partnership');
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(files());
  await page.getByText('Added 3 assessments.').waitFor();

  const shown = page.locator('ol.callouts > li:visible');
  const n = await shown.count();
  assert.ok(n >= 1 && n <= 5, `${n} callouts before the disclosure`);
  // Every callout once: on screen, not in the print-only copy of those behind the disclosure.
  const all = await page.locator(':is(.callout-disagreement, .callout-weak-link, .callout-shared-concern):not(.print-only-block *) h3').allTextContents();
  assert.ok(all.length > n, 'more wait behind the disclosure');
  assert.match(await page.locator('details.more-callouts summary').innerText(), /more worth a look/);
  for (const title of await page.locator('.callout-disagreement h3').allTextContents()) {
    const dim = title.match(/“(.+)”/)[1];
    assert.ok(BETWEEN.has(dim), `only between-partner dimensions are disagreements: ${title}`);
  }
  const weak = await page.locator('.callout-weak-link h3').allTextContents();
  assert.ok(weak.length >= 1);
  // As wide as what it rests on: one dimension named, several counted, or the whole context.
  for (const title of weak) assert.match(title, /^Inside .+, (support for the work is thin|“.+” is a concern|\w+ dimensions are concerns)$/);
  // Cards about one partner's own house are on this page, so it says whom the page is for.
  assert.match(await page.locator('.facilitator-note').innerText(), /^This page is for the facilitator: .+ To hand round, use the guide alone/);
  assert.match(await shown.first().innerText(), /Ranked by: /);
  // The order in one sentence above the callouts; its arithmetic folded away until asked.
  assert.match(await page.locator('.ranking-summary').innerText(), /fact the partners answered differently comes first/);
  const rule = page.locator('details.ranking-rule');
  assert.equal(await rule.getAttribute('open'), null, 'the arithmetic starts folded');
  assert.equal(await rule.locator('p').isVisible(), false);
  await rule.locator('summary').click();
  assert.match(await rule.locator('p').innerText(), /ranked by its gap/);

  // The guide for the group: questions, who should be in the room and actions for the top
  // shared concerns and disagreements; weak links are for the facilitator alone.
  const topics = page.locator('.guide-topic');
  const t = await topics.count();
  assert.ok(t >= 1 && t <= 5, `${t} topics`);
  for (const h of await topics.locator('h3').allInnerTexts()) assert.doesNotMatch(h, /^Inside /, 'no weak link in the group guide');
  for (const t of await topics.all()) {
    const text = await t.innerText();
    assert.match(text, /Questions to ask/);
    assert.ok((await t.locator('ul').first().locator('li').count()) >= 1);
    assert.match(text, /Who should be in the room: .+\./);
    assert.match(text, /Actions that fit/);
  }
  // Full names in the legend, never cut short.
  const legend = await page.locator('.heat-legend').innerText();
  for (const name of NAMES) assert.ok(legend.includes(name), name);
  // Each partner's Don't knows beside their two scores, and what a dash means.
  const twoContexts = page.locator('table.partner-contexts');
  assert.deepEqual((await twoContexts.locator('thead th').allInnerTexts()).map((t) => t.replace(/\u00ad/g, '')), ['Partner', 'Between partners', 'Within own organisation', "Don't know"]);
  assert.match(await twoContexts.locator('tbody tr').first().innerText(), /0 of \d+$/);
  assert.match(await page.locator('.no-score-key').innerText(), /^A dash \(–\) means too few answers for a score/);

  // The same files again: reported, not added twice.
  await page.locator('input[type=file]').setInputFiles(files()[0]);
  await page.getByText(/Already in this view, so not added again: Harbour Trust for Older People view\./).waitFor();
  assert.equal(await page.locator('.heat-legend li').count(), 3);

  // A partner sends an updated export (changed later): it takes the old one's place, so the
  // meeting sees the new answers, not the stale ones beside them; the old file after it
  // changes nothing.
  const updated = join(work, 'w-riverside-updated.json');
  const doc = JSON.parse(readFileSync(files()[1], 'utf8'));
  doc.assessments[0].updated_at = 2;
  for (const s of STATEMENTS.filter((s) => s.dimension === 'accountability')) doc.assessments[0].responses[s.id].answer = fitAnswer(s, 4);
  writeFileSync(updated, JSON.stringify(doc));
  const accountabilityRow = page.locator('table.partner-table tr', { hasText: 'Accountability' }).first();
  assert.match(await accountabilityRow.innerText(), /\b1\.0\b/);
  await page.locator('input[type=file]').setInputFiles(updated);
  await page.getByText(`Replaced by the newer copy you added: ${NAMES[1]} view.`).waitFor();
  assert.equal(await page.locator('.heat-legend li').count(), 3);
  assert.doesNotMatch(await accountabilityRow.innerText(), /\b1\.0\b/, 'the stale score is gone');
  await page.locator('input[type=file]').setInputFiles(files()[1]);
  await page.getByText(`Not added, because this view has a newer copy (changed later): ${NAMES[1]} view.`).waitFor();
  assert.doesNotMatch(await accountabilityRow.innerText(), /\b1\.0\b/);

  // The warning signs the partners ticked, the one most of them saw first, with who saw it.
  assert.deepEqual(await page.locator('ul.signs-seen > li').allInnerTexts(), [
    `In another partner, the work rests on one person — seen by ${NAMES[0]} and ${NAMES[2]} (2 of 3 partners).`,
    `Another partner puts off decisions the others are ready to make — seen by ${NAMES[1]} (1 of 3 partners).`,
  ]);

  // On paper: every callout (those behind "more worth a look" too), and none of the
  // controls around the view.
  // (Counted again: the updated copy settled Accountability, and its card went.)
  const cardsNow = await page.locator(':is(.callout-disagreement, .callout-weak-link, .callout-shared-concern):not(.print-only-block *) h3').count();
  assert.equal(cardsNow, all.length - 1);
  await page.emulateMedia({ media: 'print' });
  const printedCallouts = await page.locator('ol.callouts > li:visible').count();
  assert.equal(printedCallouts, cardsNow, 'every callout is printed');
  for (const hidden of ['.partnership > .lead', '.partnership .hero-actions', '.partnership .exports', '.partner-list button']) {
    assert.equal(await page.locator(`${hidden}:visible`).count(), 0, `${hidden} is not printed`);
  }
  // Which partnership, and who is in the view, on paper too.
  assert.equal(await page.locator('.partnership-name').innerText(), 'Partnership: River Care');
  assert.equal(await page.locator('.partner-list li:visible').count(), 3);
  await page.emulateMedia({ media: 'screen' });

  const md = await download(page, 'Download Markdown');
  assert.match(md, /^- \*\*Partnership:\*\* River Care$/m);
  assert.match(md, /## Warning signs the partners have seen\n\n.+\n\n- \*\*In another partner, the work rests on one person\*\* — seen by Harbour Trust/);
  assert.match(md, /## What stands out/);
  assert.match(md, /## Conversation guide/);
  assert.match(md, /\*\*Who should be in the room:\*\*/);
  await shot(page, 'workshop-1280');

  // A file from another partnership is not mixed in silently: a note names who gave which
  // partnership, on screen and on paper, until the file is removed.
  const lakeside = join(work, 'w-lakeside.json');
  const other = JSON.parse(readFileSync(files()[2], 'utf8'));
  Object.assign(other.assessments[0], { id: 'w-lakeside' });
  Object.assign(other.assessments[0].profile, { organisation: 'Lakeside Homes', name: 'Lakeside view', partnership: 'Lakeside Network' });
  writeFileSync(lakeside, JSON.stringify(other));
  await page.locator('input[type=file]').setInputFiles(lakeside);
  const note = page.locator('.partnership-note');
  await note.waitFor();
  assert.match(await page.locator('.import-message').innerText(), /^Added 1 assessment\./);
  assert.match(await note.innerText(), /These files name 2 different partnerships: “River Care” \(.+\), “Lakeside Network” \(Lakeside Homes\)\./);
  assert.equal(await page.locator('.partnership-name').count(), 0, 'no single name above two partnerships');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await note.isVisible(), 'the note is printed');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Remove Lakeside view — Lakeside Homes' }).click();
  await note.waitFor({ state: 'detached' });
  // The message about adding that file went with it.
  assert.equal(await page.locator('.import-message').innerText(), '');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('anonymous mode leaves no partner name on screen, in print or in any export', async () => {
  const { page, log, context } = await open(env.browser, env.server.url + '#/partnership');
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(files());
  await page.getByText('Added 3 assessments.').waitFor();
  await page.getByLabel(/Show partners as “Partner A, B, C”/).check();
  await page.locator('.heat-legend', { hasText: 'Partner C' }).waitFor();
  const hidden = [...NAMES, 'Harbour', 'Riverside', 'Homes For All', 'Note from', 'Partnership lead'];
  const noNames = (text, where) => { for (const name of hidden) assert.ok(!text.includes(name), `${name} in ${where}`); };
  noNames(await page.locator('main').innerText(), 'the page');
  await page.emulateMedia({ media: 'print' });
  noNames(await page.locator('main').innerText(), 'the printout');
  await page.emulateMedia({ media: 'screen' });
  noNames(await download(page, 'Download Markdown'), 'the Markdown');
  // Its files say they are anonymous, so they are not mistaken for the named ones.
  assert.match(await page.locator('.export-message').innerText(), /^Downloaded buy-in-check-partnership-anonymous\.md\.$/);
  noNames(await download(page, 'Download CSV'), 'the CSV');
  const json = await download(page, 'Download JSON');
  noNames(json, 'the JSON');
  assert.equal(JSON.parse(json).assessments.length, 3, 'the answers travel, the names do not');
  // A file that cannot be added is named by its place among those chosen, never by its
  // name (which may name a partner), and the reason is in plain words.
  const broken = join(work, 'Harbour Trust answers.json');
  const doc = JSON.parse(readFileSync(files()[0], 'utf8'));
  doc.assessments[0].profile.stage = 'hyperdrive';
  writeFileSync(broken, JSON.stringify(doc));
  await page.locator('input[type=file]').setInputFiles([files()[1], broken]);
  const said = await page.locator('.import-message', { hasText: 'Not added' }).innerText();
  assert.match(said, /Not added: file 2: In assessment 1: “hyperdrive” is not one of the values allowed here \(“forming”/);
  noNames(said, 'the message');
  await context.close();
});

test('a saved workshop survives a reload, follows changes, and prints its guide on its own', async () => {
  const { page, log, context } = await open(env.browser, env.server.url + '#/partnership');
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(files());
  await page.getByText('Added 3 assessments.').waitFor();
  assert.match(await page.locator('.keep-workshop').innerText(), /keeps copies of these partners' files in this browser, on this device/);
  // The banner's "Keep this view" jumps to the form and stays on this page (it opened the
  // welcome, as "#keep-heading" is no page of the app).
  await page.locator('.not-saved').getByRole('link', { name: 'Keep this view' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'keep-heading');
  assert.ok(page.url().endsWith('#/partnership'), page.url());
  assert.equal(await page.locator('.heat-legend li').count(), 3);
  await page.getByLabel('Workshop name').fill('River Care workshop');
  await page.getByRole('button', { name: 'Save in this browser' }).click();
  await page.getByText('Saved as “River Care workshop” in this browser.').waitFor();
  // Focus stays in the section whose button gave way to the banner.
  await page.waitForFunction(() => document.activeElement?.id === 'keep-heading');
  await page.getByLabel(/Show partners as “Partner A, B, C”/).check();

  await page.reload();
  await page.getByText('Saved as “River Care workshop” in this browser.').waitFor();
  assert.equal(await page.locator('.heat-legend li').count(), 3, 'the partners are back');
  assert.ok(await page.getByLabel(/Show partners as “Partner A, B, C”/).isChecked(), 'anonymous mode kept');
  assert.match(await page.locator('.saved-workshops').innerText(), /River Care workshop — 3 partners/);

  // "Print the guide": only the guide is printed, on one or two A4 pages.
  await page.evaluate(() => document.body.classList.add('printing-guide'));
  await page.emulateMedia({ media: 'print' });
  const visible = await page.locator('main h2').evaluateAll((hs) => hs.filter((h) => h.offsetParent !== null).map((h) => h.textContent));
  assert.deepEqual(visible, ["Conversation guide for the partners' meeting"]);
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync('test-results/guide.pdf', pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => document.body.classList.remove('printing-guide'));

  // Closing empties the view; the saved workshop stays and opens again.
  await page.getByRole('button', { name: 'Close this view' }).click();
  await page.getByRole('button', { name: 'Open River Care workshop' }).click();
  await page.locator('.heat-legend li').nth(2).waitFor();
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('a signed agreement one partner does not know of is a card for the facilitator, not for the group', async () => {
  const { page, log, context } = await open(env.browser, env.server.url + '#/partnership');
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').setInputFiles([
    partnerFile('k-harbour', 'Harbour Trust', 4, 4),
    partnerFile('k-riverside', 'Riverside', 4, 4),
    partnerFile('k-rescue', 'River Rescue', 4, 4, { 'written-commitments': 'dont-know' }),
  ]);
  await page.getByText('Added 3 assessments.').waitFor();
  const card = page.locator('.callout-not-known');
  await card.waitFor();
  assert.match(await card.innerText(), /To share before the meeting \(for the facilitator\)/i);
  assert.match(await card.innerText(), /Harbour Trust and Riverside answered Yes to “The partners have signed a written agreement, such as a memorandum of understanding”; River Rescue answered neither Yes nor No\./);
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('the partnership view fits 320 and 360 px without sideways scrolling', async () => {
  const { page, log, context } = await open(env.browser, env.server.url, { viewport: { width: 360, height: 740 } });
  // A long assessment name in this browser's picker must not widen the page.
  await page.locator('input[type=file]').setInputFiles(partnerFile('w-long', 'An organisation with a very long name that goes on and on', 4, 4));
  await page.getByText('Imported 1 assessment.').waitFor();
  await page.goto(env.server.url + '#/partnership');
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').setInputFiles(files());
  await page.getByText('Added 3 assessments.').waitFor();
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    assert.equal(await scrollsSideways(page), false, `partnership view at ${width} px`);
    // Each partner's two scores and Don't knows in view, not in a scroll box (the by-dimension
    // table, one column per partner, scrolls by design), nor the key under it.
    assert.equal(await page.locator('table.partner-contexts').evaluate((t) => t.parentElement.scrollWidth - t.parentElement.clientWidth), 0, `two contexts at ${width} px`);
    assert.equal(await page.locator('.table-key').evaluate((p) => p.scrollWidth - p.clientWidth), 0);
    // The by-dimension table does scroll: its edge shows there is more, and scrolled to the
    // end, the dimension names and context headings are still in view beside the numbers.
    const wrap = page.locator('.table-wrap:has(table.partner-table)');
    const edge = await wrap.evaluate((w) => [w.scrollWidth > w.clientWidth, getComputedStyle(w).backgroundImage]);
    assert.ok(edge[0], `the table is wider than ${width} px`);
    assert.match(edge[1], /radial-gradient/, 'edge shadows');
    await wrap.evaluate((w) => { w.scrollLeft = w.scrollWidth; });
    const left = await wrap.evaluate((w) => w.getBoundingClientRect().left);
    for (const cell of [page.locator('table.partner-table tbody th[scope=row]', { hasText: 'Accountability' }), page.locator('table.partner-table .sticky-label').first()]) {
      const box = await cell.boundingBox();
      assert.ok(box.x >= left - 1 && box.x < left + 20, `${await cell.innerText()} stays at the left edge at ${width} px (x ${box.x}, box ${left})`);
    }
    await wrap.evaluate((w) => { w.scrollLeft = 0; });
    // A keyboard can reach it to scroll it.
    assert.equal(await wrap.getAttribute('tabindex'), '0');
    // The colour map would be a few pixels high here: the table stands in for it.
    assert.equal(await page.locator('.heat-figure').isVisible(), false);
    assert.ok(await page.locator('.heat-map-note').isVisible());
    assert.deepEqual(await axe(page), [], `axe at ${width} px`);
  }
  await shot(page, 'workshop-320');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('partners who place the partnership at different stages are told so first, and the guide follows most of them', async () => {
  const { page, log, context } = await open(env.browser, env.server.url + '#/partnership', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').setInputFiles([
    partnerFile('s-harbour', NAMES[0], 2, 4, {}, [], 'forming'),
    partnerFile('s-riverside', NAMES[1], 3, 4, {}, [], 'forming'),
    partnerFile('s-homes', NAMES[2], 2, 4, {}, [], 'delivering'),
  ]);
  await page.getByText('Added 3 assessments.').waitFor();
  const note = page.locator('.stage-note');
  assert.equal(
    await note.innerText(),
    `Partners place the partnership at different stages: ${NAMES[0]} and ${NAMES[1]} say “Forming: getting started”, ` +
      `${NAMES[2]} says “Delivering: the work is under way”. Agree where it stands first; the first steps below are those for ` +
      '“Forming: getting started”, which most partners gave.',
  );
  // Above the callouts: it is the first thing to agree.
  const noteTop = (await note.boundingBox()).y;
  const firstCallout = (await page.locator('ol.callouts > li').first().boundingBox()).y;
  assert.ok(noteTop < firstCallout, 'the stage note comes before the callouts');
  assert.equal(await scrollsSideways(page), false, 'the note fits a phone');
  await shot(page, 'workshop-stages-360-dark');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('a partner file from an earlier version of the questions is named with what it has yet to answer', async () => {
  const { page, log, context } = await open(env.browser, env.server.url + '#/partnership');
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').setInputFiles([partnerFile('e-harbour', NAMES[0], 4, 4), 'tests/fixtures/v2/export-v2.json']);
  await page.getByText('Added 2 assessments.').waitFor();
  const note = page.locator('.earlier-questions-note');
  assert.equal(
    await note.innerText(),
    'A file started on an earlier version of the questions has new statements still to answer: Port Authority (13 statements). ' +
      "Those scores rest on fewer statements than the others'; ask for an updated file before the meeting. " +
      '14 answers belong to statements these questions no longer ask; they are left out.',
  );
  // Said before what stands out: it changes how every figure below reads.
  const noteTop = (await note.boundingBox()).y;
  const heading = (await page.getByRole('heading', { level: 2, name: 'What stands out' }).boundingBox()).y;
  assert.ok(noteTop < heading, 'above "What stands out"');
  assertQuiet(assert, log, new URL(env.server.url).origin);
  await context.close();
});

test('one partner far below the others across the partnership is one card and one topic, not one per dimension', async () => {
  const { page, log } = await open(env.browser, env.server.url + '#/partnership', { viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
  await page.getByRole('heading', { level: 1, name: 'Partnership view' }).waitFor();
  await page.locator('input[type=file]').setInputFiles([
    partnerFile('apart-harbour', NAMES[0], 4, 4),
    partnerFile('apart-riverside', NAMES[1], 5, 4),
    partnerFile('apart-homes', NAMES[2], 1, 4),
  ]);
  await page.getByText('Added 3 assessments.').waitFor();
  // Homes is 3 or more points below both others on six dimensions (the seventh holds the
  // signed agreement, which it answered No: a fact to settle, a card of its own). Its No
  // to "someone besides its representative works with us" is its own view, so
  // "Connected at every level" is one of the six, not a fact to settle.
  const titles = await page.locator('.callout-disagreement:not(.print-only-block *) h3').allInnerTexts();
  assert.deepEqual(titles, [
    'Partners disagree on a fact in “Written commitments”',
    `${NAMES[2]} scores the partnership lower on 6 dimensions`,
  ]);
  const card = await page.locator('.callout-disagreement', { hasText: 'lower on 6 dimensions' }).first().innerText();
  assert.match(card, /“Shared value” 1\.0 against 4\.0–5\.0/);
  assert.match(card, /“Connected at every level”/);
  assert.match(card, /not 6 separate disagreements/);
  // The hand-out for the group names the dimensions, not the partner.
  const topic = page.locator('.guide-topic', { hasText: "Where one partner's scores stand apart: “Shared value”" });
  assert.match(await topic.innerText(), /Where do our experiences of this partnership differ most/);
  assert.doesNotMatch(await page.locator('.guide-topics').innerText(), new RegExp(NAMES[2]));
  assert.equal(await scrollsSideways(page), false);
  await shot(page, 'partnership-one-apart-360-dark');
  assertQuiet(assert, log, env.server.url);
});
