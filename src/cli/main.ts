/**
 * The `juesuan` process: the only code that touches `process`. It wires the real file system
 * and streams into `execute` and turns its result into the exit code.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { execute } from './execute';
import { readInputFile } from './read-input';

async function writeFile(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.writeFile(file, bytes);
}

// `juesuan audit … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

execute(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readInputFile,
  writeFile,
}).then((code) => {
  // exitCode, not exit(): a piped stdout (`--format json > out.json`, `| jq`) is written
  // asynchronously, and process.exit() would cut a long report short.
  process.exitCode = code;
});
