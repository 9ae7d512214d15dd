/** The `Office` global as the add-in uses it: onReady, requirement sets, host and platform. */
import type { HostState } from './host-state';

export type Platform = 'PC' | 'OfficeOnline' | 'Mac' | 'iOS' | 'Android' | 'Universal';

export function createOfficeNamespace(state: HostState, platform: Platform) {
  const info = { host: 'Excel', platform };
  return {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    context: {
      host: 'Excel',
      platform,
      displayLanguage: 'zh-CN',
      contentLanguage: 'zh-CN',
      diagnostics: { host: 'Excel', platform, version: '16.0.18000.20000' },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => state.requirements.isSetSupported(name, minVersion),
      },
    },
    /** Resolves (and calls back) asynchronously, as office.js does once the host is ready. */
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
}
