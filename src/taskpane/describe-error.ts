import { explainOfficeError } from '../excel/office-errors';

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * What the pane says when an action fails. Office.js errors are explained from their code (never
 * their English message); the adapter's and the engine's own errors (ProtectedSheetError,
 * WorkbookTooLargeError, …) already carry a Chinese message with what to do.
 */
export function describeError(error: unknown): string {
  if (typeof (error as { code?: unknown } | null)?.code === 'string') return explainOfficeError(error);
  if (error instanceof Error && HAS_CHINESE.test(error.message)) return error.message;
  return explainOfficeError(error);
}
