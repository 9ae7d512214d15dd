import { Badge, Button, makeStyles, mergeClasses, Text, tokens, useId, type BadgeProps } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../engine/finding';
import { canExplain, CATEGORY_LABEL, categoryOf, type Category } from './finding-category';
import { ExplanationEditor } from './ExplanationEditor';
import { figureParts, figuresUnit } from '../engine/plan/figures';
import { cellsOnSheet, cellsText } from './pane-text';
import { TokenText } from './TokenText';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  rounding: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  explained: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  select: {
    backgroundColor: 'transparent',
    border: 'none',
    padding: 0,
    margin: 0,
    font: 'inherit',
    color: 'inherit',
    textAlign: 'start',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  head: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  message: { overflowWrap: 'break-word' },
  figure: { whiteSpace: 'nowrap' },
  figures: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  note: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export const CATEGORY_COLOR: Record<Category, BadgeProps['color']> = { error: 'danger', warning: 'warning', rounding: 'informative', info: 'brand' };

export interface FindingItemProps {
  finding: Finding;
  explanation?: string;
  busy: boolean;
  onSelect: (finding: Finding) => void;
  /** Resolves true when saved (the editor then closes). */
  onSaveExplanation: (finding: Finding, text: string) => Promise<boolean>;
}

/** One finding: rule, title, cells, the engine's message with the arithmetic, 期望/实际/差额. */
export function FindingItem({ finding, explanation, busy, onSelect, onSaveExplanation }: FindingItemProps) {
  const styles = useStyles();
  const messageId = useId('finding-message');
  const [editing, setEditing] = useState(false);
  const category = categoryOf(finding);
  const cells = cellsOnSheet(finding);
  const figures = figureParts(finding);
  const unit = figuresUnit(finding);
  const save = async (text: string) => {
    if (await onSaveExplanation(finding, text)) setEditing(false);
  };
  return (
    // The whole item selects the cells; its button gives keyboard and screen-reader access (its
    // click bubbles here). The 说明 controls stop their clicks from selecting.
    <li
      className={mergeClasses(styles.root, styles[explanation ? 'explained' : category])}
      onClick={() => cells.length > 0 && onSelect(finding)}
      data-testid="finding-item"
      data-code={finding.code}
      data-category={category}
      data-explained={explanation ? 'true' : 'false'}
    >
      <button type="button" className={styles.select} aria-label={`${finding.code} ${finding.title}，${cells.length > 0 ? `转到 ${finding.sheet}!${cells.join(',')}` : '无单元格'}`} aria-describedby={messageId} data-testid="finding-select">
        <span className={styles.head}>
          <Badge size="small" appearance="filled" color={CATEGORY_COLOR[category]}>
            {CATEGORY_LABEL[category]}
          </Badge>
          {explanation && (
            <Badge size="small" appearance="tint" color="success">
              已说明
            </Badge>
          )}
          <Text weight="semibold" size={200} className={styles.code}>
            {finding.code}
          </Text>
          <Text weight="semibold" size={200}>
            {finding.title}
          </Text>
        </span>
        {finding.locations.length > 0 && (
          <Text size={200} className={styles.figures}>
            <TokenText text={`${finding.sheet}：${cellsText(finding)}`} />
          </Text>
        )}
        <Text size={200} id={messageId} className={styles.message}>
          <TokenText text={finding.message} />
        </Text>
        {figures.length > 0 && (
          <Text size={200} className={styles.figures} data-testid="finding-figures">
            {figures.map((p, i) => (
              <span key={p.label}>
                {i > 0 && ' · '}
                <span className={styles.figure} data-token="">
                  {p.label} {p.text}
                </span>
              </span>
            ))}
            {unit && <span className={styles.figure}>（{unit}）</span>}
          </Text>
        )}
      </button>
      {explanation && !editing && (
        <Text size={200} className={styles.note} data-testid="explanation">
          出错说明：{explanation}
        </Text>
      )}
      {canExplain(finding) && (
        <div onClick={(e) => e.stopPropagation()}>
          {editing ? (
            <ExplanationEditor initial={explanation ?? ''} saving={busy} onSave={save} onCancel={() => setEditing(false)} />
          ) : (
            <div className={styles.actions}>
              <Button size="small" appearance="subtle" disabled={busy} onClick={() => setEditing(true)} data-testid="explain-button" aria-label={`${explanation ? '修改出错说明' : '添加出错说明'}：${finding.code} ${finding.title}`}>
                {explanation ? '修改出错说明' : '添加出错说明'}
              </Button>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
