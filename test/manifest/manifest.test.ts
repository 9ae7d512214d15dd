import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const SCHEMA = join(ROOT, 'test/data/manifest-schemas/OfficeAppManifestV1_1.xsd');
// Comments explain the host setting; only the markup is checked.
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');

function xmllint(file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`需要 xmllint（Debian 包 libxml2-utils）来离线校验清单：${run.error.message}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('manifest.xml', () => {
  it('validates offline against the Office add-in manifest schemas', () => {
    const result = xmllint(join(ROOT, 'manifest.xml'));
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('resolves every resid to a resource', () => {
    const ids = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('points every icon at a file in assets/, at 16, 32, 64 and 80 px', () => {
    const icons = [...manifest.matchAll(/\/assets\/([\w-]+\.png)/g)].map((m) => m[1]);
    expect(new Set(icons)).toEqual(new Set(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']));
    for (const icon of icons) {
      const png = readFileSync(join(ROOT, 'assets', icon));
      const size = Number(icon.match(/\d+/)![0]);
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
    }
  });

  it('uses https URLs on one host, a stable id, zh-CN with an en-US fallback and ExcelApi 1.7', () => {
    const hosts = new Set([...manifest.matchAll(/(https?:\/\/[^/"<\s]+)/g)].map((m) => m[1]).filter((h) => !h.includes('schemas.microsoft.com') && !h.includes('www.w3.org')));
    expect([...hosts]).toEqual(['https://localhost:3000']);
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(manifest).toContain('Locale="en-US"');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.7" />');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toMatch(/id="OpenPane.Label" DefaultValue="决算助手"/);
  });
});

describe('production build', () => {
  const out = mkdtempSync(join(tmpdir(), 'juesuan-dist-'));
  const host = 'https://addins.example.gov.cn/juesuan';
  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_HOST: host },
      stdio: 'pipe',
    });
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a manifest on the production host, valid, with no localhost left', () => {
    const built = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(built).not.toMatch(/localhost/);
    expect(built).toContain(`${host}/taskpane.html`);
    expect(xmllint(join(out, 'manifest.xml')).status).toBe(0);
  });

  it('serves office.js from the package, only the files Excel needs, and no localhost anywhere', () => {
    expect(existsSync(join(out, 'office-js/office.js'))).toBe(true);
    expect(existsSync(join(out, 'office-js/excel-win32-16.01.js'))).toBe(true);
    expect(existsSync(join(out, 'office-js/zh-cn/office_strings.js'))).toBe(true);
    expect(existsSync(join(out, 'office-js/word-win32-16.01.js'))).toBe(false);
    expect(existsSync(join(out, 'office-js/excel-win32-16.01.debug.js'))).toBe(false);
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/src="?office-js\/office\.js"?/);
    expect(html).toMatch(/taskpane\.[0-9a-f]{8}\.js/);
    expect(html).not.toMatch(/localhost|appsforoffice\.microsoft\.com/);
  });
});
