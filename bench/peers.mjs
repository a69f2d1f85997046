// Builds the two peer pages the benchmark compares Buy-in Check with, from the same
// statements: a plain HTML page (the lower bound) and a SurveyJS 2.5 page (what a team
// might pick instead). Both show every statement on one page with 1–5, Don't know and
// Not applicable, and a live mean score, like the app's step page.

import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const CHOICES = [['1', 'Strongly disagree'], ['2', 'Disagree'], ['3', 'Neither agree nor disagree'], ['4', 'Agree'], ['5', 'Strongly agree'], ['dont-know', "Don't know"], ['not-applicable', 'Not applicable']];

/** Writes both peers for `bank` under `dir`; returns their paths relative to `dir`. */
export function buildPeers(bank, dir) {
  const statements = bank.contexts.flatMap((c) => c.dimensions.flatMap((d) => d.statements));
  mkdirSync(join(dir, 'vanilla'), { recursive: true });
  mkdirSync(join(dir, 'surveyjs'), { recursive: true });

  const groups = statements
    .map(
      (s, i) => `<fieldset class="q" id="s-${s.id}"><legend>${i + 1}. ${esc(s.text)}</legend>${CHOICES.map(
        ([v, l]) => `<label><input type="radio" name="${s.id}" value="${v}"> ${esc(l)}</label>`,
      ).join('')}</fieldset>`,
    )
    .join('\n');
  writeFileSync(
    join(dir, 'vanilla', 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Buy-in statements (plain HTML)</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem}fieldset{margin:0 0 1rem;border:1px solid #ccc;border-radius:8px}label{display:inline-block;margin:.2rem .6rem .2rem 0}</style>
</head><body><h1>Buy-in statements</h1><p id="score">Mean: –</p>
${groups}
<script>
document.addEventListener('change', () => {
  const v = [...document.querySelectorAll('input:checked')].map((i) => Number(i.value)).filter((n) => n > 0);
  document.getElementById('score').textContent = 'Mean: ' + (v.length ? (v.reduce((a, b) => a + b, 0) / v.length).toFixed(1) : '–');
});
</script></body></html>`,
  );

  for (const f of ['survey-core/survey.core.min.js', 'survey-core/survey-core.fontless.min.css', 'survey-js-ui/survey-js-ui.min.js']) {
    copyFileSync(join('node_modules', f), join(dir, 'surveyjs', f.split('/')[1]));
  }
  const json = {
    showQuestionNumbers: 'on',
    pages: [{ elements: statements.map((s) => ({ type: 'radiogroup', name: s.id, title: s.text, choices: CHOICES.map(([value, text]) => ({ value, text })) })) }],
  };
  writeFileSync(
    join(dir, 'surveyjs', 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Buy-in statements (SurveyJS)</title>
<link rel="stylesheet" href="survey-core.fontless.min.css">
<script src="survey.core.min.js"></script><script src="survey-js-ui.min.js"></script>
</head><body><p id="score">Mean: –</p><div id="survey"></div>
<script>
const survey = new Survey.Model(${JSON.stringify(json)});
survey.onValueChanged.add((s) => {
  const v = Object.values(s.data).map(Number).filter((n) => n > 0);
  document.getElementById('score').textContent = 'Mean: ' + (v.length ? (v.reduce((a, b) => a + b, 0) / v.length).toFixed(1) : '–');
});
survey.render(document.getElementById('survey'));
</script></body></html>`,
  );
  return { vanilla: 'vanilla/', surveyjs: 'surveyjs/' };
}
