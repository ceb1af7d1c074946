package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// This file makes the changes of an output, so that a build replaces its
// packages as a whole. Holding the lock on OUT (lock.go), a build
//
//  1. finishes or undoes what an interrupted run left (recoverOutput);
//  2. plans the files to write and to remove (output.go);
//  3. records the plan in the journal OUT/.vex2go.journal, as prepared;
//  4. writes each new file to the temporary .NAME.vx.go.tmp beside it;
//  5. records the journal as committed: the new packages are decided;
//  6. renames the temporaries over the old files and removes the stale
//     ones, then the directories that this leaves empty;
//  7. removes the journal.
//
// A run killed before step 5 leaves the old packages, and temporaries that
// the next run removes; killed after it, it leaves the new packages part
// renamed, and the next run completes steps 6 and 7 before anything else.
// The journal is replaced by renaming, so it is always whole. Nothing is
// synced to the disk: the guarantee is for a run that is interrupted or
// killed, not for the machine losing power, as for gofmt -w and the go
// command.

const (
	lockName    = ".vex2go.lock"
	journalName = ".vex2go.journal"
	journalHead = "vex2go journal 1"
)

// A journal records the changes of a build under OUT. Paths are relative
// to OUT.
type journal struct {
	committed bool
	writes    []string // files written, each from its temporary (tempName)
	removes   []string
	mkdirs    []string // directories created for the writes, parents first
}

// crashHook, when not nil, is called at each step of a build that a test
// may kill it at, named as in the journal's doc.
var crashHook func(step string)

func crashPoint(step string) {
	if crashHook != nil {
		crashHook(step)
	}
}

// apply makes the changes of o, which the caller planned holding the lock
// on OUT, and logs them.
func (o *output) apply(g *globals) error {
	if o.empty() {
		return nil
	}
	j := &journal{removes: o.removes}
	for _, w := range o.writes {
		j.writes = append(j.writes, w.path)
		for dir := filepath.Dir(w.path); dir != "."; dir = filepath.Dir(dir) {
			if _, err := os.Lstat(filepath.Join(o.root, dir)); !errors.Is(err, fs.ErrNotExist) || slices.Contains(j.mkdirs, dir) {
				break
			}
			j.mkdirs = append(j.mkdirs, dir)
		}
	}
	slices.Sort(j.mkdirs) // parents first
	if err := j.save(o.root); err != nil {
		return err
	}
	crashPoint("prepared")
	if err := o.writeTemps(j); err != nil {
		return errors.Join(err, j.undo(o.root))
	}
	j.committed = true
	if err := j.save(o.root); err != nil {
		return errors.Join(err, j.undo(o.root))
	}
	crashPoint("committed")
	return j.finish(o.root, g)
}

// writeTemps creates the directories of the journal and writes the new
// files to their temporaries.
func (o *output) writeTemps(j *journal) error {
	for _, dir := range j.mkdirs {
		if err := os.Mkdir(filepath.Join(o.root, dir), 0o777); err != nil {
			return err
		}
	}
	for i, w := range o.writes {
		if err := writeTemp(filepath.Join(o.root, w.path), w.data); err != nil {
			return err
		}
		if i == 0 {
			crashPoint("temporary")
		}
	}
	return nil
}

// writeTemp writes data to the temporary of the file at path, replacing a
// leftover of an earlier run.
func writeTemp(path string, data []byte) error {
	tmp := tempName(path)
	if err := removeOwnTemp(tmp); err != nil {
		return err
	}
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// removeOwnTemp removes the file at path if it is a temporary that vex2go
// left, and fails if a file there is not one.
func removeOwnTemp(path string) error {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case !isOwnTemp(filepath.Base(path), data):
		return &ownerError{path, "it is not a temporary file of vex2go"}
	}
	return os.Remove(path)
}

// finish makes the changes of a committed journal, any that were made
// already excepted, and removes the journal.
func (j *journal) finish(root string, g *globals) error {
	for i, rel := range j.writes {
		path := filepath.Join(root, rel)
		tmp := tempName(path)
		if _, err := os.Lstat(tmp); errors.Is(err, fs.ErrNotExist) {
			continue // renamed before the run was interrupted
		}
		// The file was vex2go's when the run was planned; see that it still
		// is, since an interrupted run may be finished much later.
		if data, err := os.ReadFile(path); err == nil && !isOwn(filepath.Base(path), data) {
			return &ownerError{path, "it is not vex2go's"}
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
		g.logf("wrote %s", path)
		if i == 0 {
			crashPoint("renamed")
		}
	}
	for _, rel := range j.removes {
		path := filepath.Join(root, rel)
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		} else if err != nil {
			return err
		}
		name := filepath.Base(path)
		if !isOwn(name, data) && !isOwnTemp(name, data) {
			return &ownerError{path, "it is not vex2go's"}
		}
		if err := os.Remove(path); err != nil {
			return err
		}
		g.logf("removed %s", path)
	}
	// Remove the directories that are left empty, deepest first, and their
	// parents that this empties in turn; a directory that still holds
	// something stays.
	var dirs []string
	for _, rel := range j.removes {
		for dir := filepath.Dir(rel); dir != "."; dir = filepath.Dir(dir) {
			if !slices.Contains(dirs, dir) {
				dirs = append(dirs, dir)
			}
		}
	}
	slices.SortFunc(dirs, func(a, b string) int { return strings.Compare(b, a) })
	for _, dir := range dirs {
		if os.Remove(filepath.Join(root, dir)) == nil {
			g.logf("removed %s", filepath.Join(root, dir))
		}
	}
	return os.Remove(filepath.Join(root, journalName))
}

// undo removes the temporaries and directories of a journal that was not
// committed, then the journal; if a temporary cannot be removed, the
// journal stays for the next run.
func (j *journal) undo(root string) error {
	var errs []error
	for _, rel := range j.writes {
		tmp := tempName(filepath.Join(root, rel))
		if data, err := os.ReadFile(tmp); err != nil || !isOwnTemp(filepath.Base(tmp), data) {
			continue // never written, or not vex2go's
		}
		if err := os.Remove(tmp); err != nil {
			errs = append(errs, err)
		}
	}
	for _, dir := range slices.Backward(j.mkdirs) {
		os.Remove(filepath.Join(root, dir)) // only if empty
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := os.Remove(filepath.Join(root, journalName)); !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// recoverOutput finishes the changes of a committed journal that an
// interrupted run left under root, or undoes those of a journal that was
// not committed. The caller holds the lock on root.
func recoverOutput(root string, g *globals) error {
	j, err := loadJournal(root)
	if j == nil || err != nil {
		return err
	}
	if !j.committed {
		return j.undo(root)
	}
	if !g.Quiet {
		fmt.Fprintf(g.stderr, "vex2go: finishing the changes to %s of a run that was interrupted\n", root)
	}
	return j.finish(root, g)
}

// save writes the journal under root, replacing the last one by renaming.
func (j *journal) save(root string) error {
	var b bytes.Buffer
	b.WriteString(journalHead + "\n")
	if j.committed {
		b.WriteString("committed\n")
	} else {
		b.WriteString("prepared\n")
	}
	for _, list := range []struct {
		verb  string
		paths []string
	}{{"mkdir", j.mkdirs}, {"write", j.writes}, {"remove", j.removes}} {
		for _, p := range list.paths {
			fmt.Fprintf(&b, "%s %s\n", list.verb, strconv.Quote(filepath.ToSlash(p)))
		}
	}
	path := filepath.Join(root, journalName)
	if err := os.WriteFile(path+".tmp", b.Bytes(), 0o666); err != nil {
		return err
	}
	return os.Rename(path+".tmp", path)
}

// loadJournal reads the journal under root, or returns nil if there is
// none. Every path in it must lie under root.
func loadJournal(root string) (*journal, error) {
	path := filepath.Join(root, journalName)
	// A journal.tmp is a journal that was never put in place.
	if err := os.Remove(path + ".tmp"); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	damaged := fmt.Errorf("%s is damaged: remove it and the .*.vx.go.tmp files under %s, and build again", path, root)
	sc := bufio.NewScanner(bytes.NewReader(data))
	if !sc.Scan() || sc.Text() != journalHead || !sc.Scan() {
		return nil, damaged
	}
	j := &journal{committed: sc.Text() == "committed"}
	if !j.committed && sc.Text() != "prepared" {
		return nil, damaged
	}
	for sc.Scan() {
		verb, quoted, _ := strings.Cut(sc.Text(), " ")
		p, err := strconv.Unquote(quoted)
		if err != nil || !filepath.IsLocal(filepath.FromSlash(p)) {
			return nil, damaged
		}
		p = filepath.FromSlash(p)
		switch verb {
		case "mkdir":
			j.mkdirs = append(j.mkdirs, p)
		case "write":
			j.writes = append(j.writes, p)
		case "remove":
			j.removes = append(j.removes, p)
		default:
			return nil, damaged
		}
	}
	return j, nil
}
