/**
 * The 26 支出功能分类 classes in the order of T01 行次 32–57 and T04 行次 33–58
 * (domain-rules.md §2.4; 2023 政府收支分类科目).
 */
export const FUNCTION_CLASSES: readonly { code: string; name: string }[] = [
  { code: '201', name: '一般公共服务支出' },
  { code: '202', name: '外交支出' },
  { code: '203', name: '国防支出' },
  { code: '204', name: '公共安全支出' },
  { code: '205', name: '教育支出' },
  { code: '206', name: '科学技术支出' },
  { code: '207', name: '文化旅游体育与传媒支出' },
  { code: '208', name: '社会保障和就业支出' },
  { code: '210', name: '卫生健康支出' },
  { code: '211', name: '节能环保支出' },
  { code: '212', name: '城乡社区支出' },
  { code: '213', name: '农林水支出' },
  { code: '214', name: '交通运输支出' },
  { code: '215', name: '资源勘探工业信息等支出' },
  { code: '216', name: '商业服务业等支出' },
  { code: '217', name: '金融支出' },
  { code: '219', name: '援助其他地区支出' },
  { code: '220', name: '自然资源海洋气象等支出' },
  { code: '221', name: '住房保障支出' },
  { code: '222', name: '粮油物资储备支出' },
  { code: '223', name: '国有资本经营预算支出' },
  { code: '224', name: '灾害防治及应急管理支出' },
  { code: '229', name: '其他支出' },
  { code: '231', name: '债务还本支出' },
  { code: '232', name: '债务付息支出' },
  { code: '234', name: '抗疫特别国债安排的支出' },
];

/** T01 行次 of a class (32 for 201 … 57 for 234). */
export function t01LineOfClass(code: string): number | undefined {
  const i = FUNCTION_CLASSES.findIndex((c) => c.code === code);
  return i < 0 ? undefined : 32 + i;
}

/** T04 行次 of a class (33 for 201 … 58 for 234). */
export function t04LineOfClass(code: string): number | undefined {
  const i = FUNCTION_CLASSES.findIndex((c) => c.code === code);
  return i < 0 ? undefined : 33 + i;
}

/** Obsolete class names that must be flagged (§2.4). */
export const OBSOLETE_CLASS_NAMES: Record<string, string> = {
  医疗卫生与计划生育支出: '卫生健康支出',
  文化体育与传媒支出: '文化旅游体育与传媒支出',
  国土海洋气象等支出: '自然资源海洋气象等支出',
};
