// Names of the examples the tests use (package examples).
export const CRASH = "crashmap"; // no locks: the seed's CrashMap
export const LOCKED = "cache"; // the mutex fix, whose locks can be switched off
export const DEADLOCK = "deadlock";
