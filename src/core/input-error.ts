// The error for input the user can fix: its message is shown as it is, and nothing they typed is lost.

/** Bad input, with a message written for the user. */
export class InputError extends Error {}
