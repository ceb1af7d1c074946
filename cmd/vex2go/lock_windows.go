package main

import (
	"errors"
	"os"
	"syscall"
	"time"
	"unsafe"
)

var lockFileEx = syscall.NewLazyDLL("kernel32.dll").NewProc("LockFileEx")

const (
	lockfileFailImmediately = 0x1
	lockfileExclusiveLock   = 0x2
	errorLockViolation      = syscall.Errno(33)
)

// lockFile locks f for writing, waiting while another process holds the
// lock; it calls note once the wait has been lockWaitNote long.
func lockFile(f *os.File, note func()) error {
	err := lock(f, lockfileExclusiveLock|lockfileFailImmediately)
	if !errors.Is(err, errorLockViolation) {
		return err
	}
	t := time.AfterFunc(lockWaitNote, note)
	defer t.Stop()
	return lock(f, lockfileExclusiveLock)
}

// lock calls LockFileEx on the first byte of f.
func lock(f *os.File, flags uint32) error {
	var ol syscall.Overlapped
	r, _, err := lockFileEx.Call(f.Fd(), uintptr(flags), 0, 1, 0, uintptr(unsafe.Pointer(&ol)))
	if r == 0 {
		return err
	}
	return nil
}

// unlockFile releases the lock that f holds, which closing f does. The lock
// file stays, since Windows does not remove an open file.
func unlockFile(f *os.File, path string) {
	f.Close()
}
