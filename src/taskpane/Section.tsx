import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { nextPaint } from './next-paint';

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
  /** Render the content a frame after opening, so a large list never holds back the first paint. */
  defer?: boolean;
  children: ReactNode;
}

/**
 * A collapsible section; its content is rendered only while open (a closed 识别结果 of 200
 * tables cost the first paint of the results hundreds of milliseconds). Native <details>/<summary> (keyboard and screen-reader support built in)
 * instead of Fluent's Accordion, which with its motion code cost about 5 KB gzip of a bundle
 * kept under 200 KiB.
 */
export function Section({ title, open, onToggle, testId, defer = false, children }: SectionProps) {
  const styles = useStyles();
  const [painted, setPainted] = useState(!defer);
  useEffect(() => {
    if (!open || painted) return;
    let live = true;
    void nextPaint().then(() => live && setPainted(true));
    return () => {
      live = false;
    };
  }, [open, painted]);
  return (
    <details className={styles.root} open={open} onToggle={(e) => onToggle(e.currentTarget.open)} data-testid={`${testId}-section`}>
      <summary className={styles.summary} data-testid={testId}>
        {title}
      </summary>
      <div className={styles.body}>{open && painted ? children : null}</div>
    </details>
  );
}
