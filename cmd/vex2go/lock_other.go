//go:build !unix && !windows

package main

import "os"

// lockFile does nothing: this system has no file locks that vex2go uses,
// and two runs on one output directory are not kept apart.
func lockFile(f *os.File, note func()) error { return nil }

// unlockFile removes the lock file at path.
func unlockFile(f *os.File, path string) {
	f.Close()
	os.Remove(path)
}
