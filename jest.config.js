/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  // Tests assert behaviour, not time: a slow or busy CI machine must not fail a test that only waited.
  testTimeout: 30_000,
  // Jest's default is one worker fewer than the cores: one on a 2-core machine, where two run the
  // suite (the mutants × renderings shards above all) in about 60 % of the time.
  maxWorkers: Math.max(2, require('os').cpus().length - 1),
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
};
