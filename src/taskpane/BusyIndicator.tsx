import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface Busy {
  /** What is happening, e.g. “识别表格”. */
  label: string;
  /** Zero-based step of the audit; absent for single-step actions (indeterminate bar). */
  step?: number;
  steps?: number;
}

/** The ProgressBar with its step text (“第 2/4 步：识别表格”). */
export function BusyIndicator({ busy }: { busy: Busy }) {
  const styles = useStyles();
  const stepped = busy.step !== undefined && busy.steps !== undefined;
  const text = stepped ? `第 ${busy.step! + 1}/${busy.steps} 步：${busy.label}…` : `${busy.label}…`;
  return (
    <div className={styles.root} data-testid="audit-progress">
      <ProgressBar aria-label={text} value={stepped ? (busy.step! + 1) / busy.steps! : undefined} thickness="large" />
      <Text size={200} aria-live="polite" data-testid="audit-step">
        {text}
      </Text>
    </div>
  );
}
