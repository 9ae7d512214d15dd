import { Field, Select } from '@fluentui/react-components';
import { UNIT_TYPES, type UnitType } from '../engine/rules/rule';

export interface UnitTypeSelectProps {
  value?: UnitType;
  busy: boolean;
  onChange: (unitType: UnitType | undefined) => void;
}

/**
 * 单位类型: only 行政单位 and 参公事业单位 have 机关运行经费; without a choice the rules infer it
 * from which 相关信息统计表 line is filled.
 */
export function UnitTypeSelect({ value, busy, onChange }: UnitTypeSelectProps) {
  return (
    <Field label="单位类型（用于核对机关运行经费）" size="small">
      <Select
        size="small"
        value={value ?? ''}
        disabled={busy}
        data-testid="unit-type"
        onChange={(_, data) => onChange(data.value ? (data.value as UnitType) : undefined)}
      >
        <option value="">未指定（按相关信息统计表推断）</option>
        {UNIT_TYPES.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </Select>
    </Field>
  );
}
