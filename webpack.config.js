/* Builds the task pane into dist/: taskpane.html with hashed bundles, the ribbon's commands page,
 * the icons, the manifest (with the production host), and office.js served from the
 * @microsoft/office-js package so the add-in works on intranets without internet access.
 *
 *   ADDIN_HOST   https origin + path of the production host (default https://localhost:3000)
 *   OFFICE_JS    "local" (default: dist/office-js/office.js) or "cdn" (Microsoft's CDN)
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_HOST = 'https://localhost:3000';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** Only what Excel loads: office.js, its host map, the Excel host scripts, zh-CN/en-US strings. */
const OFFICE_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'excel-*.js',
  'excelwebapp-*.js',
  'excelios-*.js',
  'zh-cn/office_strings.js',
  'en-us/office_strings.js',
  'telemetry/oteljs_agave.js',
];

/** The dev server's https certificate, from office-addin-dev-certs (trusted by `npm start`). */
async function devServerHttps() {
  const devCerts = require('office-addin-dev-certs');
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const host = (process.env.ADDIN_HOST || (production ? '' : DEV_HOST)).replace(/\/$/, '');
  if (production && !/^https:\/\//.test(host)) {
    throw new Error('生产构建需要 ADDIN_HOST=https://…（加载项所在的 https 地址）');
  }
  const officeJs = (env.officeJs || process.env.OFFICE_JS || 'local') === 'cdn' ? OFFICE_CDN : 'office-js/office.js';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      // Types are checked by `npm run typecheck`; here only transpile. ES modules out of ts-loader
      // (tsconfig's commonjs is for jest and the CLI): webpack can only
      // tree-shake `import { Button } from '@fluentui/react-components'` when it sees the import.
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', onlyCompileBundledFiles: true, transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext' } } } }],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], templateParameters: { officeJs } }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], templateParameters: { officeJs } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().split(DEV_HOST).join(host) },
          // Microsoft's files as they are: kept in their folders (zh-cn/, en-us/…), never re-minified.
          ...OFFICE_FILES.map((file) => ({ from: file, context: OFFICE_DIST, to: `office-js/${path.posix.dirname(file)}/[name][ext]`, globOptions: { ignore: ['**/*.debug.js'] }, info: { minimized: true } })),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      port: 3000,
      server: env.WEBPACK_SERVE ? await devServerHttps() : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
