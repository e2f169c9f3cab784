// Names of the examples the tests use (package examples).
export const CRASH = "crash";
export const DEADLOCK = "deadlock";
