/**
 * Everything the CLI needs from the outside world. `main.ts` wires the real process and file
 * system; tests pass an in-memory one, so `execute` never touches `process` itself.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Rejects with a Node-style error (`code: 'ENOENT'`…) when the file cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
  /** Creates missing parent folders. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}
