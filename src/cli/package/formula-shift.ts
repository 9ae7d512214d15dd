/**
 * A shared formula as it reads from another cell of its range: the reader's translation (token
 * by token with the formula tokenizer: cells, whole columns and rows, any sheet; `$` parts stay),
 * so the writer hands a shared formula over exactly as the reader understands it.
 */
export { shiftFormula } from '../xlsx/shared-formula';
