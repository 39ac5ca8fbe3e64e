/* Array helpers that stay safe on hostile sizes: spreading an array into a call (`push(...xs)`,
 * `Math.max(...xs)`) passes every element as an argument, and past about 120,000 of them V8 throws
 * "Maximum call stack size exceeded" (a dump of 300,000 removed lines did). */

/** Appends every item of `items` to `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The largest of the numbers, or `empty` when there are none. */
export function maxOf(numbers: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  for (const n of numbers) if (n > max) max = n;
  return max;
}

/** The mean of the numbers, or 0 when there are none. */
export function meanOf(numbers: readonly number[]): number {
  let sum = 0;
  for (const n of numbers) sum += n;
  return numbers.length === 0 ? 0 : sum / numbers.length;
}
