import { audit, type AuditResult } from '../../src/engine/audit';
import { toA1 } from '../../src/engine/model/address';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import type { TableSet } from '../../src/engine/tables/table-set';
import { normalizeText } from '../../src/engine/values/normalize';
import { sampleWorkbook } from '../helpers/sample-workbook';
import { setCell, sheet } from '../helpers/sheet';

/**
 * The engine computes some things once per audit (prose cells, narrative lines, 目录 entries,
 * the figures a 自评表 quotes) and skips NFKC for text it cannot change. These tests pin that
 * nothing is kept from one audit to the next and that the shortcut never changes a text.
 */

function slowNormalize(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

function located(result: AuditResult, code: string): string[] {
  return result.findings.filter((f) => f.code === code).flatMap((f) => f.locations.map((l) => `${l.sheet}!${l.cell}`));
}

describe('normalizeText', () => {
  it('leaves printable ASCII and CJK ideographs as NFKC would', () => {
    const changed: string[] = [];
    for (const [from, to] of [
      [0x21, 0x7e],
      [0x4e00, 0x9fff],
    ]) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        if (normalizeText(ch) !== slowNormalize(ch) || normalizeText(ch) !== ch) changed.push(ch);
      }
    }
    expect(changed).toEqual([]);
  });

  it('folds everything else as before', () => {
    const samples = ['社会保障和 就业支出', '（一）收入', '１２３４５', 'ＡＢＣ：', '金额单位：万元', '合\u3000计', '①㈠㊀', 'a\u00a0b', 'e\u0301', '2080108', '公开01表', ''];
    for (const s of samples) expect(normalizeText(s)).toBe(slowNormalize(s));
  });
});

describe('TableSet caches', () => {
  it('derive computes once per set, and each set computes its own', () => {
    const wb = sampleWorkbook();
    let calls = 0;
    const count = (tables: TableSet) => {
      calls++;
      return tables.textCells().length;
    };
    const set = recognizeWorkbook(wb);
    expect(set.derive(count)).toBe(set.derive(count));
    expect(calls).toBe(1);
    recognizeWorkbook(wb).derive(count);
    expect(calls).toBe(2);
  });

  it('sheetTextCells is textCells of that sheet, in order', () => {
    const set = recognizeWorkbook(sampleWorkbook());
    for (const s of set.workbook.sheets) expect(set.sheetTextCells(s.name)).toEqual(set.textCells().filter((c) => c.sheet === s.name));
    expect(set.sheetTextCells('没有这张表')).toEqual([]);
  });

  it('a new audit of an edited snapshot sees the edit: nothing is kept between audits', () => {
    const wb = sampleWorkbook();
    const prose = sheet('情况说明', [['一、部门基本情况'], ['本部门主要职责是社会保险经办。']]);
    wb.sheets.push(prose);
    const first = audit(wb);
    const pe = first.tableSet.selfEvals[0];
    const analysis = pe.analysis[0];
    const peSheet = wb.sheets.find((s) => s.name === pe.sheet)!;
    const original = analysis.text;
    expect(located(first, 'S-7')).toEqual([]);
    expect(located(first, 'PE-10')).toEqual([]);

    // A half-width comma in prose (S-7 reads the prose cells) and a 自评表 text quoting another
    // budget (PE-10 reads the quoted figures), in the same snapshot object.
    setCell(prose, 'A2', '本部门主要职责是社会保险经办,负责信息系统运维。');
    setCell(peSheet, toA1(analysis.pos), '全年预算150万元，实际执行105万元，预算执行率为70%。');
    const second = audit(wb);
    expect(located(second, 'S-7')).toContain('情况说明!A2');
    // PE-9 reports the quoted budget and takes in PE-10's warning on the same sentence.
    expect([...located(second, 'PE-9'), ...located(second, 'PE-10')]).toContain(`${pe.sheet}!${toA1(analysis.pos)}`);

    setCell(prose, 'A2', '本部门主要职责是社会保险经办。');
    setCell(peSheet, toA1(analysis.pos), original);
    expect(audit(wb).findings).toEqual(first.findings);
  });
});
