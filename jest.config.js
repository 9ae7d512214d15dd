/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  // Tests assert behaviour, not time: a slow or busy CI machine must not fail a test that only waited.
  testTimeout: 30_000,
  // Jest's default is one worker fewer than the cores: one on a 2-core machine, where two run the
  // suite (the mutants × renderings shards above all) in about 60 % of the time.
  maxWorkers: Math.max(2, require('os').cpus().length - 1),
  // A worker's heap grows file by file (every test file loads its modules afresh; on a fresh clone
  // ts-jest also compiles them in the worker) to ~700 MB, and such a worker takes longer to exit
  // than jest waits: “a worker process has failed to exit gracefully”. Workers past this size are
  // replaced between files (measured: no handle is left open, --detectOpenHandles).
  workerIdleMemoryLimit: '512MB',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
};
