/** A file or tool failure: says what failed, why, and what to do about it. */
export class RunError extends Error {
  constructor(message: string, readonly hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RunError";
  }
}

/** Bad command-line options: reported as "Unexpected X, expected Y" with the usage. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Prints an error the three-tier way and returns the exit code: 2 for usage, 1 for everything else. */
export function reportFatal(command: string, e: unknown, usage: string): number {
  if (e instanceof UsageError) {
    console.error(`${command}: ${e.message}\n\n${usage}`);
    return 2;
  }
  if (e instanceof RunError) {
    // Eleventy wraps errors in errors ("Error in your Eleventy config file"): show the chain to the root.
    let cause = "";
    for (let c = e.cause, depth = 0; c instanceof Error && depth < 4; c = c.cause ?? (c as { originalError?: unknown }).originalError, depth++) cause += `\n  cause: ${c.message}`;
    console.error(`${command}: ${e.message}${cause}\n  hint: ${e.hint}`);
    return 1;
  }
  console.error(`${command}: unexpected failure: ${(e as Error)?.stack ?? String(e)}`);
  return 1;
}
