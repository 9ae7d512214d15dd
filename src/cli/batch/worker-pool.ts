import * as path from 'path';
import { Worker } from 'worker_threads';
import type { AuditPool } from './audit-pool';
import { outcomeOf, type FileOutcome, type FileTask } from './file-outcome';

interface Job {
  id: number;
  task: FileTask;
  resolve: (outcome: FileOutcome) => void;
}

/** Each worker's heap limit: a hostile file fails its own worker, not the batch. */
const WORKER_HEAP_MB = 2048;

/** The worker's script: compiled JavaScript next to this file, or the TypeScript source through tsx. */
function spawn(): Worker {
  const file = path.join(__dirname, `audit-worker${path.extname(__filename)}`);
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (file.endsWith('.js')) return new Worker(file, { resourceLimits });
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(file)});`, { eval: true, resourceLimits });
}

/** The outcome of a file whose worker died (out of memory, internal crash): the batch goes on. */
function crashed(task: FileTask, why: string): FileOutcome {
  const error = `审核 ${task.file} 时程序内部出错，未能完成审核：${why}（请把这个文件反馈给开发者）`;
  return outcomeOf({ file: task.file, error }, task.format, [error]);
}

/**
 * `jobs` worker threads taking files from one queue. A worker that dies is replaced and its
 * file reported as not audited. The caller bounds how many files are queued at once.
 */
export async function startPool(jobs: number): Promise<AuditPool> {
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let nextId = 0;
  let closing = false;
  // A worker dying on a hostile file is replaced; workers that keep dying (a broken install)
  // are not: the files left are reported as not audited.
  let restarts = jobs * 4;

  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, task: job.task });
    }
  };
  const hire = () => {
    const worker = spawn();
    worker.on('message', (message: { id: number; outcome: FileOutcome }) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job) job.resolve(message.outcome);
      pump();
    });
    const fail = (why: string) => {
      const job = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      if (closing) return;
      if (job) job.resolve(crashed(job.task, why));
      if (restarts-- > 0) hire();
      else if (idle.length + busy.size === 0) for (const left of queue.splice(0)) left.resolve(crashed(left.task, why));
      pump();
    };
    worker.on('error', (error) => fail(error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => {
      if (busy.has(worker) || idle.includes(worker)) fail(`工作线程意外退出（${code}）`);
    });
    idle.push(worker);
  };
  for (let i = 0; i < jobs; i++) hire();

  return {
    run: (task) =>
      new Promise<FileOutcome>((resolve) => {
        queue.push({ id: nextId++, task, resolve });
        pump();
      }),
    close: async () => {
      closing = true;
      const all = [...idle, ...busy.keys()];
      idle.length = 0;
      busy.clear();
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
