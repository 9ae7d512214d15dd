import { t02Layout, t03Layout, t05Layout, tgfLayout, tsocLayout } from './code-tables';
import type { Layout } from './layout';
import { peLayout } from './pe-self-eval';
import { t01Layout } from './t01-income-expenditure';
import { t04Layout } from './t04-fiscal-summary';
import { t06Layout } from './t06-basic-detail';
import { t10Layout } from './t10-statistics';
import { t3gLayout } from './t3g-three-public';

/**
 * Every layout, most specific title first: “一般公共预算财政拨款支出决算表” must be tried as
 * T05 before the bare 支出决算表 of T03, and 财政拨款收入支出决算总表 before T01.
 */
export const LAYOUTS: readonly Layout[] = [peLayout, t3gLayout, t10Layout, tgfLayout, tsocLayout, t04Layout, t06Layout, t05Layout, t01Layout, t02Layout, t03Layout];
