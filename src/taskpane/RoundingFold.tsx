import { makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  summary: {
    cursor: 'pointer',
    listStyleType: 'none',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { color: tokens.colorBrandForeground1 },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** One table's 尾差, collapsed by default: “尾差 31 项，均在允许范围内 ▸”. */
export function RoundingFold({ count, children }: { count: number; children: ReactNode }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="rounding-fold">
      <summary className={styles.summary} data-testid="rounding-fold-summary">
        尾差 {count} 项，均在允许范围内 {open ? '▾' : '▸'}
      </summary>
      {children}
    </details>
  );
}
