import eslintjs from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'lib/**', 'out/**', 'coverage/**', 'test-results/**', 'bin/**'] },
  eslintjs.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The engine's “may not” list (architecture.md convention 1): grid in, findings out.
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js'], message: '引擎必须是纯函数：不得访问文件、宿主或界面。' },
            { group: ['../cli/*', '../excel/*', '../taskpane/*', '../../cli/*', '../../excel/*', '../../taskpane/*'], message: '引擎不得依赖适配器或界面。' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'console', message: '引擎不得输出日志：把问题作为审核结果返回。' },
        { name: 'process', message: '引擎不得读取进程状态。' },
        { name: 'Office', message: '只有 src/excel 可以调用 Office.js。' },
        { name: 'Excel', message: '只有 src/excel 可以调用 Office.js。' },
        { name: 'Date', message: '引擎不得读取时钟。' },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: '引擎的结果必须可重复。' }],
    },
  },
  // Office.js batching rules for the Excel adapter (plain .ts, as the plugin expects).
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
);
