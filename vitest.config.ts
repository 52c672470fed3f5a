import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Core tests open real SQLite files and e2e drives a real browser: give them room,
    // and run files one at a time on two cores so timings stay meaningful.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
