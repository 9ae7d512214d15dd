import { promises as nodeFs, constants } from 'fs';
import * as path from 'path';

/** The file system calls a safe write needs: injected so tests can fail a write on purpose (a full disk). */
export interface SafeWriteFs {
  stat(p: string): Promise<{ dev: number; ino: number; isDirectory(): boolean; isFile(): boolean }>;
  realpath(p: string): Promise<string>;
  mkdir(p: string, options: { recursive: true }): Promise<unknown>;
  open(p: string, flags: number, mode: number): Promise<{ write(data: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>; sync(): Promise<void>; close(): Promise<void> }>;
  link(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(p: string): Promise<void>;
}

export const NODE_FS: SafeWriteFs = nodeFs as unknown as SafeWriteFs;

/** A write the tool refuses: the message is the Chinese sentence for the user. */
export class OutputRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputRefusedError';
  }
}

interface Identity {
  dev: number;
  ino: number;
}

function codeOf(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

async function identity(fs: SafeWriteFs, p: string): Promise<Identity | undefined> {
  try {
    const s = await fs.stat(p);
    return { dev: s.dev, ino: s.ino };
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** The real path of a file that may not exist yet: its folder resolved, its name kept. */
async function realTarget(fs: SafeWriteFs, p: string): Promise<string> {
  const dir = path.dirname(path.resolve(p));
  try {
    return path.join(await fs.realpath(dir), path.basename(p));
  } catch {
    return path.resolve(p);
  }
}

export interface OutputCheck {
  /** The input files: the output may be none of them, by any path. */
  inputs: readonly string[];
  /** Replace an existing output file. */
  force: boolean;
}

interface KnownInput {
  file: string;
  id?: Identity;
  real: string;
}

async function knownInputs(fs: SafeWriteFs, inputs: readonly string[]): Promise<KnownInput[]> {
  const known: KnownInput[] = [];
  for (const file of inputs) {
    const id = await identity(fs, file);
    known.push({ file, id, real: id ? await fs.realpath(file).catch(() => path.resolve(file)) : path.resolve(file) });
  }
  return known;
}

async function checkAgainst(fs: SafeWriteFs, target: string, inputs: readonly KnownInput[], force: boolean): Promise<void> {
  const out = await identity(fs, target);
  const outReal = await realTarget(fs, target);
  for (const input of inputs) {
    const same = (out && input.id && out.dev === input.id.dev && out.ino === input.id.ino) || input.real === outReal;
    if (same) throw new OutputRefusedError(`标注副本的路径“${target}”与输入文件“${input.file}”是同一个文件（同名、符号链接或硬链接）：决算助手不会覆盖原文件，请换一个输出路径`);
  }
  if (out) {
    const info = await fs.stat(target);
    if (info.isDirectory()) throw new OutputRefusedError(`无法写出 ${target}：同名的文件夹已存在`);
    if (!force) throw new OutputRefusedError(`“${target}”已存在：决算助手不会覆盖已有文件。要覆盖，请加 --force`);
  }
}

/**
 * Refuses an output that is one of the inputs by any path — the same name, a symlink, a hard
 * link, a folder reached through a symlink — comparing real paths and (device, inode); and an
 * output that exists already, unless `force`. Throws OutputRefusedError.
 */
export async function checkOutput(target: string, check: OutputCheck, fs: SafeWriteFs = NODE_FS): Promise<void> {
  await checkAgainst(fs, target, await knownInputs(fs, check.inputs), check.force);
}

/** checkOutput for many outputs of one batch: each input is looked at once, not once per output. */
export async function checkOutputs(targets: readonly string[], check: OutputCheck, fs: SafeWriteFs = NODE_FS): Promise<void> {
  const inputs = await knownInputs(fs, check.inputs);
  for (const target of targets) {
    try {
      await checkAgainst(fs, target, inputs, check.force);
    } catch (error) {
      throw error instanceof OutputRefusedError ? error : Object.assign(error as Error, { target });
    }
  }
}

/**
 * Writes `bytes` to `target` so that no file is ever lost: the bytes go to a temporary file in
 * the target's folder, are flushed to disk, and only then take the target's name (rename is
 * atomic). A full disk or a crash leaves the old target as it was. Without `force` the name is
 * taken with link(), which fails if another writer got there first; with `force`, a target
 * replaced by someone else while we wrote is not clobbered. The checks of checkOutput run again
 * right before, so a path that became an input meanwhile is still refused.
 */
export async function safeWriteFile(target: string, bytes: Uint8Array, check: OutputCheck, fs: SafeWriteFs = NODE_FS): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await fs.mkdir(dir, { recursive: true });
  await checkOutput(target, check, fs);
  const before = await identity(fs, target);
  // crypto is required here, not at the top: loading it costs ≈ 6 ms of every start-up, and
  // `juesuan --help` / `rules` never write.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, as in execute.ts
  const { randomBytes } = require('crypto') as typeof import('crypto');
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  let placed = false;
  try {
    try {
      for (let at = 0; at < bytes.length; ) {
        const { bytesWritten } = await handle.write(bytes, at, bytes.length - at, at);
        if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
        at += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!check.force) {
      try {
        await fs.link(temp, target);
      } catch (error) {
        if (codeOf(error) === 'EEXIST') throw new OutputRefusedError(`“${target}”刚刚被另一个程序（可能是另一个决算助手）写出：本次的标注副本没有写出，已有的文件未被改动`);
        if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(codeOf(error) ?? '')) throw error;
        // A file system without hard links (FAT, some network shares): check, then rename.
        if (await identity(fs, target)) throw new OutputRefusedError(`“${target}”刚刚被另一个程序写出：本次的标注副本没有写出，已有的文件未被改动`);
        await fs.rename(temp, target);
        placed = true;
        return;
      }
      return;
    }
    const now = await identity(fs, target);
    if ((before === undefined) !== (now === undefined) || (before && now && (before.dev !== now.dev || before.ino !== now.ino))) {
      throw new OutputRefusedError(`“${target}”在写出期间被另一个程序替换：本次的标注副本没有写出，那个文件未被改动`);
    }
    await fs.rename(temp, target);
    placed = true;
  } finally {
    if (!placed) await fs.unlink(temp).catch(() => undefined);
  }
}
