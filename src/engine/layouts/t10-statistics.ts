import { t10LineOfLabel } from './common/line-labels';
import { lines, parseLineTable } from './common/line-table';
import type { Layout } from './layout';

/** 部门决算公开相关信息统计表 (山西): 政府采购 1–4, 机关运行经费 5–6, 车辆 7–15, 设备 17. */
export const t10Layout: Layout = {
  id: 'T10',
  titles: [/相关信息统计表$/, /机构运行经费支出.*信息表$/],
  keywords: ['政府采购情况', '货物', '工程', '服务', '机关运行经费', '车辆数合计', '单价100万元', '行次'],
  parse: (region, confidence) => parseLineTable(region, { id: 'T10', defaultColumns: [[1]], headerWords: ['项目', '一、政府采购情况'], expectedLines: [...lines(1, 15), 17], labels: { lineOf: t10LineOfLabel, valueHeaders: [[['统计数', '采购金额', '金额', '数量', '决算数']]] } }, confidence),
};
