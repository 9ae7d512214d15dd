import { join } from 'node:path';
import { columnKinds, headerMerges, headerRowCount, isColumnNumberRow } from '../../../scripts/fixtures/layout-table';
import { readSeed, type SeedTable } from '../../../scripts/fixtures/read-seed-data';
import type { ColumnKind, LCell, LColumn, LMeta, LTable, SeedLogical, T06Entry, T06Model } from './model';

export const SEEDS_DIR = join(__dirname, '../../data/seeds');

/** Amount formats of the three fixture workbooks (scripts/fixtures/workbooks.ts). */
const STYLE: Record<string, { amountFormat: string; asText: string[] }> = {
  '000': { amountFormat: '#,##0.00', asText: ['T02', 'T03', 'T05'] },
  '002': { amountFormat: '0.00', asText: [] },
  '004': { amountFormat: '#,##0.00', asText: [] },
  '004f': { amountFormat: '#,##0.00', asText: [] },
};

const SECTION = /^[一二三四五六七八九十]+、/;

function cell(table: SeedTable, r: number, c: number): LCell {
  return { s: table.rows[r]?.[c] ?? '', ids: [`${table.id}!r${r}c${c}`] };
}

function metaOf(table: SeedTable): LMeta {
  const m = (key: string, s: string): LCell => ({ s, ids: [`${table.id}!${key}`] });
  return {
    title: m('title', table.meta.title),
    label: m('label', table.meta.label),
    unitName: m('unitName', table.meta.unitName),
    year: m('year', table.meta.year),
    unit: m('unit', table.meta.unit),
    notes: table.meta.notes.map((n, i) => m(`note${i}`, n)),
  };
}

/** The caption cell covering each (header row, column): the cell itself or the merge it lies in. */
function captionOwners(table: SeedTable, captionRows: number, headerRows: number): (LCell | undefined)[][] {
  const merges = headerMerges(table.rows, headerRows);
  const width = table.rows[0].length;
  const owners: (LCell | undefined)[][] = [];
  for (let r = 0; r < captionRows; r++) {
    owners.push([]);
    for (let c = 0; c < width; c++) {
      if (table.rows[r][c] !== '') owners[r].push(cell(table, r, c));
      else {
        const m = merges.find((x) => x.top <= r && r <= x.bottom && x.left <= c && c <= x.right);
        owners[r].push(m ? cell(table, m.top, m.left) : undefined);
      }
    }
  }
  return owners;
}

function genericColumns(table: SeedTable): { columns: LColumn[]; hasNumberRow: boolean; sectionRows: Set<number> } {
  const headerRows = headerRowCount(table.id, table.rows);
  const hasNumberRow = isColumnNumberRow(table.rows[headerRows - 1]);
  const captionRows = hasNumberRow ? headerRows - 1 : headerRows;
  const kinds = columnKinds(table.rows, headerRows);
  const owners = captionOwners(table, captionRows, headerRows);
  const width = table.rows[0].length;
  const body = table.rows.slice(headerRows);
  const columns: LColumn[] = [];
  for (let c = 0; c < width; c++) {
    const captions = owners.map((row) => row[c]);
    const text = captions.map((x) => x?.s ?? '').join('/');
    let kind: ColumnKind = kinds[c];
    if (kind === 'value' && /名称/.test(text)) kind = 'name';
    if (kind === 'value' && kinds[c + 1] === 'lineNo') kind = 'label';
    columns.push({
      kind,
      path: captions,
      number: hasNumberRow ? cell(table, headerRows - 1, c) : { s: '', ids: [] },
      cells: body.map((_, i) => cell(table, headerRows + i, c)),
    });
  }
  // Sides of T01/T04 (收入 | 支出): a new side starts at each label column after the first.
  let side = -1;
  for (const col of columns) {
    if (col.kind === 'label') side++;
    col.side = Math.max(side, 0);
  }
  const sectionRows = new Set<number>();
  if (table.id === 'T10') body.forEach((row, i) => SECTION.test(row[0]) && row.slice(1).every((x) => x === '') && sectionRows.add(i));
  return { columns, hasNumberRow, sectionRows };
}

function t06Model(table: SeedTable): T06Model {
  const headerRows = headerRowCount(table.id, table.rows);
  const captionRow = headerRows - 1;
  const width = table.rows[0].length;
  const codeCols = [...Array(width).keys()].filter((c) => /编码|代码/.test(table.rows[captionRow][c]));
  const blockEnd = (b: number) => (codeCols[b + 1] ?? width) - 1;
  const footerRow = table.rows.findIndex((row) => row.some((x) => /人员经费合计/.test(x)));
  const blocks: T06Entry[][] = codeCols.map((c0, b) => {
    const entries: T06Entry[] = [];
    for (let r = headerRows; r < (footerRow < 0 ? table.rows.length : footerRow); r++) {
      if (table.rows[r][c0] === '') continue;
      const amounts: LCell[] = [];
      for (let c = c0 + 2; c <= blockEnd(b); c++) amounts.push(cell(table, r, c));
      entries.push({ code: cell(table, r, c0), name: cell(table, r, c0 + 1), amounts });
    }
    return entries;
  });
  const blockOf = (col: number) => codeCols.filter((c) => c <= col).length - 1;
  const amountsOfBlock = (r: number, b: number) => [...Array(blockEnd(b) - codeCols[b] - 1).keys()].map((k) => cell(table, r, codeCols[b] + 2 + k));
  const footer = (word: RegExp, last: boolean) => {
    const row = table.rows[footerRow];
    const labelCol = row.findIndex((x) => word.test(x));
    let b = blockOf(labelCol);
    if (last) {
      let lastFilled = -1;
      for (let c = labelCol + 1; c < width; c++) if (row[c] !== '') lastFilled = c;
      b = lastFilled < 0 ? codeCols.length - 1 : blockOf(lastFilled);
    }
    return { label: cell(table, footerRow, labelCol), amounts: amountsOfBlock(footerRow, b), col: labelCol, block: b };
  };
  const groups = table.rows[0];
  const publicCol = groups.findIndex((x) => /公用经费/.test(x));
  return {
    blockCaptions: codeCols.map((c0, b) => [...Array(blockEnd(b) - c0 + 1).keys()].map((k) => cell(table, captionRow, c0 + k))),
    groupCaptions: publicCol < 0 ? undefined : { personnel: cell(table, 0, groups.findIndex((x) => /人员经费/.test(x))), public: cell(table, 0, publicCol) },
    blocks,
    blockRows: codeCols.map((c0) => {
      const rows: number[] = [];
      for (let r = headerRows; r < footerRow; r++) if (table.rows[r][c0] !== '') rows.push(r - headerRows);
      return rows;
    }),
    bodyRows: footerRow - headerRows,
    footers: { personnel: footer(/人员经费合计/, false), public: footer(/公用经费合计/, true) },
  };
}

export function logicalSeed(seed: string): SeedLogical {
  const data = readSeed(seed, SEEDS_DIR);
  const style = STYLE[seed];
  const tables: LTable[] = data.tables.map((t) => {
    const base = { id: t.id, order: t.order, meta: metaOf(t), amountFormat: style.amountFormat, amountsAsText: style.asText.includes(t.id) };
    if (t.id === 'T06') return { ...base, columns: [], hasNumberRow: false, t06: t06Model(t) };
    const { columns, hasNumberRow, sectionRows } = genericColumns(t);
    return { ...base, columns, hasNumberRow, sectionRows };
  });
  return { seed, tables };
}
