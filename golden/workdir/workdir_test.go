package workdir

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAcquire(t *testing.T) {
	cache := t.TempDir()
	for _, v := range []string{"XDG_CACHE_HOME", "HOME", "LocalAppData"} {
		t.Setenv(v, cache)
	}
	repo := t.TempDir()
	dir, release, err := Acquire(repo, "test")
	if err != nil {
		t.Fatal(err)
	}
	if rel, err := filepath.Rel(cache, dir); err != nil || !filepath.IsLocal(rel) {
		t.Fatalf("Acquire = %s, not in the cache directory %s", dir, cache)
	}

	// While the first run holds it, a second gets a directory of its own,
	// which its release removes.
	other, releaseOther, err := Acquire(repo, "test")
	if err != nil {
		t.Fatal(err)
	}
	if other == dir {
		t.Fatalf("a second Acquire returned the held directory %s", dir)
	}
	releaseOther()
	if _, err := os.Stat(other); !os.IsNotExist(err) {
		t.Errorf("release left the temporary directory %s: %v", other, err)
	}

	// Released, the directory is there for the next run, with its files.
	if err := os.WriteFile(filepath.Join(dir, "kept"), nil, 0o666); err != nil {
		t.Fatal(err)
	}
	release()
	again, release, err := Acquire(repo, "test")
	if err != nil {
		t.Fatal(err)
	}
	if again != dir {
		t.Errorf("Acquire after release = %s, want %s", again, dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "kept")); err != nil {
		t.Errorf("the directory lost its files: %v", err)
	}
	release()

	// A lock left by a process that is gone is taken over (no process has
	// ID 0).
	if err := os.WriteFile(filepath.Join(dir, "lock"), []byte("0\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	if again, release, err = Acquire(repo, "test"); err != nil || again != dir {
		t.Errorf("Acquire with a stale lock = %s, %v; want %s", again, err, dir)
	}
	release()
}
