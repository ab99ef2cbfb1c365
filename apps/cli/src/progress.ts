import { SingleBar } from 'cli-progress';

/**
 * A progress bar on stderr when a person watches (a TTY); plain silence for scripts, whose
 * stdout stays clean for results.
 */
export function progressBar(total: number, label: string): { tick(n?: number, note?: string): void; stop(): void } {
  if (!process.stderr.isTTY) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} {note}`, stream: process.stderr, hideCursor: true, clearOnComplete: false });
  bar.start(total, 0, { note: '' });
  return {
    tick: (n = 1, note = '') => bar.increment(n, { note }),
    stop: () => bar.stop(),
  };
}
