import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Unchecked } from '../engine/finding';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column' },
  code: { fontFamily: tokens.fontFamilyMonospace },
  reason: { color: tokens.colorNeutralForeground2, wordBreak: 'break-all' },
});

/** Rules that could not run, and why: can't check is not passed (architecture convention 7). */
export function UncheckedList({ unchecked }: { unchecked: Unchecked[] }) {
  const styles = useStyles();
  if (unchecked.length === 0) return <Text>所有规则都已检查。</Text>;
  return (
    <ul className={styles.list} aria-label="未检查的规则">
      {unchecked.map((u, i) => (
        <li key={`${u.code}|${i}`} className={styles.item} data-testid="unchecked-item" data-code={u.code}>
          <Text size={200} weight="semibold">
            <span className={styles.code}>{u.code}</span> {u.title}
          </Text>
          <Text size={200} className={styles.reason}>
            {u.sheet ? `${u.sheet}：` : ''}
            {u.reason}
          </Text>
        </li>
      ))}
    </ul>
  );
}
