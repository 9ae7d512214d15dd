import { planFill, SHANGHAI_GRADES, type FillOptions, type FillPlan } from '../../../src/engine/fill';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { seedSelfEvals, seedSummary, type SeedProject } from '../../helpers/performance-grids';
import { sheet, workbook, type CellInput } from '../../helpers/sheet';
import { formulaDisagreements } from './support/check-formulas';

const plan = (wb: WorkbookSnapshot, options: FillOptions = {}): FillPlan => planFill(recognizeWorkbook(wb), options);

/** Seed 000's 自评表 (funds rows 7–8, indicators I12:I20, 总分 H21, 等级 I21) with edits. */
function seed000(edit: (p: SeedProject) => void): WorkbookSnapshot {
  return seedSelfEvals('000', { edit: (ps) => edit(ps[0]) });
}

/** Items by cell: status, formula, value. */
function byCell(p: FillPlan): Record<string, [string, string | undefined, unknown]> {
  return Object.fromEntries(p.items.map((i) => [i.cell, [i.status, i.write.formula, i.write.value]]));
}

function blankDerived(p: SeedProject, ...rows: number[]): void {
  for (const r of rows) Object.assign(p.funds[r], { balance: '', rate: '', score: '' });
}

describe('资金结(转)余, 执行率, 预算执行得分 (PE-3/1/2)', () => {
  it('accept: the seed as printed leaves every funds cell as it is', () => {
    const p = plan(seed000(() => undefined));
    expect(p.items.filter((i) => i.kind !== 'total' && i.status !== 'same')).toEqual([]);
  });

  it('blank cells are planned as formulas over the source cells, rate 2 dp, score from the unrounded rate', () => {
    const wb = seed000((p) => blankDerived(p, 0, 1));
    const cells = byCell(plan(wb));
    expect(cells.G7).toEqual(['empty', '=E7-F7', 22.6]);
    expect(cells.H7).toEqual(['empty', '=IF(E7=0,"",ROUND(F7/E7*100,2))', 77.58]);
    expect(cells.I7).toEqual(['empty', '=IF(E7=0,"",ROUND(MIN(F7/E7,1)*10,2))', 7.76]);
    expect(cells.I8).toEqual(['empty', '=IF(E8=0,"",ROUND(MIN(F8/E8,1)*10,2))', 7.76]);
    expect(formulaDisagreements(wb, plan(wb))).toEqual([]);
  });

  it('reject: a different printed 执行率 is a PE-1 conflict, not written unless replaced', () => {
    // 79 (no decimals shown) is not 77.58 rounded as the cell shows it (78 would be).
    const wb = seed000((p) => (p.funds[0].rate = '79'));
    const p = plan(wb);
    expect(p.items.find((i) => i.cell === 'H7')).toMatchObject({ status: 'conflict', code: 'PE-1', chosen: false, actual: '79', expected: '77.58%' });
    expect(plan(wb, { replace: ['自评表1!H7'] }).items.find((i) => i.cell === 'H7')!.chosen).toBe(true);
    expect(plan(wb, { replace: 'all' }).items.filter((i) => i.status === 'conflict').every((i) => i.chosen)).toBe(true);
  });

  it('same within display rounding: 77.6 shown with one decimal is left; replaceSame writes it', () => {
    const wb = seed000((p) => (p.funds[0].rate = '77.6'));
    expect(plan(wb).items.find((i) => i.cell === 'H7')).toMatchObject({ status: 'same', chosen: false });
    expect(plan(wb, { replaceSame: true }).items.find((i) => i.cell === 'H7')).toMatchObject({ status: 'same', chosen: true });
  });

  it('全年预算数 0: no 执行率 or 得分, a PE-1 note; the formulas still guard a later zero', () => {
    const wb = seed000((p) => {
      blankDerived(p, 0, 1);
      p.funds[0].annualBudget = '0';
      p.funds[1].annualBudget = '0';
    });
    const p = plan(wb);
    expect(p.items.filter((i) => i.kind === 'rate' || i.kind === 'score')).toEqual([]);
    expect(p.notes.map((n) => [n.code, n.cell])).toEqual([
      ['PE-1', 'H7'],
      ['PE-1', 'H8'],
    ]);
    expect(byCell(p).G7).toEqual(['empty', '=E7-F7', -78.194]);
  });

  it('资金总额 得分 blank while 市县区财政资金 carries it: not filled, 总分 counts the source line', () => {
    const wb = seed000((p) => (p.funds[0].score = ''));
    const cells = byCell(plan(wb));
    expect(cells.I7).toBeUndefined();
    expect(cells.H21).toEqual(['conflict', '=ROUND(SUM(I12:I20,I8),2)', 94.56]);
  });

  it('several funds-source lines: each gets its 结余 and 执行率; a line left wholly blank gets nothing; 得分 only on 资金总额', () => {
    const wb = seed000((p) => {
      blankDerived(p, 0, 1);
      const base = { declared: '', compiled: '', balance: '', rate: '', score: '', note: '' };
      p.funds.push({ ...base, label: '上年结转资金', annualBudget: '10', executed: '4' }, { ...base, label: '其他资金', annualBudget: '', executed: '' });
    });
    const p = plan(wb);
    const lines = p.items.filter((i) => i.kind !== 'total' && i.kind !== 'grade').map((i) => i.cell);
    expect(lines.sort()).toEqual(['G7', 'G8', 'G9', 'H7', 'H8', 'H9', 'I7'].sort());
    expect(byCell(p).H9).toEqual(['empty', '=IF(E9=0,"",ROUND(F9/E9*100,2))', 40]);
    expect(formulaDisagreements(wb, p)).toEqual([]);
  });

  it('a 全年执行数 in words: nothing computed on that line, a note names the cell', () => {
    const wb = seed000((p) => {
      blankDerived(p, 0);
      p.funds[0].executed = '约七十八万';
    });
    const p = plan(wb);
    expect(p.items.filter((i) => ['G7', 'H7', 'I7'].includes(i.cell))).toEqual([]);
    expect(p.notes[0]).toMatchObject({ code: 'PE-1', cell: 'F7' });
  });
});

describe('总分 and 等级 (PE-7/8)', () => {
  it('reject: 000’s 96.76 is a PE-7 conflict at 94.56; the 等级 优 agrees', () => {
    const cells = byCell(plan(seed000(() => undefined)));
    expect(cells.H21).toEqual(['conflict', '=ROUND(SUM(I12:I20,I7),2)', 94.56]);
    expect(cells.I21[0]).toBe('same');
  });

  it('blank 总分 and 等级: filled, the 等级 a nested IF over the 总分 cell', () => {
    const wb = seed000((p) => {
      p.total = '';
      p.grade = '';
    });
    const p = plan(wb);
    expect(byCell(p).H21).toEqual(['empty', '=ROUND(SUM(I12:I20,I7),2)', 94.56]);
    expect(byCell(p).I21).toEqual(['empty', '=IF(ISNUMBER(H21),IF(H21>=90,"优",IF(H21>=80,"良",IF(H21>=60,"中","差"))),"")', '优']);
    expect(p.items.find((i) => i.cell === 'I21')!.dependsOn).toEqual(['自评表1!H21']);
    expect(formulaDisagreements(wb, p)).toEqual([]);
  });

  it.each([
    ['20', '优'],
    ['15', '良'],
    ['5', '中'],
    ['0', '差'],
  ])('indicator 得分 %s on two 20-分 lines: the 等级 follows the band of the computed 总分 (%s)', (score, grade) => {
    const wb = seed000((p) => {
      p.indicators[0].score = score;
      p.indicators[6].score = score;
      p.total = '';
      p.grade = '';
    });
    const p = plan(wb);
    expect(byCell(p).I21[2]).toBe(grade);
    expect(formulaDisagreements(wb, p)).toEqual([]);
  });

  it('reject: a printed 等级 in another band than the 总分 is a PE-8 conflict', () => {
    const wb = seed000((p) => {
      p.indicators[0].score = '10';
      p.total = '';
      p.grade = '优';
    });
    expect(plan(wb).items.find((i) => i.cell === 'I21')).toMatchObject({ status: 'conflict', code: 'PE-8', expected: '良', actual: '优' });
  });

  it('上海 labels: a printed 合格 selects 优/良/合格/不合格; or chosen explicitly', () => {
    const printed = seed000((p) => {
      p.total = '';
      p.grade = '合格';
      for (const i of p.indicators) i.score = '6';
    });
    expect(plan(printed).items.find((i) => i.cell === 'I21')).toMatchObject({ status: 'same', expected: '合格' });
    const chosen = seed000((p) => {
      p.total = '';
      p.grade = '';
    });
    const item = plan(chosen, { grades: SHANGHAI_GRADES }).items.find((i) => i.cell === 'I21')!;
    expect(item.write.formula).toContain('"不合格"');
    expect(formulaDisagreements(chosen, plan(chosen, { grades: SHANGHAI_GRADES }))).toEqual([]);
  });

  it('an indicator row with a blank 分值 and 得分 is inside the SUM and adds nothing', () => {
    const wb = seed000((p) => {
      p.indicators.splice(3, 0, { ...p.indicators[3], level3: '备用指标', weight: '', score: '' });
      p.total = '';
    });
    const p = plan(wb);
    expect(byCell(p).H22).toEqual(['empty', '=ROUND(SUM(I12:I21,I7),2)', 94.56]);
    expect(formulaDisagreements(wb, p)).toEqual([]);
  });
});

describe('central 附件1 layout: a 分值 column in the funds block', () => {
  const row = (...cells: CellInput[]) => cells;
  function central(weight: CellInput, score: CellInput): WorkbookSnapshot {
    return workbook(
      sheet('自评表', [
        row('项目支出绩效自评表'),
        row('项目名称', '某项目'),
        row('项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'),
        row(null, '年度资金总额', 100, 100, 80, weight, null, score),
        row(null, '其中：当年财政拨款', 100, 100, 80, null, null, null),
        row('年度总体目标', '目标'),
        row('绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'),
        row(null, '产出指标', '数量指标', '完成数', '10', '10', 80, 80),
        row('总分', null, null, null, null, null, 100, null),
      ]),
    );
  }

  it('得分 = min(执行率, 100%) × the printed 分值 (20), referencing the 分值 cell', () => {
    const wb = central(20, null);
    const p = plan(wb);
    expect(byCell(p).H4).toEqual(['empty', '=IF(D4=0,"",ROUND(MIN(E4/D4,1)*F4,2))', 16]);
    expect(formulaDisagreements(wb, p)).toEqual([]);
  });

  it('a blank 分值 means 10', () => {
    expect(byCell(plan(central(null, null))).H4).toEqual(['empty', '=IF(D4=0,"",ROUND(MIN(E4/D4,1)*10,2))', 8]);
  });
});

describe('河南 项目单位自评汇总表: 执行率 per project row', () => {
  it('accept: 002’s rates as printed', () => {
    expect(plan(seedSummary()).items.every((i) => i.status === 'same')).toBe(true);
  });

  it('a blank rate follows the column’s percentages: a fraction, 4 dp', () => {
    const wb = seedSummary((rows) => {
      const col = rows[0].findIndex((h) => /执行率/.test(h));
      rows[1][col] = '';
      const budget = rows[0].indexOf('全年预算数');
      const executed = rows[0].indexOf('全年执行数');
      rows[1][executed] = String(Number(rows[1][budget]) * 0.5);
    });
    const p = plan(wb);
    const item = p.items.find((i) => i.status === 'empty')!;
    expect(item.write.value).toBe(0.5);
    expect(item.write.formula).toMatch(/^=IF\([A-Z]+\d+=0,"",ROUND\([A-Z]+\d+\/[A-Z]+\d+,4\)\)$/);
    expect(formulaDisagreements(wb, p)).toEqual([]);
  });
});

describe('the audit hook', () => {
  it('a blank derived cell that can be computed is an info finding “未填，可填充为 …”', async () => {
    const { audit } = await import('../../../src/engine/audit');
    // 资金总额's 得分 blank too: 市县区财政资金 then carries it (see above), so it is not fillable.
    const wb = seed000((p) => blankDerived(p, 0));
    const fillable = audit(wb).findings.filter((f) => f.messageId === 'fillable');
    expect(fillable.map((f) => [f.code, f.severity, f.cells[0], f.expected])).toEqual([
      ['PE-3', 'info', 'G7', '22.6'],
      ['PE-1', 'info', 'H7', '77.58%'],
    ]);
    expect(fillable[0].message).toContain('未填，可填充为 22.6');
    expect(audit(seed000(() => undefined)).findings.filter((f) => f.messageId === 'fillable')).toEqual([]);
  });
});
