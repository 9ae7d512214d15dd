import { useState } from 'react';
import { describeError } from './describe-error';

/**
 * A panel's one-at-a-time actions: `busy` while one runs (buttons disable themselves), and a
 * failure shown as the panel's message in Chinese instead of an unhandled rejection.
 */
export function usePaneAction() {
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  return { message, setMessage, busy, act };
}
