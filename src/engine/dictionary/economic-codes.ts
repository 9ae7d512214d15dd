/** 部门预算支出经济分类 类 of T06 and the 人员/公用 split (domain-rules.md §2.4). */
export const PERSONNEL_CLASSES = ['301', '303'] as const;
export const PUBLIC_CLASSES = ['302', '307', '310', '312', '313', '399'] as const;
/** 基本建设 classes printed “——” under 基本支出. */
export const CAPITAL_CONSTRUCTION_CLASSES = ['309', '311'] as const;

export const ECONOMIC_CLASS_NAMES: Record<string, string> = {
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
  '307': '债务利息及费用支出',
  '309': '资本性支出（基本建设）',
  '310': '资本性支出',
  '311': '对企业补助（基本建设）',
  '312': '对企业补助',
  '313': '对社会保障基金补助',
  '399': '其他支出',
};
