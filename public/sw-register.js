// Registers the service worker and tells the app when a new version is ready.
// The app shows a banner; when the person chooses "Reload", it dispatches
// `buyin:apply-update` and this script lets the waiting worker take over, then reloads.
(() => {
  if (!('serviceWorker' in navigator)) return;
  // Said twice: as an event for an app already running, and as a mark on the page for
  // one still starting (it reads the mark when it builds its banners).
  const announce = () => {
    document.documentElement.setAttribute('data-update-ready', '');
    window.dispatchEvent(new Event('buyin:update-ready'));
  };
  window.addEventListener('load', async () => {
    try {
      const reg = await navigator.serviceWorker.register('sw.js');
      if (reg.waiting && navigator.serviceWorker.controller) announce();
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
        });
      });
      window.addEventListener('buyin:apply-update', () => {
        if (!reg.waiting) return location.reload();
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        reg.waiting.postMessage('activate-update');
      });
      // Look for a new version when the person comes back to the tab.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') reg.update().catch(() => {});
      });
    } catch (err) {
      console.info('Buy-in Check works online only here: service worker not registered.', err?.message ?? err);
    }
  });
})();
