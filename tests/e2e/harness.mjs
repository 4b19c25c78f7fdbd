// Shared helpers for the browser end-to-end tests. Each test file starts its own static server for
// www/ on an ephemeral 127.0.0.1 port and its own headless Chromium (playwright-core over
// /usr/bin/chromium); nothing here talks to the network beyond 127.0.0.1.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
export const WWW = join(ROOT, 'www');
/** Per-test limit, so a broken page fails the test instead of hanging the suite. */
export const TEST_TIMEOUT = Number(process.env.STORYLINE_E2E_TIMEOUT_MS || 180000);
export const CHROMIUM = process.env.STORYLINE_CHROMIUM || '/usr/bin/chromium';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};

/** Fails with a clear message when the wasm package has not been built. */
export function requirePkg() {
  for (const f of ['storyline.js', 'storyline_bg.wasm']) {
    if (!existsSync(join(WWW, 'pkg', f))) {
      throw new Error(`www/pkg/${f} is missing: build it first with\n  cargo build --target wasm32-unknown-unknown --release --lib && wasm-bindgen --target web --out-dir www/pkg target/wasm32-unknown-unknown/release/storyline.wasm\n(or \`make serve\` / \`make test\`)`);
    }
  }
}

/** Serves www/ on 127.0.0.1:<ephemeral>. Resolves to {origin, close()}. */
export async function startServer(root = WWW) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (!file.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

/** Headless Chromium with the flags this machine needs. */
export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set STORYLINE_CHROMIUM)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Server + browser + a context whose every request is recorded; call close() at the end. */
export async function setup({ colorScheme = 'light', viewport = { width: 1280, height: 900 }, serviceWorkers = 'block' } = {}) {
  requirePkg();
  const server = await startServer();
  const browser = await launch();
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce', serviceWorkers });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const errors = [];
  const dialogs = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  return {
    server, browser, context, page, requests, errors, dialogs, origin: server.origin,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/** Opens the page and waits for the engine. */
export async function openPage(page, origin, path = '/index.html') {
  await page.goto(origin + path);
  await page.waitForFunction(() => document.body.dataset.engine === 'ready' || !document.getElementById('error').hidden, null, { timeout: 30000 });
  const err = await page.$eval('#error', (e) => (e.hidden ? '' : e.textContent));
  if (err) throw new Error(`the page reported an error at start: ${err}`);
}

/** Sets the article text as a paste would, and waits until the result is drawn. */
export async function pasteAndWait(page, text) {
  await page.evaluate(() => { window.__rendered = 0; document.addEventListener('storyline:rendered', () => window.__rendered++, { once: true }); });
  await page.focus('#text');
  await page.evaluate((t) => {
    const ta = document.getElementById('text');
    ta.value = t;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.waitForFunction(() => window.__rendered > 0, null, { timeout: 60000 });
}

/** Waits for the next render triggered by `action`. */
export async function nextRender(page, action) {
  await page.evaluate(() => { window.__rendered = 0; document.addEventListener('storyline:rendered', () => window.__rendered++, { once: true }); });
  await action();
  await page.waitForFunction(() => window.__rendered > 0, null, { timeout: 60000 });
}

/** The text of the project's sample article (read from www/sample.js, as the page has it). */
export async function sampleText() {
  const mod = await import(join(WWW, 'sample.js'));
  return mod.SAMPLE_TEXT;
}
