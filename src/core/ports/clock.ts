// The port through which core reads the time, so expiry and due dates are testable.
export interface Clock {
  now(): Date;
}
