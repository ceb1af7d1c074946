package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// lockWaitNote is how long a run waits for the lock on OUT before it says
// that it is waiting.
const lockWaitNote = time.Second

// lockOutput takes the lock on the output directory root, which keeps two
// runs that write there apart: a second run waits until the first is done,
// saying so after lockWaitNote. It returns the function that releases the
// lock.
//
// The lock is the file OUT/.vex2go.lock, locked with flock (LockFileEx on
// Windows), which the system releases when a run dies. The run that holds
// the lock removes the file before it releases it, so no lock file stays
// behind; a run that then gets the lock on the removed file tries again.
func lockOutput(root string, g *globals) (unlock func(), err error) {
	path := filepath.Join(root, lockName)
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			return nil, err
		}
		note := func() {
			fmt.Fprintf(g.stderr, "vex2go: waiting for another vex2go run to finish with %s (lock %s)\n", root, path)
		}
		if err := lockFile(f, note); err != nil {
			f.Close()
			return nil, fmt.Errorf("locking %s: %w", path, err)
		}
		fi, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, err
		}
		if now, err := os.Stat(path); err == nil && os.SameFile(fi, now) {
			return func() { unlockFile(f, path) }, nil
		}
		f.Close()
	}
}
