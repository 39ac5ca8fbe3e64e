import cliProgress from "cli-progress";

/** Seconds between progress lines when the output is not a terminal (CI logs, pipes). */
const LINE_INTERVAL_MS = 2000;

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

/** A bar on a terminal; otherwise a line every couple of seconds, so logs stay short but alive. */
export function startProgress(task: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && total > 1) {
    const bar = new cliProgress.SingleBar({ format: `${task} [{bar}] {value}/{total} {label}`, stream, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { label: "" });
    return { tick: (label) => bar.increment(1, { label: label.slice(0, 40) }), stop: () => bar.stop() };
  }
  let done = 0;
  let last = Date.now();
  return {
    tick(label) {
      done++;
      if (Date.now() - last >= LINE_INTERVAL_MS) {
        last = Date.now();
        stream.write(`${task}: ${done}/${total} (${label})\n`);
      }
    },
    stop() {},
  };
}
