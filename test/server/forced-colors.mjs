/**
 * A test-runner command that switches Chromium's forced colours (Windows High Contrast and the like)
 * on or off for the calling test's page, through the DevTools protocol: the puppeteer launcher's own
 * `emulateMedia` command knows only `prefers-color-scheme` and `prefers-reduced-motion`.
 *
 *   await executeServerCommand('emulate-forced-colors', { active: true });
 */
export function forcedColorsPlugin() {
  // One DevTools session per page, kept open: Chromium drops a session's emulation when it detaches.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
