import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MappedTable } from '../engine/audit';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import { tableLabel } from './group-findings';
import { isTableId, parseRangeInput, recognizedTableOf, TABLE_IDS } from './mapping';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // A native <select> is as wide as its longest option (T06's name is long): keep it in the pane.
  fit: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' } },
});

export interface MappingEditorProps {
  sheetNames: string[];
  tables: MappedTable[];
  /** Preselected sheet: the first unrecognized one, if any. */
  initialSheet?: string;
  busy: boolean;
  onSave: (override: TableOverride) => void;
}

/** 更正识别: this sheet (or these rows of it) holds this table. */
export function MappingEditor({ sheetNames, tables, initialSheet, busy, onSave }: MappingEditorProps) {
  const styles = useStyles();
  const [sheet, setSheet] = useState(initialSheet ?? sheetNames[0] ?? '');
  const [range, setRange] = useState('');
  const [table, setTable] = useState<string>(recognizedTableOf(sheet, tables) ?? '');
  const parsed = parseRangeInput(range);
  const pickSheet = (name: string) => {
    setSheet(name);
    setTable(recognizedTableOf(name, tables) ?? '');
  };
  const save = () => {
    if (!parsed.ok || !isTableId(table) || !sheet) return;
    onSave(parsed.range ? { sheet, range: parsed.range, table } : { sheet, table });
  };
  return (
    <div className={styles.root} role="group" aria-label="更正识别结果">
      <Field label="工作表">
        <Select className={styles.fit} value={sheet} onChange={(_, d) => pickSheet(d.value)} data-testid="mapping-sheet">
          {sheetNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="区域（可选）" hint="留空表示整张工作表；一张表中放了几张表时填写，如 A1:F40" validationState={parsed.ok ? 'none' : 'error'} validationMessage={parsed.ok ? undefined : parsed.error}>
        <Input value={range} onChange={(_, d) => setRange(d.value)} placeholder="A1:F40" data-testid="mapping-range" />
      </Field>
      <Field label="表的类型">
        <Select className={styles.fit} value={table} onChange={(_, d) => setTable(d.value)} data-testid="mapping-table">
          <option value="" disabled>
            请选择
          </option>
          {TABLE_IDS.map((id) => (
            <option key={id} value={id}>
              {tableLabel(id)}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={save} disabled={busy || !parsed.ok || !isTableId(table) || !sheet} data-testid="mapping-save">
        保存更正
      </Button>
    </div>
  );
}
