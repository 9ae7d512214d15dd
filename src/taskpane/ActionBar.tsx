import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  half: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
});

export interface ActionBarProps {
  busy: boolean;
  audited: boolean;
  onAudit: () => void;
  onClear: () => void;
  onExport: () => void;
}

/** 一键审核, 清除标记, 导出审核报告. */
export function ActionBar({ busy, audited, onAudit, onClear, onExport }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button appearance="primary" size="large" onClick={onAudit} disabled={busy} data-testid="audit-button">
        一键审核
      </Button>
      <div className={styles.row}>
        <Button className={styles.half} onClick={onClear} disabled={busy} data-testid="clear-marks" title="恢复被标记单元格原来的填充色，删除决算助手写的批注">
          清除标记
        </Button>
        <Button className={styles.half} onClick={onExport} disabled={busy || !audited} data-testid="export-report" title="把审核结果写入一张新工作表">
          导出审核报告
        </Button>
      </div>
    </div>
  );
}
