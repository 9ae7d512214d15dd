/**
 * A worker thread of `juesuan audit --jobs N`: audits the files it is given, one at a time, with
 * the real file system, and posts back each file's outcome (never the full report).
 */
import { parentPort } from 'worker_threads';
import { nodeFiles } from '../node-io';
import { auditToOutcome, type FileTask } from './file-outcome';

const io = { ...nodeFiles, stdout: () => undefined, stderr: () => undefined };

parentPort?.on('message', (message: { id: number; task: FileTask }) => {
  void auditToOutcome(message.task, io).then((outcome) => parentPort?.postMessage({ id: message.id, outcome }));
});
