// A small static file server for the built app, on loopback only. Used by the serve
// command, the end-to-end tests and the benchmark, so all three see the same thing.
//
// - serves `root` under `prefix` (default "/"), so sub-path hosting is exercised;
// - sends precompressed `.br` / `.gz` siblings when the browser accepts them;
// - never caches (tests and benchmarks decide caching themselves).
//
// CLI: node scripts/static-server.mjs [--root dist] [--port 8080] [--prefix /]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts a server; resolves to { url, port, close(), requests } once listening. */
/** The headers of the `/*` block of a `_headers` file (the format static hosts read). */
async function hostHeaders(base) {
  let text;
  try {
    text = await readFile(join(base, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const out = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ') && line.trim()) inAll = line.trim() === '/*';
    else if (inAll && line.includes(':')) {
      const at = line.indexOf(':');
      out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return out;
}

export async function startServer({ root = 'dist', port = 0, prefix = '/', headers = {} } = {}) {
  const base = resolve(root);
  // What a static host would send from the build's `_headers` file; explicit ones win.
  headers = { ...(await hostHeaders(base)), ...headers };
  const pre = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(pre)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(pre.length)) || 'index.html';
    } catch {
      // A malformed escape such as /%E0%A4%A: answer it, never let it stop the server.
      res.writeHead(400, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request');
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(base, rel));
    if (!file.startsWith(base + sep) && file !== base) {
      res.writeHead(403, headers).end('forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const accept = String(req.headers['accept-encoding'] || '');
      let body = null;
      let encoding = null;
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accept.includes(enc)) continue;
        try {
          body = await readFile(file + ext);
          encoding = enc;
          break;
        } catch {
          /* no precompressed sibling */
        }
      }
      if (!body) body = await readFile(file);
      const head = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Content-Length': body.length,
        ...headers,
      };
      if (encoding) {
        head['Content-Encoding'] = encoding;
        head.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, head);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://127.0.0.1:${actual}${pre}`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const s = await startServer({ root: opt('root', 'dist'), port: Number(opt('port', 8080)), prefix: opt('prefix', '/') });
  console.log(`Buy-in Check is served at ${s.url}  (Ctrl+C to stop)`);
}
