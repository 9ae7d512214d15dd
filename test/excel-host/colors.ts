/**
 * Colours as Office.js takes and reports them: it accepts "#RRGGBB", "#RGB" and HTML colour names,
 * and reports "#RRGGBB" in upper case.
 */

const NAMED: Record<string, string> = {
  black: '#000000', white: '#FFFFFF', red: '#FF0000', green: '#008000', blue: '#0000FF',
  yellow: '#FFFF00', orange: '#FFA500', purple: '#800080', gray: '#808080', grey: '#808080',
  silver: '#C0C0C0', lime: '#00FF00', aqua: '#00FFFF', cyan: '#00FFFF', fuchsia: '#FF00FF',
  magenta: '#FF00FF', maroon: '#800000', navy: '#000080', olive: '#808000', teal: '#008080',
  pink: '#FFC0CB', gold: '#FFD700', lightgreen: '#90EE90', lightblue: '#ADD8E6',
  lightyellow: '#FFFFE0', lightgray: '#D3D3D3', lightgrey: '#D3D3D3', lightpink: '#FFB6C1',
  orangered: '#FF4500', salmon: '#FA8072', tomato: '#FF6347', khaki: '#F0E68C',
};

/** Returns "#RRGGBB", or null when the input is not a colour Office.js would accept. */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  const hex = /^#?([0-9a-f]{6})$/.exec(s);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const short = /^#([0-9a-f]{3})$/.exec(s);
  if (short) return `#${[...short[1]].map((c) => c + c).join('').toUpperCase()}`;
  return null;
}

/** Excel's legacy indexed palette (styles.xml `indexed="n"`), used by older workbooks. */
const INDEXED = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 ' +
  '000000 FFFFFF'
).split(' ');

/** The default Office theme (lt1, dk1, lt2, dk2, accent1…6) in the order styles.xml numbers it. */
const THEME = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

/** An ExcelJS colour ({argb} | {theme, tint} | {indexed}) as "#RRGGBB"; undefined when absent. */
export function fromExcelJsColor(c: { argb?: string; theme?: number; tint?: number; indexed?: number } | undefined): string | undefined {
  if (!c) return undefined;
  if (typeof c.argb === 'string' && c.argb.length >= 6) return `#${c.argb.slice(-6).toUpperCase()}`;
  if (typeof c.theme === 'number' && THEME[c.theme]) return tint(THEME[c.theme], c.tint ?? 0);
  if (typeof c.indexed === 'number' && INDEXED[c.indexed]) return `#${INDEXED[c.indexed]}`;
  return undefined;
}

/** Tint as Excel applies it, approximated per channel (Excel works in HLS; close enough for tests). */
function tint(hex: string, t: number): string {
  const out = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    const v = t < 0 ? c * (1 + t) : c + (255 - c) * t;
    return Math.round(v).toString(16).padStart(2, '0');
  });
  return `#${out.join('').toUpperCase()}`;
}
