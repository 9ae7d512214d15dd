import type { CaseBook } from '../../../helpers/rule-tester';
import { cellOf, sampleWorkbook } from '../../../helpers/sample-workbook';

export const cases: CaseBook = {
  'T01-1': {
    accept: [
      { name: 'the sample closes exactly', workbook: () => sampleWorkbook() },
      {
        name: 'a 0.01 gap over two 万元 sources is an info 尾差',
        allowInfo: true,
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[8] = '20.01') }),
      },
    ],
    reject: [
      {
        name: '本年收入合计 one 万元 above the sources',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[27] = '321.00') }),
        expect: [{ severity: 'error', cells: ['C33', 'C7', 'C14'] }],
      },
      {
        name: 'a 0.01 gap is reported as info with the arithmetic',
        workbook: () => sampleWorkbook({ edit: (d) => (d.t01[8] = '20.01') }),
        expect: [{ severity: 'info', cells: [cellOf(sampleWorkbook(), 'T01', 'L27', 1)], messageIncludes: '在尾差范围' }],
      },
    ],
    unchecked: [{ name: 'no T01 in the workbook', workbook: () => sampleWorkbook({ omit: ['T01'] }), uncheckedIncludes: '未找到收入支出决算总表' }],
  },
};
