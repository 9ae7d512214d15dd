import { Presets, SingleBar } from 'cli-progress';

/**
 * The batch progress bar on a terminal's stderr. Lines printed while it is drawn (results on
 * the same terminal, error lines) clear it first and redraw it after, so they never mix.
 */
export class ProgressBar {
  private bar: SingleBar | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(done: number, total: number): void {
    if (!this.bar) {
      this.bar = new SingleBar(
        { stream: this.stream, format: '审核 [{bar}] {value}/{total} 个文件 | 已用 {duration_formatted} | 剩余约 {eta_formatted}', hideCursor: true, clearOnComplete: true, forceRedraw: true, barsize: 30, etaBuffer: 50 },
        Presets.shades_classic,
      );
      this.bar.start(total, 0);
    }
    this.bar.update(done);
    if (done >= total) this.stop();
  }

  /** Writes text to a stream sharing the terminal: the bar is cleared and drawn again after. */
  around(write: () => void): void {
    if (!this.bar) return write();
    this.stream.write('\r\x1b[2K');
    write();
    this.bar.render();
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
