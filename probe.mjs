import { chromium } from 'playwright-core';
import { startServer } from './scripts/static-server.mjs';
const root = process.argv[2] || 'dist';
const server = await startServer({ root, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const rows = [];
for (let i = 0; i < (+process.argv[3] || 3); i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('buyin-mounted').length > 0, null, { timeout: 60000 });
  const r = await page.evaluate(() => {
    const o = {};
    for (const e of performance.getEntriesByType('resource')) o[e.name.split('/').pop().replace(/-[0-9a-f]{16}/, '')] = [Math.round(e.startTime), Math.round(e.responseStart), Math.round(e.responseEnd)];
    for (const e of performance.getEntriesByType('mark')) o['mark ' + e.name] = Math.round(e.startTime);
    o.nav = Math.round(performance.getEntriesByType('navigation')[0].responseEnd);
    return o;
  });
  rows.push(r);
  await context.close();
}
console.log(rows);
await browser.close(); await server.close();
