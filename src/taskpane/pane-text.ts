import type { Finding } from '../engine/finding';

/** The cells of a finding on its own sheet, and those on other sheets qualified: “C33、C7、公开02表!C7”. */
export function cellsText(finding: Pick<Finding, 'sheet' | 'locations'>): string {
  return finding.locations.map((l) => (l.sheet === finding.sheet ? l.cell : `${l.sheet}!${l.cell}`)).join('、');
}

/** What 选中 selects: the finding's cells on its own sheet (Excel selects within one sheet). */
export function cellsOnSheet(finding: Pick<Finding, 'sheet' | 'locations'>): string[] {
  return [...new Set(finding.locations.filter((l) => l.sheet === finding.sheet).map((l) => l.cell))];
}

export function clearedText(result: { restoredCells: number; removedNotes: number }): string {
  return `已恢复 ${result.restoredCells} 个单元格，删除 ${result.removedNotes} 条批注`;
}

export function exportedText(sheetName: string): string {
  return `已写入工作表 ${sheetName}`;
}

export function skippedNotesText(count: number, canWriteNotes: boolean): string {
  return canWriteNotes
    ? `${count} 个单元格已有您自己的批注，决算助手没有覆盖它们；这些单元格的问题请看下方列表。`
    : `当前 Excel 版本不支持批注，${count} 个单元格只标了颜色；问题说明请看下方列表或导出审核报告。`;
}

/** After saving an 出错说明: where the finding went (it moves to 已说明, never silently). */
export function explainedText(finding: Pick<Finding, 'code' | 'title'>, explained: boolean): string {
  return explained ? `已保存出错说明：${finding.code} ${finding.title} 已移到“已说明”` : `已撤销出错说明：${finding.code} ${finding.title} 回到原来的位置`;
}
