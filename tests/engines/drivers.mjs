// One small driver interface over three browser engines, so the cross-engine scenarios
// are written once:
//
//   Chromium  Debian's chromium through playwright-core (as the rest of tests/e2e)
//   Firefox   Debian's firefox-esr through puppeteer-core over WebDriver BiDi
//   WebKit    WebKitGTK's MiniBrowser through WebKitWebDriver (plain W3C WebDriver over
//             HTTP), on a virtual X display from xvfb-run
//
// Every driver offers: name, goto(url), reload(), run(fn, ...args) (runs `fn` in the page,
// awaits it, returns its JSON-able result), setSize(width, height), close().
// Scenarios talk to the page only through run(): the one command all three engines do
// reliably (WebKitGTK's element commands were not).

import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch as launchChromium, scratchDir } from '../e2e/helpers.mjs';

/** The page-side expression that calls `fn` with `args`. */
function call(fn, args) {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

export async function chromium() {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return {
    name: 'chromium',
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    run: (fn, ...args) => page.evaluate(call(fn, args)),
    setSize: (width, height) => page.setViewportSize({ width, height }),
    close: () => browser.close(),
  };
}

export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  // Downloads land in a scratch folder, not the home directory.
  const downloadPath = scratchDir('firefox');
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath } });
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return {
    name: 'firefox',
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    run: (fn, ...args) => page.evaluate(call(fn, args)),
    setSize: (width, height) => page.setViewport({ width, height }),
    close: () => browser.close(),
  };
}

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function webkit() {
  // MiniBrowser's header bar keeps its window at least 447 px wide; a user GTK style that
  // shrinks the browser's own widgets lets the window reach phone width. Web content is
  // not styled by GTK, so the page is unaffected.
  const config = scratchDir('webkit');
  mkdirSync(join(config, 'gtk-3.0'), { recursive: true });
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), '* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; }\n');
  // Downloads are saved without asking, to GLib's download folder: a scratch one here.
  mkdirSync(join(config, 'downloads'), { recursive: true });
  writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${join(config, 'downloads')}"\n`);
  const port = 4400 + (process.pid % 500);
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, XDG_CONFIG_HOME: config },
  });
  // xvfb-run starts Xvfb and the driver as children: end the whole group.
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  async function wd(method, path, body) {
    // A session request hangs, not fails, when MiniBrowser cannot start: always time out.
    const res = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body), signal: AbortSignal.timeout(60_000) });
    const json = await res.json();
    if (!res.ok) throw new Error(`webkit: ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }
  for (let i = 0; ; i++) {
    try {
      if ((await wd('GET', '/status')).ready) break;
    } catch (e) {
      if (i > 150) throw new Error(`webkit: WebKitWebDriver did not start (${e.message})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const { sessionId } = await wd('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        timeouts: { script: 30_000, pageLoad: 30_000 },
      },
    },
  });
  const session = `/session/${sessionId}`;
  await wd('POST', `${session}/window/rect`, { width: 1280, height: 900 });
  return {
    name: 'webkit',
    goto: (url) => wd('POST', `${session}/url`, { url }),
    reload: () => wd('POST', `${session}/refresh`, {}),
    async run(fn, ...args) {
      // execute/async: the last argument is the callback; errors come back as values.
      const out = await wd('POST', `${session}/execute/async`, {
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => ${call(fn, args)}).then((value) => done({ value }), (e) => done({ error: String(e && e.stack || e) }));`,
        args: [],
      });
      if (out && 'error' in out) throw new Error(`webkit: in the page: ${out.error}`);
      return out?.value;
    },
    setSize: (width, height) => wd('POST', `${session}/window/rect`, { width, height }),
    async close() {
      await wd('DELETE', session).catch(() => {});
      stop();
    },
  };
}

export const ENGINES = { chromium, firefox, webkit };
