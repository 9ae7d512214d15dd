// Run in a child process (node -r tsx/cjs): audits each file given through the real CLI path
// (readInputFile → readXlsx → engine) and prints one JSON line per file with the exit code, the
// messages, the time taken and the process's peak resident memory so far.
import { execute } from '../../../../src/cli/execute';
import { readInputFile } from '../../../../src/cli/read-input';

async function main(): Promise<void> {
  for (const file of process.argv.slice(2)) {
    let out = '';
    let err = '';
    const start = process.hrtime.bigint();
    const code = await execute(['audit', file, '--format', 'json'], {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      readFile: readInputFile,
      writeFile: async () => undefined,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const report = JSON.parse(out) as { files: { error?: string; tables: unknown[]; findings: { message: string }[]; unchecked: { reason: string }[] }[] };
    const f = report.files[0];
    const peakMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(`${JSON.stringify({ file, code, ms, peakMb, error: f.error, stderr: err, tables: f.tables.length, messages: [...f.findings.map((x) => x.message), ...f.unchecked.map((x) => x.reason)] })}\n`);
  }
}

void main();
