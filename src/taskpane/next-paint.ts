/**
 * Resolves once the browser has had a chance to paint (so the step text shows before the
 * synchronous audit blocks the thread). Never waits long: a hidden task pane gets no frames.
 */
export function nextPaint(maxWaitMs = 50): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      );
    }
  });
}
