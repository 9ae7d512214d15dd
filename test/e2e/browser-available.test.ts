/**
 * The browser tests without Chromium: skipped with one line saying how to install it, except
 * in CI, where they must run (and fail if the browser is missing).
 *
 * @jest-environment node
 */
/** The module as a developer's machine loads it: this Chromium path, and CI unset (CI sets it). */
function loadWith(chromiumPath: string): typeof import('./support/browser') {
  const saved = { CHROMIUM_PATH: process.env.CHROMIUM_PATH, CI: process.env.CI };
  process.env.CHROMIUM_PATH = chromiumPath;
  delete process.env.CI;
  let loaded: typeof import('./support/browser') | undefined;
  try {
    jest.isolateModules(() => {
      loaded = jest.requireActual<typeof import('./support/browser')>('./support/browser');
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return loaded!;
}

test('a missing Chromium skips the browser tests outside CI, saying once how to install it', () => {
  const written: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const browser = loadWith('/nonexistent/chromium');
    expect(browser.browserAvailable({})).toBe(false);
    expect(browser.browserAvailable({})).toBe(false);
    expect(browser.browserAvailable({ CI: 'true' })).toBe(true);
    expect(browser.describeInBrowser).toBe(describe.skip);
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('/nonexistent/chromium');
    expect(lines[0]).toContain('apt-get install chromium');
  } finally {
    spy.mockRestore();
  }
});

test('an existing browser binary runs them', () => {
  const browser = loadWith(process.execPath); // any existing file stands in for the binary
  expect(browser.browserAvailable({})).toBe(true);
  expect(browser.describeInBrowser).toBe(describe);
});
