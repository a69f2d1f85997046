// Prints the results page of a complete assessment to PDF, A4 and US Letter, for a person
// to look at (turn the pages into pictures with `pdftoppm -png -r 60`).
// Usage: node scripts/report-pdf.mjs [plan items]   (after a release build in dist/)

import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, serve, exportDocument, fullAssessment, appReady } from '../tests/e2e/helpers.mjs';

const planItems = Number(process.argv[2] ?? 8);
const browser = await launch();
const server = await serve();
mkdirSync('test-results', { recursive: true });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await appReady(page);
const file = 'test-results/full-assessment.json';
writeFileSync(file, JSON.stringify(exportDocument([fullAssessment({ planItems })])));
await page.locator('input[type=file]').setInputFiles(file);
await page.getByText('Imported 1 assessment.').waitFor();
await page.goto(`${server.url}#/a/full-report/results`);
await page.locator('.dimension-table').first().waitFor();
for (const format of ['A4', 'Letter']) {
  const pdf = await page.pdf({ format, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  writeFileSync(`test-results/report-${format.toLowerCase()}.pdf`, pdf);
  console.log(`test-results/report-${format.toLowerCase()}.pdf: ${pages} pages`);
}
await browser.close();
await server.close();
