// Offline support: every same-origin GET goes to the network first and is kept in a cache; when the
// network is gone, the cached copy is served. Nothing is ever sent anywhere else.
const CACHE = 'storyline-v1';
const CORE = ['./', 'index.html', 'style.css', 'app.js', 'storyline.js', 'worker.js', 'sample.js', 'favicon.svg',
  'lib/highlight.js', 'lib/describe.js', 'lib/timeline.js', 'lib/exports.js',
  'pkg/storyline.js', 'pkg/storyline_bg.wasm'];

self.addEventListener('install', (ev) => {
  ev.waitUntil(caches.open(CACHE).then((c) => c.addAll(CORE)).catch(() => {}).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (ev) => ev.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (ev) => {
  const req = ev.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  ev.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() => caches.match(req, { ignoreSearch: true }).then((r) => r || Response.error())),
  );
});
