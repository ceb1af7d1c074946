//go:build unix

package main

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// lockFile locks f for writing, waiting while another process holds the
// lock; it calls note once the wait has been lockWaitNote long.
func lockFile(f *os.File, note func()) error {
	fd := int(f.Fd())
	err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
	if !errors.Is(err, syscall.EWOULDBLOCK) {
		return err
	}
	t := time.AfterFunc(lockWaitNote, note)
	defer t.Stop()
	for {
		err := syscall.Flock(fd, syscall.LOCK_EX)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// unlockFile removes the lock file at path, then releases the lock that f
// holds on it.
func unlockFile(f *os.File, path string) {
	os.Remove(path)
	f.Close()
}
