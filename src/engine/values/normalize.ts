/**
 * Printable ASCII and CJK unified ideographs only (most cells: codes, figures, plain labels):
 * NFKC leaves such text as it is and there is no white space to remove, so normalizeText can
 * skip both (it runs for every cell of the workbook).
 */
const ALREADY_NORMAL = /^[\x21-\x7e\u4e00-\u9fff]*$/;

/**
 * The same plus what Chinese labels and prose print most (、。“”‘’—≤≥《》〈〉「」『』【】〔〕, none
 * of which NFKC changes) and the full-width forms of ASCII (，：（）；！？ …), which NFKC maps one
 * to one onto ASCII, 0xFEE0 lower: such text needs that mapping and nothing else.
 */
const NORMAL_OR_WIDE = /^[\x21-\x7e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u3014\u3015\u2014\u2018\u2019\u201c\u201d\u2264\u2265\uff01-\uff5e]*$/;
const WIDE = /[\uff01-\uff5e]/g;

function narrow(wide: string): string {
  return String.fromCharCode(wide.charCodeAt(0) - 0xfee0);
}

/**
 * Text as the recognizer compares it: NFKC folds full-width letters, digits and brackets
 * (（ → (, ： → :), and all white space goes, because PDF-to-Excel copies and wrapped
 * header cells put spaces and line breaks inside words (“社会保障和 就业支出”).
 */
export function normalizeText(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text;
  if (NORMAL_OR_WIDE.test(text)) return text.replace(WIDE, narrow);
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}
