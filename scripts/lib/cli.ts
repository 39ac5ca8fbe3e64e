import { parseArgs, type ParseArgsConfig } from "node:util";
import { reportFatal, UsageError } from "./errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The command's options, or a UsageError naming the bad one and the ones it takes. */
export function parseOptions<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const expected = Object.keys(options).map((k) => `--${k}`).join(", ");
    throw new UsageError(`${(e as Error).message.replace(/^Unknown option/, "Unexpected option")}; expected one of ${expected}`);
  }
}

/** Runs a command's main and sets the exit code: its own, or the three-tier code of what it threw. */
export function runCommand(name: string, usage: string, main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => (process.exitCode = code),
      (e) => (process.exitCode = reportFatal(name, e, usage)),
    );
}
