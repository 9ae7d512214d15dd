import type { Piece } from './text-expr';

/** The sections of 第三部分 the user can choose (domain-rules §5.1), in 山西 order. */
export const SECTION_IDS = [
  '收入支出总体',
  '收入',
  '支出',
  '财政拨款收支总体',
  '一般公共预算总体',
  '一般公共预算结构',
  '一般公共预算具体',
  '基本支出',
  '政府性基金',
  '国有资本经营',
  '三公总体',
  '三公具体',
  '机关运行经费',
  '政府采购',
  '国有资产',
  '预算绩效',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** One row of the 情况说明 sheet: a heading (bold) or a paragraph. */
export interface Paragraph {
  section: SectionId | '标题';
  heading: boolean;
  pieces: Piece[];
}

export const heading = (section: Paragraph['section'], text: string): Paragraph => ({ section, heading: true, pieces: [{ k: 'lit', text }] });
export const body = (section: SectionId, pieces: Piece[]): Paragraph => ({ section, heading: false, pieces });
