/**
 * What the reader accepts. A 决算 workbook is a few hundred KB, a few dozen sheets and some
 * ten thousand cells; these limits are far above that and far below what would exhaust
 * memory (the reader stays within ~500 MB and a few seconds whatever the file). Each is
 * checked before the work it bounds: sizes and ratios from the ZIP directory before any
 * part is inflated, actual sizes while inflating, rows/columns/cells/merges while parsing.
 * README “命令行 › 读取限制” lists them for users.
 */
export const LIMITS = {
  /** The file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the ZIP directory. */
  entries: 10_000,
  /** Sum of the declared uncompressed sizes of all entries. */
  totalBytes: 1024 * 1024 * 1024,
  /** One part we read (sheet XML, shared strings…), uncompressed. */
  partBytes: 32 * 1024 * 1024,
  /** Uncompressed ÷ compressed for a part above `ratioFloorBytes` (real sheet XML: 5–30). */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** Sheets in the workbook. */
  sheets: 1_000,
  /** Excel's own grid. */
  rows: 1_048_576,
  columns: 16_384,
  /** Non-empty cells in the workbook. */
  cells: 400_000,
  /** Sum over rows of each row's last used column: what the engine scans. */
  scannedCells: 5_000_000,
  /** Merged areas in the workbook, and cells they cover in one sheet. */
  merges: 20_000,
  mergedCells: 2_000_000,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Shared strings. */
  sharedStrings: 1_000_000,
} as const;

/** 64 MiB, 1,000,000: for messages. */
export function bytesText(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

export function countText(n: number): string {
  return n.toLocaleString('en-US');
}
