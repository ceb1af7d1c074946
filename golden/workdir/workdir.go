// Package workdir gives the tests that run the go command a directory that
// lasts from one run of the tests to the next. The keys of the go
// command's build cache include the directory of each package outside the
// standard library, so a program built in a new temporary directory is
// compiled and linked again on every run; in the same directory, the go
// command compiles and links only what changed.
package workdir

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Acquire returns the directory called name of the checkout of the
// repository at repo, in the user's cache directory, and a function that
// releases it. One run of the tests holds it at a time: when another run
// holds it, or there is no cache directory, Acquire returns a temporary
// directory of its own, which release removes.
func Acquire(repo, name string) (dir string, release func(), err error) {
	repo, err = filepath.Abs(repo)
	if err != nil {
		return "", nil, err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return private(name)
	}
	sum := sha256.Sum256([]byte(repo))
	dir = filepath.Join(cache, "vex2go-"+name, hex.EncodeToString(sum[:8]))
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return private(name)
	}
	lock := filepath.Join(dir, "lock")
	for range 2 {
		f, err := os.OpenFile(lock, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
		if err == nil {
			fmt.Fprintf(f, "%d\n", os.Getpid())
			f.Close()
			return dir, func() { os.Remove(lock) }, nil
		}
		if !errors.Is(err, fs.ErrExist) || holderAlive(lock) {
			break
		}
		os.Remove(lock) // left by a run that was killed
	}
	return private(name)
}

// private returns a new temporary directory and a function that removes it.
func private(name string) (string, func(), error) {
	dir, err := os.MkdirTemp("", name+"-")
	return dir, func() { os.RemoveAll(dir) }, err
}

// holderAlive reports whether the process whose ID the lock file holds
// is running.
func holderAlive(lock string) bool {
	data, err := os.ReadFile(lock)
	if err != nil {
		return true
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		return false
	}
	p, err := os.FindProcess(pid)
	return err == nil && p.Signal(syscall.Signal(0)) == nil
}
