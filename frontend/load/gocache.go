package load

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// A GoCache keeps the Go packages that programs load, for a caller that
// loads a program again and again, as a language server does on every
// change of a document: a program whose `go:` imports the cache holds, and
// which nothing they depend on has changed under, does not run the go
// command. Config.GoCache hands it to Load. The zero GoCache is empty and
// ready to use; it may be shared by loads that run at the same time.
//
// It keeps one load per directory that the go command runs in (the root of
// the module), which serves a program while
//
//   - the load holds every Go package that the program imports, and
//   - go.mod, go.sum and the go.work files at and above that directory,
//     the directories and Go files of the loaded packages outside the
//     standard library, and the directories of the module where an import
//     names a package that did not load, keep their sizes and modification
//     times.
//
// Otherwise the program loads again, with one call of go/packages, the
// packages it imports and those of the old load that loaded without
// error, so that programs that import different packages of one module
// do not take turns loading. What the stamps do not see, such as a change
// to a package that an imported one depends on, or a package created in
// another module of a go.work, is seen after Forget.
type GoCache struct {
	mu    sync.Mutex
	loads map[string]*goLoad // by the directory the go command runs in
}

// A stamp is what a file or directory looked like when a load read it.
type stamp struct {
	size    int64
	modTime int64 // in nanoseconds since 1970
	exists  bool
}

// stampOf returns the stamp of the file at path now.
func stampOf(path string) stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{}
	}
	return stamp{fi.Size(), fi.ModTime().UnixNano(), true}
}

// Forget drops every load, so that each program loads its Go packages
// again.
func (c *GoCache) Forget() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.loads = nil
}

// load returns the load that serves the import paths in directory dir,
// whose module has its go.mod in directory module ("" for none), loading
// them if the cache has no load that may; loaded reports whether it did.
func (c *GoCache) load(dir, module string, paths []string) (l *goLoad, loaded bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.loads[dir]
	if old != nil && old.holds(paths) && old.current() {
		return old, false, nil
	}
	all := slices.Clone(paths)
	if old != nil {
		for _, path := range old.paths {
			if p := old.pkgs[path]; p != nil && len(p.Errors) == 0 && !slices.Contains(all, path) {
				all = append(all, path)
			}
		}
		slices.Sort(all)
	}
	l, err = loadGoPackages(dir, module, all)
	if err != nil {
		delete(c.loads, dir)
		return nil, true, err
	}
	if c.loads == nil {
		c.loads = make(map[string]*goLoad)
	}
	c.loads[dir] = l
	return l, true, nil
}

// holds reports whether the load asked for each of paths.
func (l *goLoad) holds(paths []string) bool {
	for _, path := range paths {
		if _, found := slices.BinarySearch(l.paths, path); !found {
			return false
		}
	}
	return true
}

// current reports whether the files of the load's stamps are as they were.
func (l *goLoad) current() bool {
	for path, st := range l.stamps {
		if stampOf(path) != st {
			return false
		}
	}
	return true
}

// stampsOf returns the stamps of what a load of the import paths, which
// returned pkgs, in the module whose go.mod is in directory module depends
// on (see GoCache).
func stampsOf(module string, paths []string, pkgs []*packages.Package) map[string]stamp {
	stamps := make(map[string]stamp)
	add := func(path string) { stamps[path] = stampOf(path) }
	if module == "" {
		return stamps // the standard library alone
	}
	add(filepath.Join(module, "go.mod"))
	add(filepath.Join(module, "go.sum"))
	for d := module; ; d = filepath.Dir(d) {
		add(filepath.Join(d, "go.work"))
		if filepath.Dir(d) == d {
			break
		}
	}
	loaded := make(map[string]bool)
	for _, p := range pkgs {
		if p.Module == nil {
			continue // the standard library
		}
		for _, f := range p.GoFiles {
			add(f)
			add(filepath.Dir(f))
		}
		loaded[p.ID] = len(p.Errors) == 0 && len(p.GoFiles) > 0
	}
	// Where the module would hold a package that did not load, creating
	// it or its files changes the stamp of its directory.
	data, _ := os.ReadFile(filepath.Join(module, "go.mod"))
	if mod := modulePath(data); mod != "" {
		for _, path := range paths {
			if rel, ok := strings.CutPrefix(path, mod+"/"); ok && !loaded[path] {
				add(filepath.Join(module, filepath.FromSlash(rel)))
			}
		}
	}
	return stamps
}
