// Tables stacked on one sheet with no title in the cells (the titles are in the page header or
// text boxes): each is found by its headers and read on its own, with its own caption lines.
import { audit } from '../../../src/engine/audit';
import { LAYOUTS } from '../../../src/engine/layouts';
import { Grid } from '../../../src/engine/model/grid';
import { untitledTables } from '../../../src/engine/recognize/untitled-tables';
import { buildSelfEval, buildT02, buildT03, buildT05, buildT06, type TableRows } from '../../helpers/build-tables';
import { sampleData } from '../../helpers/sample-data';
import { sheet, workbook, type CellInput } from '../../helpers/sheet';

/** A table's rows without its title row (its merges shifted up one row, the title's dropped). */
function untitled(t: TableRows): { rows: CellInput[][]; merges: string[] } {
  const merges = t.merges
    .map((m) => m.replace(/\d+/g, (n) => String(Number(n) - 1)))
    .filter((m) => !/^[A-Z]+0:/.test(m));
  return { rows: t.rows.slice(1), merges };
}

/** The tables one after another, `gap` blank rows apart; merges moved down with their table. */
function stacked(tables: { rows: CellInput[][]; merges: string[] }[], gap = 2) {
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  for (const t of tables) {
    const offset = rows.length;
    merges.push(...t.merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + offset))));
    rows.push(...t.rows, ...Array.from({ length: gap }, () => []));
  }
  return { rows, merges };
}

const data = sampleData();

describe('untitledTables', () => {
  it('finds each stacked table by its headers, from its caption lines to the row before the next', () => {
    const { rows, merges } = stacked([untitled(buildT02(data)), untitled(buildT03(data)), untitled(buildT05(data))]);
    const grid = new Grid(sheet('公开表', rows, { merges }));
    const found = untitledTables(grid, LAYOUTS);
    expect(found.map((t) => t.layout.id)).toEqual(['T02', 'T03', 'T05']);
    // Each starts at its label line (公开0N表), right after the previous table's blank rows.
    expect(found.map((t) => grid.text(t.region.top, grid.rowLength(t.region.top) - 1))).toEqual(['公开02表', '公开03表', '公开05表']);
    expect(found[0].region.bottom).toBe(found[1].region.top - 1);
    expect(found[2].region.bottom).toBe(grid.rowCount - 1);
  });

  it('keeps caption lines parted from the header by a blank row with the table below, not the one above', () => {
    const t03 = untitled(buildT03(data));
    // 公开03表 and 部门名称…金额单位 above a blank row, then the header.
    const parted = { rows: [...t03.rows.slice(0, 2), [], ...t03.rows.slice(2)], merges: t03.merges.map((m) => m.replace(/\d+/g, (n) => String(Number(n) > 2 ? Number(n) + 1 : Number(n)))) };
    const { rows, merges } = stacked([untitled(buildT02(data)), parted]);
    const grid = new Grid(sheet('公开表', rows, { merges }));
    const [, second] = untitledTables(grid, LAYOUTS);
    expect(second.layout.id).toBe('T03');
    expect(grid.text(second.region.top, grid.rowLength(second.region.top) - 1)).toBe('公开03表');
  });

  /** The 基本支出明细 below a 收入决算表, with a blank row after row `at` of its own (0 = its label line). */
  function t06PartedAt(at: number) {
    const t06 = untitled(buildT06(data));
    const parted = { rows: [...t06.rows.slice(0, at + 1), [], ...t06.rows.slice(at + 1)], merges: t06.merges };
    const { rows, merges } = stacked([untitled(buildT02(data)), parted]);
    const grid = new Grid(sheet('公开表', rows, { merges }));
    return { grid, found: untitledTables(grid, LAYOUTS), label: rows.findIndex((r) => r.includes('公开06表')) };
  }

  it('takes in header rows a blank row parts from the body (they alone show too few of its words)', () => {
    // Rows 0–3: label, 部门名称…金额单位, 人员经费 | 公用经费, 科目编码 | 科目名称 | 决算数.
    const { found, label } = t06PartedAt(3);
    expect(found.map((t) => t.layout.id)).toEqual(['T02', 'T06']);
    expect(found[1].region.top).toBe(label);
  });

  it('reads a blank row inside a body as one table, not two', () => {
    const { found, label } = t06PartedAt(8);
    expect(found.map((t) => t.layout.id)).toEqual(['T02', 'T06']);
    expect(found[1].region.top).toBe(label);
  });

  it('leaves the notes under a table with it, whatever words of the next they use', () => {
    const note = { rows: [['注：本表反映部门本年度基本支出、项目支出、上缴上级支出和经营支出情况。']], merges: [] };
    const { rows, merges } = stacked([untitled(buildT02(data)), note, untitled(buildT03(data))]);
    const grid = new Grid(sheet('公开表', rows, { merges }));
    const [first, second] = untitledTables(grid, LAYOUTS);
    expect(grid.text(first.region.bottom - 2, 0)).toMatch(/^注：/);
    expect(grid.text(second.region.top, grid.rowLength(second.region.top) - 1)).toBe('公开03表');
  });

  it('reads a header repeated after a blank row (the next printed page) as the same table', () => {
    const t02 = untitled(buildT02(data));
    const header = t02.rows.slice(2, 5);
    const paged = [...t02.rows.slice(0, 8), [], ...header, ...t02.rows.slice(8)];
    const { rows, merges } = stacked([{ rows: paged, merges: t02.merges }, untitled(buildT03(data))]);
    const found = untitledTables(new Grid(sheet('公开表', rows, { merges })), LAYOUTS);
    expect(found.map((t) => t.layout.id)).toEqual(['T02', 'T03']);
    expect(found[0].region.top).toBe(0);
  });

  it('finds no table in prose, however many table words it uses', () => {
    const prose: CellInput[][] = [
      ['一、收入决算情况说明'],
      ['本年收入合计430.21万元，其中：财政拨款收入400万元，上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入均为0。'],
      [],
      ['二、支出决算情况说明'],
      ['本年支出合计430.20万元，其中：基本支出300万元，项目支出130.20万元，上缴上级支出、经营支出、对附属单位补助支出均为0。'],
    ];
    expect(untitledTables(new Grid(sheet('情况说明', prose)), LAYOUTS)).toEqual([]);
  });

  it('finds no table on a 情况说明 page that quotes its figures in small tables', () => {
    const page: CellInput[][] = [
      ['第三部分 2023年度部门决算情况说明'],
      ['一、收入支出决算总体情况说明：2023年度收入总计516.85万元，支出总计516.85万元。与2022年相比，收入总计减少68.63万元，下降11.72%，主要原因是项目支出减少。'],
      ['二、“三公”经费支出决算情况说明：2023年度“三公”经费财政拨款支出决算为1.20万元，完成预算的60%，决算数小于预算数的主要原因是厉行节约。'],
      ['项目', '预算数', '决算数'],
      ['合计', 2, 1.2],
      ['因公出国(境)费', 0, 0],
      ['公务用车购置及运行维护费', 2, 1.2],
      ['其中：公务用车购置费', 0, 0],
      ['公务用车运行维护费', 2, 1.2],
      ['公务接待费', 0, 0],
      [],
      ['三、政府采购支出情况说明：2023年度政府采购支出总额10.00万元，其中：政府采购货物支出10.00万元，工程和服务支出为0。'],
      ['项目', '行次', '采购金额'],
      ['合计', 1, 10],
      ['货物', 2, 10],
      ['工程', 3, 0],
      ['服务', 4, 0],
      ['机关运行经费', 5, 3.5],
      ['车辆数合计', 6, 0],
    ];
    expect(untitledTables(new Grid(sheet('情况说明', page)), LAYOUTS)).toEqual([]);
  });
});

describe('recognizing a sheet of untitled stacked tables', () => {
  it('reads every table with its own unit and reports nothing unrecognized', () => {
    const t02 = untitled(buildT02(data));
    const { rows, merges } = stacked([t02, untitled(buildT03(data))], 3);
    const result = audit(workbook(sheet('公开表', rows, { merges, origin: 'C4' })));
    expect(result.unrecognized).toEqual([]);
    expect(result.tables.map((t) => [t.table, t.unit])).toEqual([
      ['T02', data.unit],
      ['T03', data.unit],
    ]);
    expect(result.tables[0].range.startsWith('C')).toBe(true);
  });

  it('reads each of several 自评表 stacked without titles, one per project', () => {
    const projects = ['甲', '乙', '丙'].map((n) => ({ ...data.projects[0], projectName: `${data.projects[0].projectName}${n}` }));
    const { rows, merges } = stacked(projects.map((p) => untitled(buildSelfEval(p))));
    const result = audit(workbook(sheet('自评表', rows, { merges })));
    expect(result.unrecognized).toEqual([]);
    expect(result.tables.map((t) => [t.table, t.title])).toEqual(projects.map((p) => ['PE', p.projectName]));
  });

  it('names the first text of a sheet it cannot read, not an empty corner of it', () => {
    const result = audit(workbook(sheet('杂项', [[null, null, '备忘'], ['随便写写']], { origin: 'B2' })));
    expect(result.unrecognized).toEqual([{ sheet: '杂项', reason: '未找到任何标准表的标题或表头（首个内容为 D2“备忘”）' }]);
  });
});
