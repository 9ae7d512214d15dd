import { makeStyles } from '@fluentui/react-components';
import { textTokens } from './text-tokens';

const useStyles = makeStyles({
  // Breaks only between units; Chinese text and the spaces around operators still wrap.
  root: { overflowWrap: 'break-word', wordBreak: 'normal' },
  unit: { whiteSpace: 'nowrap' },
});

/** Text whose amounts, rates, addresses and functions never break across lines. */
export function TokenText({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <span className={styles.root}>
      {textTokens(text).map((t, i) =>
        t.unit ? (
          <span key={i} className={styles.unit} data-token="">
            {t.text}
          </span>
        ) : (
          t.text
        ),
      )}
    </span>
  );
}
