/**
 * OfficeExtension.Error codes (never their English messages) → what the accountant should do.
 */
const MESSAGES: Record<string, string> = {
  AccessDenied: '工作表或工作簿受保护，无法写入。请在“审阅”选项卡中撤消工作表保护后重试。',
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。',
  ResponsePayloadSizeLimitExceeded: '工作簿过大，无法一次读取。请删除多余的空行空列或拆分工作簿后重试。',
  RequestPayloadSizeLimitExceeded: '要写入的内容过多。请减少要标记的单元格或拆分工作簿后重试。',
  PayloadSizeLimitExceeded: '工作簿过大，超出 Excel 允许的数据量。请拆分工作簿后重试。',
  ApiNotFound: '当前 Excel 版本不支持此功能。请升级到 Microsoft 365 或 Excel 2019 及以上版本。',
  ItemNotFound: '找不到要操作的工作表或单元格，工作簿可能已被修改。请重新审核。',
  ItemAlreadyExists: '同名工作表已存在。请重新导出。',
  InvalidArgument: '单元格地址或参数无效，工作簿结构可能已变化。请重新审核。',
  InvalidReference: '单元格引用无效，工作簿结构可能已变化。请重新审核。',
  InvalidSelection: '当前选择无效。请先点击一个普通单元格后重试。',
  Conflict: '工作簿正被其他人同时编辑，请稍后重试。',
  GeneralException: 'Excel 未能完成操作。请保存工作簿后重试。',
  ActivityLimitReached: '操作过于频繁，请稍后重试。',
};

export interface OfficeErrorLike {
  code?: string;
  message?: string;
}

/** A Chinese explanation with what to do; the code is kept for support. */
export function explainOfficeError(error: unknown): string {
  const code = (error as OfficeErrorLike | undefined)?.code;
  if (code && MESSAGES[code]) return `${MESSAGES[code]}（错误代码：${code}）`;
  const detail = error instanceof Error ? error.message : String(error);
  return `操作未完成：${detail}${code ? `（错误代码：${code}）` : ''}`;
}
