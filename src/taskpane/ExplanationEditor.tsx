import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export interface ExplanationEditorProps {
  initial: string;
  saving: boolean;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** The 出错说明 of one finding; saving it empty withdraws it. */
export function ExplanationEditor({ initial, saving, onSave, onCancel }: ExplanationEditorProps) {
  const styles = useStyles();
  const [text, setText] = useState(initial);
  return (
    <div className={styles.root}>
      <Field label="出错说明" hint={initial ? '清空后保存即撤销说明' : '说明这处不一致的原因，会写入批注和审核报告'}>
        <Textarea value={text} onChange={(_, data) => setText(data.value)} resize="vertical" rows={3} maxLength={1000} data-testid="explain-text" />
      </Field>
      <div className={styles.buttons}>
        <Button size="small" appearance="primary" disabled={saving || (!initial && !text.trim())} onClick={() => onSave(text)} data-testid="explain-save">
          保存出错说明
        </Button>
        <Button size="small" disabled={saving} onClick={onCancel} data-testid="explain-cancel">
          取消
        </Button>
      </div>
    </div>
  );
}
