import { cellNum, isNonZero, type Facts } from './facts';
import { body, type Paragraph } from './paragraph';
import { money, reasonIfChanged, share, YEAR_WORD, yoy, type Ctx } from './phrases';
import { int, lit, type Num, type Piece } from './text-expr';

/** 机关运行经费: T10 行次5 (行政单位) or 6 (参公); a 事业单位 has none (§5.2 十（一）). */
export function runningCosts(ctx: Ctx, f: Facts): Paragraph[] {
  const cell = isNonZero(f.t10Line(5)) ? f.t10Line(5) : isNonZero(f.t10Line(6)) ? f.t10Line(6) : undefined;
  const given = ctx.inputs.raw('机关运行经费支出');
  if (!cell && (f.t10 || given === undefined || Number(given) === 0)) {
    const none = ctx.variant === '河南' ? '我单位不是行政机关，也不是参照公务员管理事业单位，没有机关运行经费支出。' : '本部门无机关运行经费。';
    return [body('机关运行经费', [lit(none)])];
  }
  const n: Num = cell ? cellNum(cell) : ctx.inputs.amount('机关运行经费支出').n;
  const pieces: Piece[] = [lit(`${YEAR_WORD(ctx)}机关运行经费支出`), ...money(ctx, n), lit('，比上年'), yoy(ctx, n, '上年机关运行经费支出'), lit('。')];
  pieces.push(...reasonIfChanged(ctx, n, '上年机关运行经费支出', '机关运行经费变动原因'));
  return [body('机关运行经费', pieces)];
}

/** A T10 统计数, or the input of the same name where the variant has no 公开10表 (河南). */
function t10OrInput(ctx: Ctx, f: Facts, line: number, label: string): Num {
  return f.t10 ? cellNum(f.t10Line(line)) : ctx.inputs.amount(label).n;
}

/** 政府采购 (§5.2 十（二）): T10 行次1–4, 中小企业 / 小微企业 amounts from the inputs. */
export function procurement(ctx: Ctx, f: Facts): Paragraph[] {
  const fig = (line: number, label: string, then: (n: Num) => Piece[]): Piece[] => (f.t10 ? then(cellNum(f.t10Line(line))) : [ctx.inputs.need(label, then)]);
  const total = t10OrInput(ctx, f, 1, '政府采购支出总额');
  const pieces: Piece[] = [
    lit(`${YEAR_WORD(ctx)}政府采购支出总额`),
    ...fig(1, '政府采购支出总额', (n) => money(ctx, n)),
    lit('，其中：政府采购货物支出'),
    ...fig(2, '政府采购货物支出', (n) => money(ctx, n)),
    lit('、政府采购工程支出'),
    ...fig(3, '政府采购工程支出', (n) => money(ctx, n)),
    lit('、政府采购服务支出'),
    ...fig(4, '政府采购服务支出', (n) => money(ctx, n)),
    lit('。政府采购授予中小企业合同金额'),
  ];
  // Some 相关信息统计表 hold the 中小企业 / 小微企业 amounts: use the table then, else the inputs.
  const smeCell = f.t10Labelled(/中小企业/, /小微/);
  const microCell = f.t10Labelled(/小微企业/);
  const amount = (cell: typeof smeCell, label: string, then: (n: Num) => Piece[]): Piece[] => (cell ? then(cellNum(cell)) : [ctx.inputs.need(label, then)]);
  const sme = smeCell ? cellNum(smeCell) : ctx.inputs.amount('授予中小企业合同金额').n;
  pieces.push(
    ...amount(smeCell, '授予中小企业合同金额', (s) => [
      ...money(ctx, s),
      lit('，占政府采购支出总额的'),
      share(s, total),
      lit('%。其中：授予小微企业合同金额'),
      ...amount(microCell, '授予小微企业合同金额', (m) => [
        ...money(ctx, m),
        lit(ctx.variant === '河南' ? '，占授予中小企业合同金额的' : '，占政府采购支出总额的'),
        share(m, ctx.variant === '河南' ? sme : total),
        lit('%'),
      ]),
    ]),
    lit('。'),
  );
  return [body('政府采购', pieces)];
}

const VEHICLES: Array<[number, string]> = [
  [8, '副部（省）级及以上领导用车'],
  [9, '主要负责人用车'],
  [10, '机要通信用车'],
  [11, '应急保障用车'],
  [12, '执法执勤用车'],
  [13, '特种专业技术用车'],
  [14, '离退休干部服务用车'],
  [15, '其他用车'],
];

/** 国有资产占用 (§5.2 十（三）): vehicles by kind (T10 行次7–15) and equipment over 100万元 (行次17). */
export function assets(ctx: Ctx, f: Facts): Paragraph[] {
  const count = (line: number, label: string, word: string): Piece[] => (f.t10 ? [int(cellNum(f.t10Line(line))), lit(word)] : [ctx.inputs.need(label, (n) => [int(n), lit(word)])]);
  const pieces: Piece[] = [lit(`截至${ctx.year}年12月31日，本部门共有车辆`), ...count(7, '车辆数合计', '辆'), lit('。其中：')];
  VEHICLES.forEach(([line, name], k) => pieces.push(lit(`${k > 0 ? '、' : ''}${name}`), ...count(line, name, '辆')));
  pieces.push(lit('；单价100万元（含）以上设备（不含车辆）'), ...count(17, '单价100万元（含）以上设备', '台（套）'), lit('。'));
  return [body('国有资产', pieces)];
}

