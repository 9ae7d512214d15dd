import type { CliIo } from '../../../src/cli/io';
import { execute } from '../../../src/cli/execute';
import type { JsonReport } from '../../../src/cli/format-json';

/** A file system in a Map and captured streams: `execute` runs without touching the disk. */
export class MemoryIo implements CliIo {
  readonly files: Map<string, Uint8Array>;
  out = '';
  err = '';
  readonly reads: string[] = [];
  readonly writes: string[] = [];

  constructor(files: Record<string, Uint8Array> = {}) {
    this.files = new Map(Object.entries(files));
  }

  stdout(text: string): void {
    this.out += text;
  }

  stderr(text: string): void {
    this.err += text;
  }

  async readFile(path: string): Promise<Uint8Array> {
    this.reads.push(path);
    const bytes = this.files.get(path);
    if (!bytes) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    return bytes;
  }

  async writeFile(path: string, bytes: Uint8Array): Promise<void> {
    this.writes.push(path);
    this.files.set(path, bytes);
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  io: MemoryIo;
}

export async function run(argv: string[], files: Record<string, Uint8Array> | MemoryIo = {}): Promise<RunResult> {
  const io = files instanceof MemoryIo ? files : new MemoryIo(files);
  const code = await execute(argv, io);
  return { code, stdout: io.out, stderr: io.err, io };
}

export function parseJson(result: RunResult): JsonReport {
  return JSON.parse(result.stdout) as JsonReport;
}
