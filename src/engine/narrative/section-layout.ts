import type { SectionId } from './paragraph';
import type { NarrativeVariant } from './variant';

/** A numbered part of 第三部分: its heading and the sections under it (with sub-headings when several). */
export interface Part {
  title: string;
  sections: Array<{ id: SectionId; title?: string }>;
}

const ONE_TO_SIX = (fiscal: string): Part[] => [
  { title: '一、收入支出决算总体情况说明', sections: [{ id: '收入支出总体' }] },
  { title: '二、收入决算情况说明', sections: [{ id: '收入' }] },
  { title: '三、支出决算情况说明', sections: [{ id: '支出' }] },
  { title: `四、${fiscal}`, sections: [{ id: '财政拨款收支总体' }] },
  {
    title: '五、一般公共预算财政拨款支出决算情况说明',
    sections: [
      { id: '一般公共预算总体', title: '（一）一般公共预算财政拨款支出决算总体情况' },
      { id: '一般公共预算结构', title: '（二）一般公共预算财政拨款支出决算结构情况' },
      { id: '一般公共预算具体', title: '（三）一般公共预算财政拨款支出决算具体情况' },
    ],
  },
  { title: '六、一般公共预算财政拨款基本支出决算情况说明', sections: [{ id: '基本支出' }] },
];

const THREE_PUBLIC = (n: string): Part => ({
  title: `${n}、财政拨款“三公”经费支出决算情况说明`,
  sections: [
    { id: '三公总体', title: '（一）“三公”经费财政拨款支出决算总体情况说明' },
    { id: '三公具体', title: '（二）“三公”经费财政拨款支出决算具体情况说明' },
  ],
});

/** domain-rules §5.1: the section lists of each variant, in print order. */
export const PARTS: Record<NarrativeVariant, Part[]> = {
  山西: [
    ...ONE_TO_SIX('财政拨款收支决算总体情况说明'),
    { title: '七、政府性基金预算财政拨款收支决算情况说明', sections: [{ id: '政府性基金' }] },
    { title: '八、国有资本经营预算财政拨款支出决算情况说明', sections: [{ id: '国有资本经营' }] },
    THREE_PUBLIC('九'),
    {
      title: '十、其他重要事项情况说明',
      sections: [
        { id: '机关运行经费', title: '（一）机关运行经费支出情况说明' },
        { id: '政府采购', title: '（二）政府采购情况说明' },
        { id: '国有资产', title: '（三）国有资产占用情况说明' },
        { id: '预算绩效', title: '（四）预算绩效情况说明' },
      ],
    },
  ],
  河南: [
    ...ONE_TO_SIX('财政拨款收入支出决算总体情况说明'),
    { title: '七、政府性基金预算财政拨款支出决算情况说明', sections: [{ id: '政府性基金' }] },
    { title: '八、国有资本经营预算财政拨款支出决算情况说明', sections: [{ id: '国有资本经营' }] },
    THREE_PUBLIC('九'),
    { title: '十、机关运行经费支出情况说明', sections: [{ id: '机关运行经费' }] },
    { title: '十一、政府采购支出情况说明', sections: [{ id: '政府采购' }] },
    { title: '十二、国有资产占用情况说明', sections: [{ id: '国有资产' }] },
    { title: '十三、预算绩效情况说明', sections: [{ id: '预算绩效' }] },
  ],
  上海: [
    ...ONE_TO_SIX('财政拨款收支决算总体情况说明'),
    THREE_PUBLIC('七'),
    { title: '八、政府性基金预算财政拨款收入支出决算情况说明', sections: [{ id: '政府性基金' }] },
    { title: '九、国有资本经营预算财政拨款收入支出决算情况说明', sections: [{ id: '国有资本经营' }] },
    { title: '十、预算绩效管理情况', sections: [{ id: '预算绩效' }] },
    {
      title: '十一、其他重要事项的情况说明',
      sections: [
        { id: '机关运行经费', title: '（一）机关运行经费支出情况' },
        { id: '政府采购', title: '（二）政府采购支出情况' },
        { id: '国有资产', title: '（三）国有资产占用情况' },
      ],
    },
  ],
};
