/**
 * Message templates shared by many rules. `{verdict}` is filled by the identity helpers with
 * “，在尾差范围 0.03 内”, “，超出尾差范围 0.03”, “，元表允许误差 0” or, for one figure printed
 * twice, “，两处应为同一数字”, so every message shows the arithmetic and its allowance.
 */
export const COMMON_MESSAGES = {
  sum: '{subject}：{totalName} {totalCell} = {actual} ≠ {expression} = {expected}，差 {difference}{verdict}',
  equal: '{subject}：{leftName} {leftCell} = {actual} ≠ {rightName} {rightCell} = {expected}，差 {difference}{verdict}',
  notGreater: '{subject}：{leftName} {leftCell} = {actual} 大于 {rightName} {rightCell} = {expected}，超出 {difference}',
  negative: '{subject}：{name} {cell} = {actual}，不应为负数',
  unreadable: '{subject}：{name} {cell} 的内容“{text}”不是数字，无法参与计算',
} as const;

export type CommonMessageId = keyof typeof COMMON_MESSAGES;
