/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  // Tests assert behaviour, not time: a slow or busy CI machine must not fail a test that only waited.
  testTimeout: 30_000,
  // Jest's default on a 2-core machine is one worker; two run the suite (the mutants × renderings
  // shards above all) in about 60 % of the time there, and are no worse on larger machines.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
};
