import { groupFindings, OTHER_GROUP, tableOfFinding } from '../../src/taskpane/group-findings';
import { finding, table } from './findings';

const TABLES = [
  table('T03', '公开03表', 'A1:H18'),
  table('T01', '公开01表', 'A1:F37'),
  // Two tables stacked on one sheet.
  table('T3G', '合并表', 'A1:L8'),
  table('T10', '合并表', 'A12:D34'),
];

describe('tableOfFinding', () => {
  it('files a finding under the table whose rows hold its first cell', () => {
    expect(tableOfFinding(finding('T01-1', 'error', ['C33', 'C7']), TABLES)?.table).toBe('T01');
    expect(tableOfFinding(finding('SG-1', 'error', ['B8'], { sheet: '合并表' }), TABLES)?.table).toBe('T3G');
    expect(tableOfFinding(finding('T10-1', 'error', ['C20'], { sheet: '合并表' }), TABLES)?.table).toBe('T10');
  });

  it('uses the first cell, not the cells on other sheets', () => {
    expect(tableOfFinding(finding('X-1', 'error', ['C33', '公开03表!C7']), TABLES)?.table).toBe('T01');
  });

  it('takes the nearest table above a cell between or below the tables of its sheet', () => {
    expect(tableOfFinding(finding('A', 'info', ['B10'], { sheet: '合并表' }), TABLES)?.table).toBe('T3G');
    expect(tableOfFinding(finding('A', 'info', ['B99'], { sheet: '合并表' }), TABLES)?.table).toBe('T10');
    expect(tableOfFinding(finding('A', 'info', ['B40']), TABLES)?.table).toBe('T01');
  });

  it('finds no table for a sheet without one, or a finding without cells', () => {
    expect(tableOfFinding(finding('S-1', 'warning', ['A1'], { sheet: '说明' }), TABLES)).toBeUndefined();
    expect(tableOfFinding(finding('T01-9', 'error', []), TABLES)).toBeUndefined();
  });
});

describe('groupFindings', () => {
  const findings = [
    finding('T03-1', 'error', ['C7'], { sheet: '公开03表' }),
    finding('S-1', 'warning', ['A1'], { sheet: '说明' }),
    finding('T01-1', 'error', ['C33']),
    finding('T01-2', 'info', ['C37'], { rounding: true }),
  ];

  it('groups by table in catalog order (T01 before T03), 其他 last, empty tables left out', () => {
    const groups = groupFindings(findings, TABLES);
    expect(groups.map((g) => [g.label, g.findings.map((f) => f.code)])).toEqual([
      ['T01 收入支出决算总表', ['T01-1', 'T01-2']],
      ['T03 支出决算表', ['T03-1']],
      [OTHER_GROUP, ['S-1']],
    ]);
    expect(groups[0].table?.sheet).toBe('公开01表');
  });

  it('lists every table when asked, with distinct keys for tables of one sheet', () => {
    const groups = groupFindings([], TABLES, { includeEmpty: true });
    expect(groups.map((g) => g.table?.table)).toEqual(['T01', 'T03', 'T3G', 'T10']);
    expect(new Set(groups.map((g) => g.key)).size).toBe(4);
  });

  it('names tables that share an id by their sheet in short labels', () => {
    const tables = [...TABLES, table('PE', '自评表1', 'A1:J22'), table('PE', '自评表2', 'A1:J22')];
    expect(groupFindings([], tables, { includeEmpty: true }).map((g) => g.shortLabel)).toEqual(['T01 收入支出决算总表', 'T03 支出决算表', 'T3G 财政拨款“三公”经费支出决算表', 'T10 部门决算公开相关信息统计表', 'PE 自评表1', 'PE 自评表2']);
  });

  it('puts everything under 其他 when nothing was recognized', () => {
    expect(groupFindings(findings, []).map((g) => [g.key, g.findings.length])).toEqual([[OTHER_GROUP, 4]]);
  });
});
