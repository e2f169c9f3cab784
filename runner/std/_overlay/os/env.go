// The playground's environment is virtual: it starts as the VM's (runner/vm's DefaultEnviron) and changes only inside the program.
//std:take env.go Expand ExpandEnv isShellSpecialVar isAlphaNum getShellName

package os

import "sync"

// env is the program's environment, in the order variables were set.
var env struct {
	mu     sync.Mutex
	keys   []string
	values map[string]string
}

// environ is the environment the program starts with, "KEY=value" each.
func environ() []string

// loadEnv fills env on first use; env.mu is held.
func loadEnv() {
	if env.values != nil {
		return
	}
	env.values = map[string]string{}
	for _, kv := range environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				if _, dup := env.values[kv[:i]]; !dup {
					env.keys = append(env.keys, kv[:i])
				}
				env.values[kv[:i]] = kv[i+1:]
				break
			}
		}
	}
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true. Otherwise the returned
// value will be empty and the boolean will be false.
func LookupEnv(key string) (string, bool) {
	env.mu.Lock()
	defer env.mu.Unlock()
	loadEnv()
	v, ok := env.values[key]
	return v, ok
}

// Setenv sets the value of the environment variable named by the key. It
// returns an error, if any.
func Setenv(key, value string) error {
	if key == "" {
		return NewSyscallError("setenv", errInval)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", errInval)
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", errInval)
		}
	}
	env.mu.Lock()
	defer env.mu.Unlock()
	loadEnv()
	if _, ok := env.values[key]; !ok {
		env.keys = append(env.keys, key)
	}
	env.values[key] = value
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	env.mu.Lock()
	defer env.mu.Unlock()
	loadEnv()
	if _, ok := env.values[key]; ok {
		delete(env.values, key)
		for i, k := range env.keys {
			if k == key {
				env.keys = append(env.keys[:i:i], env.keys[i+1:]...)
				break
			}
		}
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	env.mu.Lock()
	defer env.mu.Unlock()
	env.keys, env.values = nil, map[string]string{}
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string {
	env.mu.Lock()
	defer env.mu.Unlock()
	loadEnv()
	out := make([]string, 0, len(env.keys))
	for _, k := range env.keys {
		out = append(out, k+"="+env.values[k])
	}
	return out
}

// UserHomeDir returns the current user's home directory: $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errorString("$HOME is not defined")
}

// UserCacheDir returns the default root directory to use for user-specific
// cached data: $XDG_CACHE_HOME or $HOME/.cache.
func UserCacheDir() (string, error) {
	if dir := Getenv("XDG_CACHE_HOME"); dir != "" {
		return dir, nil
	}
	if dir := Getenv("HOME"); dir != "" {
		return dir + "/.cache", nil
	}
	return "", errorString("neither $XDG_CACHE_HOME nor $HOME are defined")
}

// UserConfigDir returns the default root directory to use for
// user-specific configuration data: $XDG_CONFIG_HOME or $HOME/.config.
func UserConfigDir() (string, error) {
	if dir := Getenv("XDG_CONFIG_HOME"); dir != "" {
		return dir, nil
	}
	if dir := Getenv("HOME"); dir != "" {
		return dir + "/.config", nil
	}
	return "", errorString("neither $XDG_CONFIG_HOME nor $HOME are defined")
}

// TempDir returns the default directory to use for temporary files:
// $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}
