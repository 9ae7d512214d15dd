// One number format for 期望/实际/差额 in every output: 千分位, the finding's decimals, % for rates.
import { Decimal, formatAmount } from '../../../src/engine/money/decimal';
import { figureNumFmt, figureParts, figuresLine, figureText } from '../../../src/engine/plan/figures';

describe('figureText', () => {
  it('groups amounts by thousands with the finding’s decimals', () => {
    expect(figureText({ kind: 'amount', decimals: 2 }, '1234567.90')).toBe('1,234,567.90');
    expect(figureText({ kind: 'amount', decimals: 2 }, '-1233569.79')).toBe('-1,233,569.79');
    expect(figureText({ kind: 'amount', decimals: 3 }, '29.099')).toBe('29.099');
  });

  it('shows rates with % and counts as whole numbers; text as it is', () => {
    expect(figureText({ kind: 'rate', decimals: 3 }, '100.000')).toBe('100.000%');
    expect(figureText({ kind: 'count', decimals: 0 }, '1200')).toBe('1,200');
    expect(figureText({ kind: 'text' }, '年末结转和结余')).toBe('年末结转和结余');
  });

  it('shows 自评表 scores as they are written, in 分', () => {
    expect(figureText({ kind: 'score', decimals: 2 }, '90.00')).toBe('90');
    expect(figureText({ kind: 'score', decimals: 2 }, '86.80')).toBe('86.8');
    expect(figuresLine({ kind: 'score', decimals: 2, expected: '94.56', actual: '96.76', difference: '2.20' })).toBe('期望 94.56，实际 96.76，差额 2.2（分）');
    expect(figureNumFmt({ kind: 'score', decimals: 2 })).toBe('General');
  });

  it('agrees with formatAmount on generated amounts of every size', () => {
    for (let digits = 1; digits <= 13; digits++) {
      for (const decimals of [0, 2, 3]) {
        const raw = `${'9876543210123'.slice(0, digits)}${decimals ? `.${'57'.repeat(2).slice(0, decimals)}` : ''}`;
        const shown = figureText({ kind: 'amount', decimals }, raw);
        expect(shown).toBe(formatAmount(new Decimal(raw), decimals));
        expect(shown.replace(/,/g, '')).toBe(raw);
        expect(shown).toMatch(/^\d{1,3}(,\d{3})*(\.\d+)?$/);
      }
    }
  });
});

describe('figuresLine and figureNumFmt', () => {
  const f = { kind: 'amount' as const, unit: '万元' as const, decimals: 2, expected: '1234.50', actual: '1234.51', difference: '0.01' };

  it('says the unit once, after the figures', () => {
    expect(figuresLine(f)).toBe('期望 1,234.50，实际 1,234.51，差额 0.01（万元）');
    expect(figureParts(f).map((p) => p.label)).toEqual(['期望', '实际', '差额']);
    expect(figuresLine({ kind: 'rate', decimals: 2, expected: '100.00', actual: '69.00' }, ' · ')).toBe('期望 100.00% · 实际 69.00%');
    expect(figuresLine({})).toBeUndefined();
  });

  it('gives the report sheet the same look as an Excel number format', () => {
    expect(figureNumFmt(f)).toBe('#,##0.00');
    expect(figureNumFmt({ kind: 'amount', decimals: 3 })).toBe('#,##0.000');
    expect(figureNumFmt({ kind: 'rate', decimals: 2 })).toBe('#,##0.00"%"');
    expect(figureNumFmt({ kind: 'count', decimals: 0 })).toBe('#,##0');
  });
});
