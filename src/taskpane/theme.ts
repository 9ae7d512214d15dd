import { webLightTheme, type Theme } from '@fluentui/react-components';

/** webLightTheme with Chinese UI fonts ahead of the generic fallbacks. */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`,
};
