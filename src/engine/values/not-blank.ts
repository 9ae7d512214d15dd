/** Any character that trim() keeps. */
const NOT_BLANK = /\S/;

/**
 * True when the text holds a character trim() keeps, tested without building the trimmed copy.
 * A text opening with a printable ASCII character or an ideograph (nearly every cell) is answered
 * without the pattern: this runs for every cell of the workbook, more than once.
 */
export function isNotBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x4e00 && first <= 0x9fff)) return true;
  return NOT_BLANK.test(text);
}
