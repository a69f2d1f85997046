// The Buy-in Check benchmark: the release build measured beside two peers in one run,
// in headless Chromium (playwright-core + CDP), medians of several cold runs.
//
//   node bench/run.mjs [--runs 5] [--no-build] [--no-scaling]
//
// Peers: a plain HTML page with the same statements (the lower bound) and a SurveyJS 2.5
// page (fontless CSS, no web font). Prints a table with ratios and the performance budget
// (the BUDGET table below), flags every figure over budget, and writes it to
// bench/results.md.
// Timings vary on a shared machine; compare the ratios within one run.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { buildPeers } from './peers.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const BUILD = !args.includes('--no-build');
const SCALING = !args.includes('--no-scaling');
const OUT = 'bench/out';
const SITE = join(OUT, 'site');
const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.cwd()}/node_modules/.bin:${process.env.PATH}` };

const BUDGET = {
  transferKB: 60,
  firstStatementSlowMs: 1500,
  clickMedianMs: 16,
  clickMaxMs: 50,
  memoryMiB: 4,
  saveP95Ms: 2,
};
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

function sh(cmd, argv, extraEnv = {}) {
  execFileSync(cmd, argv, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, ...extraEnv } });
}

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Writes .br (quality 11) and .gz (level 9) beside every file, as a static host would. */
function precompress(dir) {
  for (const f of files(dir).filter((f) => !/\.(br|gz)$/.test(f))) {
    const raw = readFileSync(f);
    writeFileSync(`${f}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${f}.gz`, gzipSync(raw, { level: 9 }));
  }
}

function sizes(dir) {
  return files(dir)
    .filter((f) => !/\.(br|gz)$/.test(f))
    .map((f) => ({ file: relative(dir, f), raw: statSync(f).size, gz: statSync(`${f}.gz`).size, br: statSync(`${f}.br`).size }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

// ---------------------------------------------------------------------------- build
function bankJson(size) {
  const features = size ? ['--features', 'synthetic-bank'] : [];
  const out = execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'bank_json', ...features], {
    env: { ...env, ...(size ? { BUYIN_BANK_SIZE: String(size) } : {}) },
  });
  return JSON.parse(out.toString());
}

function buildApp(size, dest) {
  if (size) {
    // index.html names the cargo features (Trunk then ignores --features): a copy beside it
    // adds the synthetic bank.
    const html = readFileSync('index.html', 'utf8').replace('data-cargo-features="split"', 'data-cargo-features="split,synthetic-bank"');
    if (!html.includes('synthetic-bank')) throw new Error('index.html: data-cargo-features="split" not found');
    writeFileSync('index.bench.html', html);
    const dist = join(OUT, `dist-${size}`);
    try {
      sh('trunk', ['build', '--release', '--offline', '--dist', dist, 'index.bench.html'], { BUYIN_BANK_SIZE: String(size) });
    } finally {
      rmSync('index.bench.html', { force: true });
    }
    cpSync(dist, dest, { recursive: true });
  } else {
    if (BUILD) sh('trunk', ['build', '--release', '--offline']);
    cpSync('dist', dest, { recursive: true });
  }
}

/**
 * The "Leptos floor" peer (bench/floor): the smallest Leptos CSR app that shows a
 * statement to answer, built with the same Leptos, profile and rustflags as the app and
 * loaded the same way (module preloaded beside the HTML). What any Leptos app pays.
 */
function buildLeptosFloor(dest) {
  const target = join(process.cwd(), 'target', 'bench-floor');
  execFileSync('cargo', ['build', '--quiet', '--offline', '--release', '--target', 'wasm32-unknown-unknown'], {
    cwd: 'bench/floor',
    stdio: ['ignore', 'inherit', 'inherit'],
    // The app's rustflags minus --emit-relocs, which only its splitting needs (RUSTFLAGS
    // replaces the config's flags; the per-target variable would be merged with them).
    env: { ...env, CARGO_TARGET_DIR: target, RUSTFLAGS: '--cfg erase_components' },
  });
  mkdirSync(dest, { recursive: true });
  sh('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dest, '--out-name', 'floor', join(target, 'wasm32-unknown-unknown', 'release', 'leptos-floor.wasm')]);
  sh('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', join(dest, 'floor_bg.wasm'), '-o', join(dest, 'floor_bg.wasm')]);
  writeFileSync(
    join(dest, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Leptos floor</title>
<link rel="preload" href="./floor_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<link rel="modulepreload" href="./floor.js">
<script type="module">import init from './floor.js'; await init({ module_or_path: './floor_bg.wasm' });</script>
</head><body></body></html>`,
  );
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(SITE, { recursive: true });
const variants = [{ name: '', size: 0 }, ...(SCALING ? [{ name: '-200', size: 200 }, { name: '-1000', size: 1000 }] : [])];
const banks = {};
for (const v of variants) {
  console.log(`[bench] building app${v.name || ' (real bank)'}`);
  buildApp(v.size, join(SITE, `app${v.name}`));
  banks[v.name] = bankJson(v.size);
  const peers = join(SITE, `peers${v.name}`);
  buildPeers(banks[v.name], peers);
}
buildLeptosFloor(join(SITE, 'floor'));
precompress(SITE);

// --------------------------------------------------------------------------- helpers
const server = await startServer({
  root: SITE,
  headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--enable-blink-features=ForceEagerMeasureMemory'],
});

function record(id, name, statements, answered, now = 1_767_000_000_000) {
  const responses = {};
  statements.slice(0, answered).forEach((s, i) => {
    responses[s.id] = { answer: String((i % 5) + 1), changed_at: now };
  });
  return JSON.stringify({ schema: 1, assessment: { id, bank_version: 1, profile: { name }, responses, created_at: now, updated_at: now } });
}

/** localStorage contents with `count` assessments (the first is the one benchmarked). */
function storageWith(bank, count) {
  const statements = bank.contexts.flatMap((c) => c.dimensions.flatMap((d) => d.statements));
  const items = {};
  const ids = [];
  for (let i = 0; i < count; i++) {
    const id = `bench-${i}`;
    ids.push(id);
    items[`buy-in-check/a/${id}`] = record(id, `Benchmark ${i}`, statements, i === 0 ? 0 : statements.length);
  }
  items['buy-in-check/index'] = JSON.stringify(ids);
  return items;
}

/** Records when `selector` is first in the DOM and visible, as window.__seen (ms). */
function watchFor(selector) {
  return `(() => {
    const check = () => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (el && el.getBoundingClientRect().height > 0) { window.__seen = performance.now(); return; }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

const TARGETS = {
  app: (v) => ({ url: `app${v}/#/a/bench-0/step/1`, statement: 'fieldset.likert legend', radios: 'fieldset.likert input[type=radio]', storage: 1 }),
  vanilla: (v) => ({ url: `peers${v}/vanilla/`, statement: 'fieldset.q legend', radios: 'fieldset.q input[type=radio]' }),
  surveyjs: (v) => ({ url: `peers${v}/surveyjs/`, statement: '.sd-question__title', radios: '.sd-question input[type=radio]' }),
  floor: () => ({ url: 'floor/', statement: 'fieldset.q legend', radios: 'fieldset.q input[type=radio]' }),
};

async function newPage({ slow = false, cpu = 1, storage = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (storage) {
    await context.addInitScript((items) => {
      if (!localStorage.getItem('buy-in-check/index')) for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    }, storage);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let bytes = 0;
  const inFlight = new Set();
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    inFlight.add(e.requestId);
    lastChange = Date.now();
  });
  const done = (e) => {
    inFlight.delete(e.requestId);
    lastChange = Date.now();
  };
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    done(e);
  });
  cdp.on('Network.loadingFailed', done);
  /** Resolves once nothing has been in flight for `quietMs` (at most `maxMs`). */
  const networkQuiet = async (quietMs = 1000, maxMs = 30_000) => {
    const start = Date.now();
    while (Date.now() - start < maxMs && (inFlight.size > 0 || Date.now() - lastChange < quietMs)) {
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { context, page, cdp, bytes: () => bytes, networkQuiet };
}

/** One cold load: transfer, first contentful paint and first statement visible. */
async function coldLoad(target, { slow }) {
  const storage = target.storage ? storageWith(target.bank, target.storage) : null;
  const { context, page, bytes, networkQuiet } = await newPage({ slow, cpu: slow ? 4 : 1, storage });
  await page.addInitScript(watchFor(target.statement));
  await page.goto(server.url + target.url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__seen, null, { timeout: 120_000 });
  // What had arrived when the first statement showed, then everything the page fetches
  // (for the app: also the on-demand chunk it prefetches after start-up).
  const critical = bytes();
  await networkQuiet();
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  const seen = await page.evaluate(() => window.__seen);
  // The app's own User Timing marks (src/main.rs): where its start-up time goes.
  const marks = await page.evaluate(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
    const module = performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'));
    return { moduleArrived: module?.responseEnd ?? NaN, started: at('buyin-start'), mounted: at('buyin-mounted') };
  });
  const transfer = bytes();
  await context.close();
  return { fcp, seen, critical, transfer, ...marks };
}

/** Memory after load: the browser's own measurement (JS heap and Wasm memory). */
async function memoryAfterLoad(target) {
  const storage = target.storage ? storageWith(target.bank, target.storage) : null;
  const { context, page, cdp } = await newPage({ storage });
  await page.goto(server.url + target.url, { waitUntil: 'load' });
  await page.locator(target.statement).first().waitFor();
  await page.waitForTimeout(500);
  let bytes = await page.evaluate(async () => {
    if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;
    return (await performance.measureUserAgentSpecificMemory()).bytes;
  });
  let how = 'measureUserAgentSpecificMemory';
  if (bytes == null) {
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await cdp.send('Performance.getMetrics');
    bytes = m.metrics.find((x) => x.name === 'JSHeapUsedSize').value;
    how = 'JS heap (CDP)';
  }
  await context.close();
  return { mib: bytes / 1024 / 1024, how };
}

/**
 * 50 answer clicks at 4× CPU, three figures each:
 * - click → next frame: until the frame after the click has been produced. It includes
 *   the wait for the display's next refresh, so it moves in steps of ~16.7 ms whatever
 *   the page does (plain HTML lands at 16–20 ms too);
 * - work per click: the handler, every follow-up task it queued (Leptos and Preact update
 *   the page in microtasks) and the style and layout of the result — the main-thread work
 *   that has to fit into one frame, without the refresh wait;
 * - the click handler alone.
 */
async function clickLatency(target) {
  const storage = target.storage ? storageWith(target.bank, target.storage) : null;
  const { context, page } = await newPage({ cpu: 4, storage });
  await page.goto(server.url + target.url, { waitUntil: 'load' });
  await page.locator(target.statement).first().waitFor();
  await page.waitForTimeout(300);
  const result = await page.evaluate(async (radios) => {
    const inputs = [...document.querySelectorAll(radios)];
    // A task right after the current one: microtasks queued by the click have all run.
    const channel = new MessageChannel();
    const nextTask = () => new Promise((r) => {
      channel.port1.onmessage = () => r();
      channel.port2.postMessage(0);
    });
    const pick = (i) => inputs[(i * 3 + Math.floor(i / 7)) % inputs.length];
    const frame = [];
    const work = [];
    const handler = [];
    for (let i = 0; i < 50; i++) {
      // Walk through the groups, picking a different option each time.
      const t0 = performance.now();
      pick(i).click();
      const t1 = performance.now();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      frame.push(performance.now() - t0);
      handler.push(t1 - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    for (let i = 50; i < 100; i++) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      pick(i).click();
      await nextTask();
      void document.body.offsetHeight; // style and layout of the updated page
      work.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return { frame, work, handler };
  }, target.radios);
  await context.close();
  return result;
}

/** Save latency per answer with `stored` assessments, from the app's own User Timing. */
async function saveLatency(bank, stored) {
  const { context, page } = await newPage({ storage: storageWith(bank, stored) });
  await page.goto(`${server.url}app/#/a/bench-0/step/1`, { waitUntil: 'load' });
  await page.locator('fieldset.likert').first().waitFor();
  const saves = await page.evaluate(async () => {
    const inputs = [...document.querySelectorAll('fieldset.likert input[type=radio]')];
    for (let i = 0; i < 50; i++) {
      inputs[(i * 3 + 1) % inputs.length].click();
      await new Promise((r) => setTimeout(r, 10));
    }
    return performance.getEntriesByName('buyin-save').map((e) => e.duration);
  });
  const bytes = await page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));
  await context.close();
  return { saves, storedKB: (bytes * 2) / 1024 };
}

/** Start-up with `stored` assessments: until the home list shows them all. */
async function startup(bank, stored) {
  const { context, page } = await newPage({ storage: storageWith(bank, stored) });
  await page.addInitScript(`(() => {
    const want = ${stored};
    const check = () => {
      if (document.querySelectorAll('.card').length >= want) { window.__seen = performance.now(); return; }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`);
  await page.goto(`${server.url}app/#/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__seen, null, { timeout: 60_000 });
  const seen = await page.evaluate(() => window.__seen);
  await context.close();
  return seen;
}

/** Repeat visit with no network: the service worker serves everything. */
async function offlineRepeat(bank) {
  const { context, page } = await newPage({ storage: storageWith(bank, 1) });
  await page.goto(`${server.url}app/#/a/bench-0/step/1`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.addInitScript(watchFor('fieldset.likert legend'));
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => window.__seen, null, { timeout: 60_000 });
  const r = await page.evaluate(() => ({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, seen: window.__seen }));
  await context.close();
  return r;
}

// ------------------------------------------------------------------------------ run
const lines = [];
const out = (s = '') => {
  lines.push(s);
  console.log(s);
};
const fmtMs = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
const flag = (value, budget, higherIsWorse = true) => (Number.isFinite(value) && (higherIsWorse ? value > budget : value < budget) ? ' **OVER**' : '');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

out('# Buy-in Check benchmark');
out();
out(`Run on ${new Date().toISOString()} · Chromium ${browser.version()} · ${RUNS} cold runs each, medians · machine: ${(await import('node:os')).cpus().length} cores`);
out();
out('Timings on a shared machine are noisy: read the ratios (ours ÷ peer, measured in the same run) rather than absolute figures.');
out();

// Sizes
const appSizes = sizes(join(SITE, 'app'));
out('## Sizes of dist/ (bytes)');
out();
out('| file | raw | gzip -9 | brotli -q 11 |');
out('|---|---:|---:|---:|');
for (const s of appSizes.filter((s) => s.file !== 'sw.js')) out(`| ${s.file} | ${s.raw} | ${s.gz} | ${s.br} |`);
const firstLoad = appSizes.filter((s) => s.file !== 'sw.js');
const totalBr = firstLoad.reduce((n, s) => n + s.br, 0);
out(`| **all files a first visit brings (all but sw.js; the service worker caches them for offline use)** | ${firstLoad.reduce((n, s) => n + s.raw, 0)} | ${firstLoad.reduce((n, s) => n + s.gz, 0)} | **${totalBr}** (${(totalBr / 1024).toFixed(1)} KB)${flag(totalBr / 1024, BUDGET.transferKB)} |`);
const floorBr = sizes(join(SITE, 'floor')).reduce((n, f) => n + f.br, 0);
out(`| *Leptos floor (bench/floor: three statements, nothing else), all files* | | | ${floorBr} (${(floorBr / 1024).toFixed(1)} KB)${flag(floorBr / 1024, BUDGET.transferKB)} |`);
out();

async function loadTable(variant, label) {
  const rows = {};
  for (const [name, make] of Object.entries(TARGETS)) {
    const target = { ...make(variant), bank: banks[variant] };
    for (const slow of [false, true]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(target, { slow }));
      rows[`${name}:${slow}`] = {
        fcp: median(runs.map((r) => r.fcp)),
        seen: median(runs.map((r) => r.seen)),
        transfer: median(runs.map((r) => r.transfer)),
        critical: median(runs.map((r) => r.critical)),
        moduleArrived: median(runs.map((r) => r.moduleArrived)),
        started: median(runs.map((r) => r.started)),
        mounted: median(runs.map((r) => r.mounted)),
      };
    }
    rows[`${name}:click`] = await clickLatency(target);
    rows[`${name}:mem`] = await memoryAfterLoad(target);
  }
  const r = (n, k) => rows[`${n}:${k}`];
  out(`## ${label}`);
  out();
  out('| metric | ours | vanilla | SurveyJS | Leptos floor | ours ÷ vanilla | ours ÷ SurveyJS | budget |');
  out('|---|---:|---:|---:|---:|---:|---:|---:|');
  const row = (metric, get, fmt, budget, budgetText) => {
    const [a, v, s, f] = ['app', 'vanilla', 'surveyjs', 'floor'].map(get);
    const floorFlag = budget == null ? '' : flag(f, budget);
    out(`| ${metric} | ${fmt(a)}${budget == null ? '' : flag(a, budget)} | ${fmt(v)} | ${fmt(s)} | ${fmt(f)}${floorFlag} | ${ratio(a, v)} | ${ratio(a, s)} | ${budgetText} |`);
  };
  const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
  // The service worker's own fetches (it caches every file for offline use) are not seen
  // here: the sizes table above has the total of all files.
  row('transfer until the first statement shows (brotli as served)', (n) => r(n, true).critical, kb, BUDGET.transferKB * 1024, `≤ ${BUDGET.transferKB} KB`);
  row('transfer by the page until the network is quiet', (n) => r(n, true).transfer, kb, null, '');
  row('first contentful paint, no throttling', (n) => r(n, false).fcp, fmtMs, null, '');
  row('first statement visible, no throttling', (n) => r(n, false).seen, fmtMs, null, '');
  row('first contentful paint, Slow-4G + 4× CPU', (n) => r(n, true).fcp, fmtMs, null, '');
  row('first statement visible, Slow-4G + 4× CPU', (n) => r(n, true).seen, fmtMs, BUDGET.firstStatementSlowMs, `≤ ${BUDGET.firstStatementSlowMs} ms`);
  row('answer click → next frame, median (4× CPU)', (n) => median(r(n, 'click').frame), (x) => `${x.toFixed(1)} ms`, BUDGET.clickMedianMs, `≤ ${BUDGET.clickMedianMs} ms`);
  row('answer click → next frame, max of 50', (n) => Math.max(...r(n, 'click').frame), (x) => `${x.toFixed(1)} ms`, BUDGET.clickMaxMs, `≤ ${BUDGET.clickMaxMs} ms`);
  row('work per click (handler + updates + style/layout), median (4× CPU)', (n) => median(r(n, 'click').work), (x) => `${x.toFixed(2)} ms`, BUDGET.clickMedianMs, `≤ ${BUDGET.clickMedianMs} ms (one frame)`);
  row('work per click, max of 50', (n) => Math.max(...r(n, 'click').work), (x) => `${x.toFixed(2)} ms`, BUDGET.clickMaxMs, `≤ ${BUDGET.clickMaxMs} ms`);
  row('click handler alone, median (4× CPU)', (n) => median(r(n, 'click').handler), (x) => `${x.toFixed(2)} ms`, null, '');
  row('memory after load', (n) => r(n, 'mem').mib, (x) => `${x.toFixed(2)} MiB`, BUDGET.memoryMiB, `≤ ${BUDGET.memoryMiB} MiB`);
  out();
  for (const slow of [false, true]) {
    const a = r('app', slow);
    out(`- ours, ${slow ? 'Slow-4G + 4× CPU' : 'no throttling'}: module arrived ${fmtMs(a.moduleArrived)}, compiled and running ${fmtMs(a.started)}, first view mounted ${fmtMs(a.mounted)}, first statement visible ${fmtMs(a.seen)}`);
  }
  out();
  out(`Memory measured with ${r('app', 'mem').how}. The live score/progress update is part of each click.`);
  out('"Leptos floor" is bench/floor, the same three statements in every table: the least any Leptos CSR app costs.');
  out();
}

await loadTable('', `Real bank (${banks[''].contexts.flatMap((c) => c.dimensions.flatMap((d) => d.statements)).length} statements)`);

out('## Storage');
out();
const save100 = await saveLatency(banks[''], 100);
out(`- save latency per answer with 100 stored assessments (${save100.storedKB.toFixed(0)} KB in storage): median ${median(save100.saves).toFixed(2)} ms, p95 **${pct(save100.saves, 95).toFixed(2)} ms**${flag(pct(save100.saves, 95), BUDGET.saveP95Ms)} (budget ≤ ${BUDGET.saveP95Ms} ms), max ${Math.max(...save100.saves).toFixed(2)} ms over ${save100.saves.length} saves`);
const save1 = await saveLatency(banks[''], 1);
out(`- the same with 1 stored: median ${median(save1.saves).toFixed(2)} ms, p95 ${pct(save1.saves, 95).toFixed(2)} ms`);
const up = [];
for (let i = 0; i < RUNS; i++) up.push(await startup(banks[''], 200));
const up1 = [];
for (let i = 0; i < RUNS; i++) up1.push(await startup(banks[''], 1));
out(`- start-up until the home list shows all assessments: 200 stored ${fmtMs(median(up))}, 1 stored ${fmtMs(median(up1))} (${ratio(median(up), median(up1))})`);
const off = [];
for (let i = 0; i < Math.min(RUNS, 3); i++) off.push(await offlineRepeat(banks['']));
out(`- offline repeat visit (service worker): first contentful paint ${fmtMs(median(off.map((o) => o.fcp)))}, first statement ${fmtMs(median(off.map((o) => o.seen)))}`);
out();

if (SCALING) {
  for (const v of ['-200', '-1000']) await loadTable(v, `Synthetic bank of ${v.slice(1)} statements (test-only build)`);
}

writeFileSync('bench/results.md', lines.join('\n') + '\n');
console.log('\n[bench] written to bench/results.md');
await browser.close();
await server.close();
