package lsp

import (
	"maps"
	"os"
	"slices"
)

// Find-references analyses every package of the workspace that may import
// the package of the name. It keeps those analyses, each with the stamp of
// the files it read, and analyses a package again only when the stamp
// changes: an open document edited, opened or closed, a file on disk
// written, added or removed, in the package or in one it imports.

// A workspaceSnapshot is an analysis that references keeps, and the stamp
// of its inputs when it was made.
type workspaceSnapshot struct {
	snap  *snapshot
	stamp map[string]fileStamp
}

// A fileStamp tells one version of a .vx file from another: the open
// document, whose every change the server records as a new document, or
// the size and modification time of the file on disk.
type fileStamp struct {
	doc  *document
	size int64
	mod  int64 // in nanoseconds since 1970
}

// workspaceSnapshot returns the analysis of the package of directory dir
// for find-references, or nil if it has none, reusing the last one if the
// files it read have not changed since.
func (s *server) workspaceSnapshot(dir string, overlay map[string][]byte) *snapshot {
	if c := s.refSnaps[dir]; c != nil && maps.Equal(c.stamp, s.stamp(c.snap.dirs)) {
		return c.snap
	}
	snap, err := analyse(dir, overlay, s.vxFiles(dir), &s.goCache, s.log)
	if err != nil {
		delete(s.refSnaps, dir)
		return nil
	}
	s.refSnaps[dir] = &workspaceSnapshot{snap, s.stamp(snap.dirs)}
	return snap
}

// stamp returns the stamps of the .vx files of the package directories
// dirs, by path.
func (s *server) stamp(dirs map[string]bool) map[string]fileStamp {
	stamps := make(map[string]fileStamp)
	for _, dir := range slices.Sorted(maps.Keys(dirs)) {
		for _, path := range s.vxFiles(dir) {
			if doc := s.docs[path]; doc != nil {
				stamps[path] = fileStamp{doc: doc}
			} else if fi, err := os.Stat(path); err == nil {
				stamps[path] = fileStamp{size: fi.Size(), mod: fi.ModTime().UnixNano()}
			} else {
				stamps[path] = fileStamp{size: -1}
			}
		}
	}
	return stamps
}
