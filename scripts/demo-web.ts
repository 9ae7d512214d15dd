// The task pane without Excel: builds it, and serves a page with the sample workbook (an
// in-memory Excel, drawn as a grid) beside the real task pane (an iframe whose office.js is the
// stub bound to that same workbook). Everything is served from 127.0.0.1; nothing else is fetched.
//   npx tsx scripts/demo-web.ts [--port 3000]     → http://127.0.0.1:3000/demo.html
//   other samples: demo.html?fixture=fixtures/seed-000.xlsx (any .xlsx under test/fixtures/)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildAssets } from '../test/e2e/build/build-assets';
import { startStaticServer } from '../test/e2e/server/static-server';

const ROOT = path.resolve(__dirname, '..');

function portOf(argv: string[]): number {
  const i = argv.indexOf('--port');
  const text = i >= 0 ? argv[i + 1] : process.env.PORT;
  const port = Number(text ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${text}`);
  return port;
}

async function main(argv: string[]): Promise<void> {
  const port = portOf(argv);
  const out = await mkdtemp(path.join(tmpdir(), 'juesuan-demo-'));
  console.log('正在构建任务窗格（webpack）和 office.js 替身……');
  const built = await buildAssets(out);
  const demoHtml = { file: path.join(ROOT, 'test/e2e/demo/demo.html') };
  const server = await startStaticServer({
    root: out,
    port,
    routes: {
      '/': demoHtml,
      '/demo.html': demoHtml,
      // The pane's office.js (and the demo page's) is the stub, never Microsoft's.
      '/office-js/office.js': { file: built.stub },
    },
    mounts: { '/fixtures/': path.join(ROOT, 'test/fixtures') },
  }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new Error(`端口 ${port} 已被占用，请用 --port 指定其他端口`) : error;
  });
  console.log(`构建完成（${(built.ms / 1000).toFixed(1)} 秒）。`);
  console.log(`演示页面：${server.origin}/demo.html`);
  console.log(`单独的任务窗格：${server.origin}/taskpane.html（示例工作簿已内置）`);
  console.log('按 Ctrl-C 结束。');

  const stop = async () => {
    await server.close();
    await rm(out, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
