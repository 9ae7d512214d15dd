import { Button, Checkbox, Dropdown, Option, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../engine/finding';
import type { NarrativeResult } from '../engine/narrative/generate';
import { NARRATIVE_VARIANTS, type NarrativeVariant } from '../engine/narrative/variant';
import type { NarrativeHost } from '../excel/narrative-host';
import { describeError } from './describe-error';
import { usePaneAction } from './use-pane-action';
import { checkNarrative, previewNarrative } from './narrative-session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { maxHeight: '320px', overflowY: 'auto', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  heading: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  para: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  finding: { fontSize: tokens.fontSizeBase200, textAlign: 'left', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, padding: `${tokens.spacingVerticalXXS} 0`, cursor: 'pointer', background: 'none', border: 'none' },
});

const AUTO = '自动识别';
const SEVERITY: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export interface NarrativePanelProps {
  host: NarrativeHost;
}

/**
 * 情况说明: 生成 (variant, 纯文字 or live formulas, a preview, then 写入 a new sheet with the
 * 情况说明数据 input sheet) and 检查 (the narrative findings, each jumping to its cells).
 */
export function NarrativePanel({ host }: NarrativePanelProps) {
  const styles = useStyles();
  const [variant, setVariant] = useState<NarrativeVariant | undefined>();
  const [plain, setPlain] = useState(false);
  const [preview, setPreview] = useState<NarrativeResult>();
  const [findings, setFindings] = useState<Finding[]>();
  const { message, setMessage, busy, act } = usePaneAction();

  const generate = () =>
    act(async () => {
      setPreview(previewNarrative((await host.readWorkbook()).snapshot, variant, plain));
      setFindings(undefined);
      setMessage(undefined);
    });

  const write = () =>
    act(async () => {
      if (!preview) return;
      const names = await host.addSheets(preview.plan.newSheets ?? []);
      setMessage(`已写入工作表“${names.join('”“')}”。${preview.missing.length > 0 ? `还有 ${preview.missing.length} 项待填写（见“${preview.inputSheet}”）。` : ''}`);
      setPreview(undefined);
    });

  const check = () =>
    act(async () => {
      const { findings: found, found: hasNarrative, marks } = checkNarrative(await host.readWorkbook());
      setFindings(found);
      setPreview(undefined);
      if (!hasNarrative) return setMessage('工作簿中没有找到情况说明（按“一、…情况说明”等标题查找）');
      const count = `情况说明：${found.length} 个问题`;
      setMessage(count);
      // The marks are this check's, as after 一键审核 they are the audit's: earlier marks are restored
      // first (a corrected narrative loses its colours). The list stays when the marking fails (a
      // protected sheet): the message says why the cells are not coloured.
      try {
        const { skippedNotes } = await host.applyMarks(marks);
        if (found.length === 0) return;
        setMessage(`${count}，已在工作簿中标出（“清除标记”恢复原样）${skippedNotes.length > 0 ? `；${skippedNotes.length} 个单元格已有批注，未加批注` : ''}`);
      } catch (error) {
        setMessage(`${count}，但未能标记单元格：${describeError(error)}`);
      }
    });

  const jump = (f: Finding) => {
    const cells = f.locations.filter((l) => l.sheet === f.sheet).map((l) => l.cell);
    host.selectCells(f.sheet, cells).catch((error: unknown) => setMessage(describeError(error)));
  };

  return (
    <section className={styles.root} data-testid="narrative-panel">
      <Text weight="semibold">情况说明</Text>
      <div className={styles.buttons}>
        <Dropdown aria-label="格式" data-testid="narrative-variant" value={variant ?? AUTO} selectedOptions={[variant ?? AUTO]} onOptionSelect={(_, d) => setVariant(d.optionValue === AUTO ? undefined : (d.optionValue as NarrativeVariant))}>
          {[AUTO, ...NARRATIVE_VARIANTS].map((v) => (
            <Option key={v} value={v}>
              {v}
            </Option>
          ))}
        </Dropdown>
        <Checkbox label="纯文字" checked={plain} onChange={(_, d) => setPlain(Boolean(d.checked))} data-testid="narrative-static" />
      </div>
      <div className={styles.buttons}>
        <Button onClick={generate} disabled={busy} data-testid="narrative-generate">
          生成情况说明
        </Button>
        <Button onClick={check} disabled={busy} data-testid="narrative-check">
          检查情况说明
        </Button>
        {preview && (
          <Button appearance="primary" onClick={write} disabled={busy} data-testid="narrative-write">
            写入新工作表
          </Button>
        )}
      </div>
      {message && (
        <Text size={200} data-testid="narrative-message">
          {message}
        </Text>
      )}
      {preview && (
        <div className={styles.list} data-testid="narrative-preview">
          <Text size={200}>
            {preview.variant}格式，{preview.rows.filter((r) => !r.heading).length} 段{preview.missing.length > 0 ? `，待填写 ${preview.missing.length} 项` : ''}
          </Text>
          {preview.rows.map((r, i) => (
            <Text key={i} className={r.heading ? styles.heading : styles.para} data-testid="narrative-row">
              {r.text}
            </Text>
          ))}
        </div>
      )}
      {findings && (
        <div className={styles.list}>
          {findings.map((f, i) => (
            <button key={i} type="button" className={styles.finding} onClick={() => jump(f)} data-testid="narrative-finding" data-code={f.code}>
              [{SEVERITY[f.severity]}] {f.code} {f.message}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
