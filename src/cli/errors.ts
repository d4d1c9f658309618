/** A problem with how a command was called: exit status 2, usage shown. */
export class UsageError extends Error {}
