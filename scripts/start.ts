// npm start: trusts the development https certificate, sideloads manifest.xml into Excel
// desktop where Excel is installed (Windows: the WEF\Developer registry key; macOS: the wef
// folder), then serves the task pane on https://localhost:3000 with webpack's dev server.
// Excel on the web: upload manifest.xml yourself (插入 → 加载项 → 上传我的加载项).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const MANIFEST = join(ROOT, 'manifest.xml');

async function trustCertificate(): Promise<void> {
  try {
    const devCerts = (await import('office-addin-dev-certs')) as { ensureCertificatesAreInstalled: () => Promise<void> };
    await devCerts.ensureCertificatesAreInstalled();
  } catch (error) {
    console.warn(`未能自动信任开发证书（${error instanceof Error ? error.message : String(error)}）。浏览器或 Excel 若提示证书不受信任，请手动信任 ~/.office-addin-dev-certs/ca.crt。`);
  }
}

function sideload(): void {
  const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, 'utf8'))?.[1];
  if (!id) throw new Error('manifest.xml 中没有 <Id>');
  if (platform() === 'win32') {
    execFileSync('reg', ['add', 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer', '/v', id, '/t', 'REG_SZ', '/d', MANIFEST, '/f']);
    console.log('已在 Excel 桌面版中旁加载决算助手：重新打开 Excel，在“开始”选项卡点击“决算助手”。');
  } else if (platform() === 'darwin') {
    const wef = join(homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
    mkdirSync(wef, { recursive: true });
    copyFileSync(MANIFEST, join(wef, `${id}.manifest.xml`));
    console.log('已在 Mac 版 Excel 中旁加载决算助手：重新打开 Excel，在“开始”选项卡点击“决算助手”。');
  } else {
    console.log('本机没有 Excel 桌面版：请在 Excel 网页版中“插入 → 加载项 → 上传我的加载项”，选择 manifest.xml。');
  }
}

(async () => {
  await trustCertificate();
  sideload();
  const server = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], { cwd: ROOT, stdio: 'inherit' });
  server.on('exit', (code) => process.exit(code ?? 0));
})().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
