// Package config is where configuration and secrets come from. Locally the environment and
// `.env`; in the cluster swap in a secret-manager provider. Nothing else reads the environment.
package config

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// Provider is the one interface the service reads its configuration through.
type Provider interface {
	Get(key string) (string, bool)
	Require(key string) (string, error)
}

var line = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$`)

// Env is the environment, over the values of a .env file when there is one.
type Env struct{ values map[string]string }

// NewEnv reads dotenvPath (when it exists) and then environ, which wins.
func NewEnv(environ []string, dotenvPath string) (*Env, error) {
	values := map[string]string{}
	if file, err := os.Open(dotenvPath); err == nil {
		defer file.Close()
		scanner := bufio.NewScanner(file)
		for scanner.Scan() {
			if m := line.FindStringSubmatch(scanner.Text()); m != nil {
				values[m[1]] = strings.Trim(m[2], `"`)
			}
		}
		if err := scanner.Err(); err != nil {
			return nil, fmt.Errorf("reading %s: %w", dotenvPath, err)
		}
	}
	for _, kv := range environ {
		if key, value, ok := strings.Cut(kv, "="); ok {
			values[key] = value
		}
	}
	return &Env{values: values}, nil
}

// Get returns a value and whether it is set.
func (e *Env) Get(key string) (string, bool) {
	value, ok := e.values[key]
	return value, ok
}

// Require returns a value or an error naming the missing key.
func (e *Env) Require(key string) (string, error) {
	if value, ok := e.values[key]; ok && value != "" {
		return value, nil
	}
	return "", fmt.Errorf("configuration %s is not set", key)
}
