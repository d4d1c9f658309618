/**
 * Errors the command reports itself; system errors are worded by src/model/system-error.ts.
 */

/** A problem with how a command was called: exit status 2, usage shown. */
export class UsageError extends Error {}

/** A refusal to touch a folder (it holds the user's data, or is not ours): exit status 2, no usage. */
export class Refusal extends Error {}

/** A failure already worded for the user (bilingual, with the file): printed as is, exit status 1. */
export class ReportedError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export { describeSystemError, isSystemError, type SystemError } from '../model/system-error.ts';
