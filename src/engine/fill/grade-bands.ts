import type { Decimal } from '../money/decimal';

/** One band: a 总分 at least `min` earns `label`. */
export interface GradeBand {
  min: number;
  label: string;
}

/** Bands from the highest, and the label below the last one. */
export interface GradeScale {
  bands: GradeBand[];
  below: string;
}

/** 财预〔2020〕10号: 90(含)–100 优, 80(含)–90 良, 60(含)–80 中, <60 差. */
export const DEFAULT_GRADES: GradeScale = {
  bands: [
    { min: 90, label: '优' },
    { min: 80, label: '良' },
    { min: 60, label: '中' },
  ],
  below: '差',
};

/** 上海 template labels: 优/良/合格/不合格 on the same bands. */
export const SHANGHAI_GRADES: GradeScale = {
  bands: [
    { min: 90, label: '优' },
    { min: 80, label: '良' },
    { min: 60, label: '合格' },
  ],
  below: '不合格',
};

export type GradeScaleName = 'default' | 'shanghai';

export const GRADE_SCALES: Record<GradeScaleName, GradeScale> = { default: DEFAULT_GRADES, shanghai: SHANGHAI_GRADES };

export function gradeOf(total: Decimal, scale: GradeScale): string {
  for (const band of scale.bands) if (total.greaterThanOrEqualTo(band.min)) return band.label;
  return scale.below;
}

/** Labels written another way that mean the same grade. */
const ALIASES: Record<string, string> = { 优秀: '优', 良好: '良' };

export function sameGrade(printed: string, expected: string): boolean {
  const text = printed.replace(/\s+/g, '');
  return (ALIASES[text] ?? text) === expected;
}

/** The printed grades of a 上海-style table (合格/不合格) choose the 上海 labels. */
export function scaleForPrinted(printed: readonly string[], fallback: GradeScale): GradeScale {
  return printed.some((p) => /^(不)?合格$/.test(p.replace(/\s+/g, ''))) ? SHANGHAI_GRADES : fallback;
}
