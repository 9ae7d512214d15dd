import { audit } from '../../../src/engine/audit';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { buildT01, buildT04, buildT05 } from '../../helpers/build-tables';
import { sampleData } from '../../helpers/sample-data';
import { sheet, workbook, type CellInput } from '../../helpers/sheet';

/**
 * The 上海 2024 template (domain-rules.md §2.2/§2.3): no 行次 column in the two summary tables,
 * only the rows that carry a label, the 合计 row of 支出决算表 last, and the 三公 table with
 * (预算数, 决算数) paired under each item.
 */
function withoutLineNumbers(rows: CellInput[][], lineCols: number[]): CellInput[][] {
  return rows
    .filter((row) => row[0] !== '栏次')
    .filter((row) => row.some((cell, i) => !lineCols.includes(i) && cell !== null && cell !== '' && cell !== undefined))
    .map((row) => row.filter((_, i) => !lineCols.includes(i)));
}

function shanghaiWorkbook(edit?: (d: ReturnType<typeof sampleData>) => void) {
  const data = sampleData();
  edit?.(data);
  const t01 = buildT01(data);
  const t04 = buildT04(data);
  const t05 = buildT05(data);
  const t05rows = [...t05.rows.slice(0, 6), ...t05.rows.slice(7), t05.rows[6]]; // 合计 last
  const threePublic: CellInput[][] = [
    ['财政拨款“三公”经费支出决算表'],
    [null, null, null, null, null, null, null, null, null, null, null, '金额单位：万元'],
    ['合计', null, '因公出国（境）费', null, '公务用车购置及运行维护费', null, null, null, null, null, '公务接待费', null],
    [null, null, null, null, '小计', null, '公务用车购置费', null, '公务用车运行维护费', null, null, null],
    ['预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数', '预算数', '决算数'],
    // pairs: 合计 2.00/1.50, 出国 0/0, 小计 1.00/0.80, 购置 0/0, 运维 1.00/0.80, 接待 1.00/0.70
    ['2.00', '1.50', '', '', '1.00', '0.80', '', '', '1.00', '0.80', '1.00', '0.70'],
  ];
  return workbook(
    sheet('一', withoutLineNumbers(t01.rows, [1, 4])),
    sheet('四', withoutLineNumbers(t04.rows, [1, 4])),
    sheet('五', t05rows),
    sheet('七', threePublic),
  );
}

describe('上海 2024 layouts', () => {
  it('reads the summary tables by row label when no 行次 is printed', () => {
    const set = recognizeWorkbook(shanghaiWorkbook());
    const t01 = set.get('T01')!;
    expect(t01.variant).toBe('no-line-numbers');
    expect(t01.value('L27', 1)?.value.toString()).toBe('320');
    expect(t01.value('L29', 1)?.value.toString()).toBe('10');
    expect(t01.value('L39', 2)?.value.toString()).toBe('280');
    expect(t01.value('L62', 2)?.value.toString()).toBe('330');
    const t04 = set.get('T04')!;
    expect(t04.value('L1', 1)?.value.toString()).toBe('300');
    expect(t04.value('L29', 1)?.value.toString()).toBe('10');
    expect(t04.value('L59', 3)?.value.toString()).toBe('305');
    expect(t04.value('L64', 2)?.value.toString()).toBe('310');
  });

  it('maps paired 预算数/决算数 columns of the 三公 table to 栏次 1–12', () => {
    const t3g = recognizeWorkbook(shanghaiWorkbook()).get('T3G')!;
    const values = [...Array(12).keys()].map((i) => t3g.value('data', i + 1)?.value.toString());
    expect(values).toEqual(['2', '0', '1', '0', '1', '1', '1.5', '0', '0.8', '0', '0.8', '0.7']);
  });

  it('audits them: consistent tables pass, a broken total is an error', () => {
    const clean = audit(shanghaiWorkbook()).findings.filter((f) => /^(T01|T04|T05|SG)-/.test(f.code) && f.severity !== 'info');
    expect(clean).toEqual([]);
    const broken = audit(shanghaiWorkbook((d) => (d.t01[27] = '321.00'))).findings;
    expect(broken.some((f) => f.code === 'T01-1' && f.severity === 'error')).toBe(true);
    expect(audit(shanghaiWorkbook()).tableSet.get('T05')!.total()?.values.get(1)?.value.toString()).toBe('305');
  });
});
