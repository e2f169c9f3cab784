package runner

// EnvWithout lets the external tests (oracle, race) build real Go programs
// with the same environment filter as the outcome-set tests.
var EnvWithout = envWithout

// WriteProgramModule lets the oracle build programs that import x/sync and x/time.
var WriteProgramModule = writeProgramModule
