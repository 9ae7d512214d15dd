import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { sampleWorkbook } from '../../helpers/sample-workbook';

describe('recognition of the sample workbook', () => {
  const set = recognizeWorkbook(sampleWorkbook());

  it('maps every sheet to its table', () => {
    expect(set.tables.map((t) => `${t.sheet}:${t.id}`)).toEqual([
      '公开01表:T01', '公开02表:T02', '公开03表:T03', '公开04表:T04', '公开05表:T05',
      '公开06表:T06', '公开07表:TGF', '公开08表:TSOC', '公开09表:T3G', '公开10表:T10',
    ]);
    expect(set.selfEvals).toHaveLength(1);
    expect(set.unrecognized).toEqual([]);
  });

  it('reads units, labels and values by 行次, code and 栏次', () => {
    const t01 = set.get('T01')!;
    expect(t01.unit).toBe('万元');
    expect(t01.meta.label?.text).toBe('公开01表');
    expect(t01.value('L27', 1)?.value.toString()).toBe('320');
    expect(t01.value('L62', 2)?.value.toString()).toBe('330');
    expect(set.get('T02')!.value('合计', 7)?.value.toString()).toBe('20');
    expect(set.get('T03')!.value('2080109', 3)?.value.toString()).toBe('125');
    expect(set.get('T04')!.value('L59', 3)?.value.toString()).toBe('305');
    expect(set.get('T05')!.value('合计', 2)?.value.toString()).toBe('200');
    expect(set.get('T06')!.value('人员经费合计', 1)?.value.toString()).toBe('175');
    expect(set.get('T06')!.value('30229', 1)?.value.toString()).toBe('6');
    expect(set.get('T3G')!.value('data', 12)?.value.toString()).toBe('0.7');
    expect(set.get('T10')!.value('L7', 1)?.value.toString()).toBe('1');
    expect(set.get('TGF')!.isEmpty()).toBe(true);
    expect(set.get('TGF')!.meta.notes.map((n) => n.text)).toContain('说明：本表无数据');
  });

  it('reads the 自评表', () => {
    const pe = set.selfEvals[0];
    expect(pe.projectName?.text).toBe('社会保险经办信息系统运维');
    expect(pe.funds).toHaveLength(2);
    expect(pe.funds[0].annualBudget?.value.toString()).toBe('105');
    expect(pe.funds[0].rate?.value.toString()).toBe('100');
    expect(pe.indicators).toHaveLength(6);
    expect(pe.indicators[4].level1).toBe('效益指标');
    expect(pe.total?.value.toString()).toBe('100');
    expect(pe.grade?.text).toBe('优');
    expect(pe.analysis[0].text).toContain('预算执行率为100%');
  });
});
