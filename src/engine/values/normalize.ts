/**
 * Printable ASCII, CJK unified ideographs and the marks NFKC keeps (、。《》「」【】“”‘’—·≤≥) only
 * (most cells: codes, figures, plain labels, much prose): NFKC leaves such text as it is and
 * there is no white space to remove, so normalizeText can skip both (it runs for every cell of
 * the workbook). Full-width forms (，：（）) fold and take the long way.
 */
const ALREADY_NORMAL = /^[\x21-\x7e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u2018\u2019\u201c\u201d\u2014\u00b7\u2264\u2265]*$/;

/**
 * Text as the recognizer compares it: NFKC folds full-width letters, digits and brackets
 * (（ → (, ： → :), and all white space goes, because PDF-to-Excel copies and wrapped
 * header cells put spaces and line breaks inside words (“社会保障和 就业支出”).
 */
export function normalizeText(text: string): string {
  return ALREADY_NORMAL.test(text) ? text : text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}
