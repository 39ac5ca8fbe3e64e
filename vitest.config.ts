import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The integration and browser tests build a whole site; give them room on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
