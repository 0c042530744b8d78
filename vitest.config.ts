import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    passWithNoTests: true,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Interpreters made by tests attach the standard library, as on the command line.
    // CI's 2 cores are often loaded: no test depends on the 5 s default.
    testTimeout: 30_000,
    setupFiles: ['src/python/withStandardLibrary.ts'],
  },
});
