import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The integration and browser tests build a whole site; give them room on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser tests poll the page while Pagefind loads; on a shared machine (CPU steal seen at 60%)
    // that takes seconds, not the default one.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
