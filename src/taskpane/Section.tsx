import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorBrandForeground1 },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  body: { paddingBottom: tokens.spacingVerticalM },
});

export interface SectionProps {
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  testId: string;
  children: ReactNode;
}

/**
 * A collapsible section; its content is rendered only while open (a closed 识别结果 of 200
 * tables cost the first paint of the results hundreds of milliseconds). Native <details>/<summary> (keyboard and screen-reader support built in)
 * instead of Fluent's Accordion, which with its motion code cost about 5 KB gzip of a bundle
 * kept under 200 KiB.
 */
export function Section({ title, open, onToggle, testId, children }: SectionProps) {
  const styles = useStyles();
  return (
    <details className={styles.root} open={open} onToggle={(e) => onToggle(e.currentTarget.open)} data-testid={`${testId}-section`}>
      <summary className={styles.summary} data-testid={testId}>
        {title}
      </summary>
      <div className={styles.body}>{open ? children : null}</div>
    </details>
  );
}
