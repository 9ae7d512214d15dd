/** The command line itself is wrong (unknown option, missing value…): exit code 2, nothing done. */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}
