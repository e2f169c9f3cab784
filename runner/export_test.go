package runner

// EnvWithout lets the external tests (oracle, race) build real Go programs
// with the same environment filter as the outcome-set tests.
var EnvWithout = envWithout
