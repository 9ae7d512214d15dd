/**
 * Message templates shared by many rules. `{verdict}` is filled by the identity helpers with
 * “，在尾差范围 0.03 内” or “，超出尾差范围 0.03”, so every message shows the arithmetic.
 */
export const COMMON_MESSAGES = {
  sum: '{subject}：{totalName} {totalCell} = {actual} ≠ {expression} = {expected}，差 {difference}{verdict}',
  equal: '{subject}：{leftName} {leftCell} = {actual} ≠ {rightName} {rightCell} = {expected}，差 {difference}{verdict}',
  notGreater: '{subject}：{leftName} {leftCell} = {actual} 大于 {rightName} {rightCell} = {expected}，超出 {difference}',
  negative: '{subject}：{name} {cell} = {actual}，不应为负数',
  unreadable: '{subject}：{name} {cell} 的内容“{text}”不是数字，无法参与计算',
} as const;

export type CommonMessageId = keyof typeof COMMON_MESSAGES;
