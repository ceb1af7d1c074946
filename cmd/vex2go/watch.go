package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/vexlang/vex2go/frontend/load"
)

// watchCmd is "vex2go watch PATH... -o OUT".
type watchCmd struct {
	buildFlags
	Cmd string `placeholder:"COMMAND" help:"A shell command to run after each build without errors, such as 'go test ./...'; a change stops it."`
}

// settle is how long the file system must be quiet after a change before a
// rebuild: an editor's save, a git checkout or a formatter's run make a
// burst of events, which one build follows.
const settle = 100 * time.Millisecond

// A watcher rebuilds on every change of a .vx file under its directories.
type watcher struct {
	*watchCmd
	g       *globals
	fsw     *fsnotify.Watcher
	watched map[string]bool // the directories watched
	out     string          // OUT made absolute: changes there are the build's own
	running *exec.Cmd       // the --cmd of the last good build, until it ends
	done    chan error      // receives the result of running
}

// Run builds, then rebuilds whenever a .vx file under the paths, or a
// directory that holds packages, changes, until it is interrupted. A build
// with errors prints them and waits for the next change.
func (c *watchCmd) Run(g *globals) error {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer fsw.Close()
	out, err := filepath.Abs(c.Out)
	if err != nil {
		return err
	}
	w := &watcher{watchCmd: c, g: g, fsw: fsw, watched: make(map[string]bool), out: out}
	for _, path := range c.Paths {
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		if fi.IsDir() {
			err = w.addTree(path)
		} else {
			err = w.add(filepath.Dir(path))
		}
		if err != nil {
			return err
		}
	}

	interrupt := make(chan os.Signal, 1)
	signal.Notify(interrupt, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(interrupt)
	if !g.Quiet {
		fmt.Fprintf(g.stderr, "vex2go: watching %s for changes\n", strings.Join(c.Paths, " "))
	}
	w.rebuild()
	timer := time.NewTimer(0)
	<-timer.C
	for {
		select {
		case ev, ok := <-fsw.Events:
			if !ok {
				return nil
			}
			if w.changed(ev) {
				timer.Reset(settle)
			}
		case err, ok := <-fsw.Errors:
			if !ok {
				return nil
			}
			fmt.Fprintf(g.stderr, "vex2go: watching: %v\n", err)
		case <-timer.C:
			w.rebuild()
		case err := <-w.done:
			w.ended(err)
		case <-interrupt:
			w.stop()
			return nil
		}
	}
}

// add watches the directory dir.
func (w *watcher) add(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil || w.watched[abs] {
		return err
	}
	if err := w.fsw.Add(abs); err != nil {
		return fmt.Errorf("watching %s: %w", dir, err)
	}
	w.watched[abs] = true
	return nil
}

// addTree watches the directory root and those below it that hold packages,
// skipping those the go command ignores and the output directory.
func (w *watcher) addTree(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path != root && errors.Is(err, fs.ErrNotExist) {
				return nil // removed while being walked
			}
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != root && (load.Ignored(d.Name()) || d.Name() == "testdata" || w.inOut(path)) {
			return filepath.SkipDir
		}
		return w.add(path)
	})
}

// inOut reports whether path lies in the output directory.
func (w *watcher) inOut(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && (abs == w.out || strings.HasPrefix(abs, w.out+string(filepath.Separator)))
}

// changed reports whether the event calls for a rebuild: a .vx file was
// written, created, removed or renamed, or a directory that may hold
// packages came or went. A new directory is watched at once, with those
// below it; files written there before are found by the rebuild.
func (w *watcher) changed(ev fsnotify.Event) bool {
	name := filepath.Base(ev.Name)
	if load.Ignored(name) || ev.Has(fsnotify.Chmod) && !ev.Has(fsnotify.Write) {
		return false
	}
	if strings.HasSuffix(name, ".vx") {
		return true
	}
	abs, err := filepath.Abs(ev.Name)
	if err != nil {
		return false
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		if w.watched[abs] {
			delete(w.watched, abs)
			return true
		}
		return false
	}
	if ev.Has(fsnotify.Create) && name != "testdata" && !w.inOut(abs) {
		if fi, err := os.Lstat(abs); err == nil && fi.IsDir() {
			if err := w.addTree(abs); err != nil {
				fmt.Fprintf(w.g.stderr, "vex2go: %v\n", err)
			}
			return true
		}
	}
	return false
}

// rebuild stops the command of the last build, builds, and after a build
// without errors starts the command.
func (w *watcher) rebuild() {
	w.stop()
	dirs, err := w.build(w.g, false)
	for _, dir := range dirs {
		// A directory that an import added, outside the paths.
		if err := w.add(dir); err != nil {
			fmt.Fprintf(w.g.stderr, "vex2go: %v\n", err)
		}
	}
	var status exitStatus
	switch {
	case errors.As(err, &status):
		fmt.Fprintf(w.g.stderr, "vex2go: build failed; waiting for changes\n")
		return
	case err != nil:
		w.g.printError(err)
		fmt.Fprintf(w.g.stderr, "vex2go: build failed; waiting for changes\n")
		return
	}
	if w.Cmd == "" {
		if !w.g.Quiet {
			fmt.Fprintf(w.g.stderr, "vex2go: build ok; waiting for changes\n")
		}
		return
	}
	if !w.g.Quiet {
		fmt.Fprintf(w.g.stderr, "vex2go: build ok; running %s\n", w.Cmd)
	}
	cmd := shellCommand(w.Cmd)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, w.g.stdout, w.g.stderr
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(w.g.stderr, "vex2go: %s: %v\n", w.Cmd, err)
		return
	}
	w.running, w.done = cmd, make(chan error, 1)
	go func() { w.done <- cmd.Wait() }()
}

// ended reports how the command ended, by itself.
func (w *watcher) ended(err error) {
	w.running, w.done = nil, nil
	switch {
	case err != nil:
		fmt.Fprintf(w.g.stderr, "vex2go: %s: %v; waiting for changes\n", w.Cmd, err)
	case !w.g.Quiet:
		fmt.Fprintf(w.g.stderr, "vex2go: %s: ok; waiting for changes\n", w.Cmd)
	}
}

// stop ends the command if it is still running, with the processes it
// started, and waits for it.
func (w *watcher) stop() {
	if w.running == nil {
		return
	}
	killGroup(w.running)
	<-w.done
	w.running, w.done = nil, nil
}
