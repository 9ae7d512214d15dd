/**
 * The browser tests without Chromium: skipped with one line saying how to install it, except
 * in CI, where they must run (and fail if the browser is missing).
 *
 * @jest-environment node
 */
function loadWith(chromiumPath: string): typeof import('./support/browser') {
  const saved = process.env.CHROMIUM_PATH;
  process.env.CHROMIUM_PATH = chromiumPath;
  let loaded: typeof import('./support/browser') | undefined;
  try {
    jest.isolateModules(() => {
      loaded = jest.requireActual<typeof import('./support/browser')>('./support/browser');
    });
  } finally {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
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
