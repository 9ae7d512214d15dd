/**
 * Text as the recognizer compares it: NFKC folds full-width letters, digits and brackets
 * (（ → (, ： → :), and all white space goes, because PDF-to-Excel copies and wrapped
 * header cells put spaces and line breaks inside words (“社会保障和 就业支出”).
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}
