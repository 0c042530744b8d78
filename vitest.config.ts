import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    passWithNoTests: true,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Interpreters made by tests attach the standard library, as on the command line.
    setupFiles: ['src/python/withStandardLibrary.ts'],
  },
});
