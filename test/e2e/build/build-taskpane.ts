/**
 * Builds the task pane with the project's own webpack.config.js (as `npx webpack --mode
 * development` does) into another directory, so a test never clobbers dist/.
 */
import * as path from 'node:path';
import webpack from 'webpack';
import { ROOT } from './bundle-browser';

export interface TaskpaneBuildOptions {
  /** Skip ts-loader's type check (CI runs `npm run typecheck` anyway); the bundle is the same. */
  transpileOnly?: boolean;
  /** Where webpack keeps its persistent cache; none when absent. */
  cacheDir?: string;
}

type Rule = { use?: { loader?: string; options?: Record<string, unknown> } };

export async function buildTaskpane(outDir: string, options: TaskpaneBuildOptions = {}): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<webpack.Configuration>;
  const previous = process.cwd();
  process.chdir(ROOT); // the config names entries and templates relative to the project
  try {
    const config = await makeConfig({}, { mode: 'development' });
    config.output = { ...config.output, path: path.resolve(outDir) };
    config.devtool = false;
    config.infrastructureLogging = { level: 'error' };
    // webpack's own persistent cache (invalidated by any change to the sources, the config or
    // the lockfile): a rebuild after a small change takes seconds instead of half a minute.
    if (options.cacheDir) {
      config.cache = {
        type: 'filesystem',
        cacheDirectory: path.resolve(options.cacheDir),
        name: options.transpileOnly ? 'transpile-only' : 'typecheck',
        buildDependencies: { config: [path.join(ROOT, 'webpack.config.js'), __filename, path.join(ROOT, 'package-lock.json')] },
      };
    }
    if (options.transpileOnly) {
      for (const rule of (config.module?.rules ?? []) as Rule[]) {
        if (rule.use?.loader === 'ts-loader') rule.use.options = { ...rule.use.options, transpileOnly: true };
      }
    }
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack(config, (err, result) => (err || !result ? reject(err ?? new Error('webpack: no stats')) : resolve(result)));
    });
    if (stats.hasErrors()) throw new Error(`webpack 构建失败：\n${stats.toString({ all: false, errors: true, errorDetails: false })}`);
    return Object.keys(stats.compilation.assets).sort();
  } finally {
    process.chdir(previous);
  }
}
