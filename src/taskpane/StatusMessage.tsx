import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, type MessageBarIntent } from '@fluentui/react-components';

export interface Status {
  intent: MessageBarIntent;
  text: string;
}

const TITLE: Partial<Record<MessageBarIntent, string>> = { error: '操作未完成' };

/** The outcome of the last action: an error with what to do, or a confirmation. */
export function StatusMessage({ status, onDismiss }: { status: Status; onDismiss: () => void }) {
  return (
    <MessageBar intent={status.intent} layout={status.intent === 'error' ? 'multiline' : 'auto'} data-testid="message-bar" data-intent={status.intent} role={status.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {TITLE[status.intent] && <MessageBarTitle>{TITLE[status.intent]}</MessageBarTitle>}
        {status.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss} data-testid="message-dismiss" aria-label="关闭提示">
          关闭
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
