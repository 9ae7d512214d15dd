import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { paneTheme } from './theme';

export type UnsupportedReason = 'old-excel' | 'not-excel';

const TEXT: Record<UnsupportedReason, { title: string; body: string }> = {
  'old-excel': {
    title: 'Excel 版本过低',
    body: '决算助手需要 Excel 2019、Excel 2021、Microsoft 365 或 Excel 网页版（ExcelApi 1.7 及以上）。请升级 Excel 后重新打开本加载项。',
  },
  'not-excel': {
    title: '请在 Excel 中打开',
    body: '决算助手是 Excel 加载项，请在 Excel 的“开始”选项卡中点击“决算助手”打开。',
  },
};

/** Shown instead of the pane when this Excel cannot run it. */
export function UnsupportedExcel({ reason }: { reason: UnsupportedReason }) {
  const text = TEXT[reason];
  return (
    <FluentProvider theme={paneTheme} style={{ padding: 12 }}>
      <MessageBar intent="error" layout="multiline" data-testid="message-bar" data-intent="error">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          {text.body}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
