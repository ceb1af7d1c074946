// Package source holds Vex source files, compact positions into them, and
// the diagnostics that the frontend reports against those positions.
//
// A Pos is a byte offset into a FileSet: every file occupies its own range of
// offsets, so a single integer identifies file, line and column. Lines and
// columns are computed only when a position is printed.
package source

import (
	"fmt"
	"sort"
	"sync"
)

// Pos is a compact source position: an offset into a FileSet, plus one.
// The zero Pos (NoPos) means "no position".
type Pos int

// NoPos is the zero Pos.
const NoPos Pos = 0

// IsValid reports whether p is a real position.
func (p Pos) IsValid() bool { return p != NoPos }

// Position is a printable position.
type Position struct {
	Filename string
	Offset   int // byte offset, starting at 0
	Line     int // starting at 1
	Column   int // byte column, starting at 1
}

// IsValid reports whether the position is known.
func (p Position) IsValid() bool { return p.Line > 0 }

// String formats the position as file:line:col.
func (p Position) String() string {
	s := p.Filename
	if p.IsValid() {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	if s == "" {
		s = "-"
	}
	return s
}

// File is one source file in a FileSet.
type File struct {
	name  string
	base  int // Pos of the first byte
	src   []byte
	lines []int // offset of the first byte of each line
}

// Name returns the file name as given to AddFile.
func (f *File) Name() string { return f.name }

// Base returns the Pos of the file's first byte.
func (f *File) Base() int { return f.base }

// Size returns the file's length in bytes.
func (f *File) Size() int { return len(f.src) }

// Source returns the file's contents.
func (f *File) Source() []byte { return f.src }

// Pos returns the Pos of the given byte offset in f.
func (f *File) Pos(offset int) Pos { return Pos(f.base + offset) }

// Offset returns the byte offset of p in f.
func (f *File) Offset(p Pos) int { return int(p) - f.base }

// Position returns the printable position of p, which must lie in f.
func (f *File) Position(p Pos) Position {
	off := f.Offset(p)
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	return Position{Filename: f.name, Offset: off, Line: i + 1, Column: off - f.lines[i] + 1}
}

// Line returns the text of the 1-based line n, without its line terminator.
func (f *File) Line(n int) string {
	if n < 1 || n > len(f.lines) {
		return ""
	}
	start := f.lines[n-1]
	end := len(f.src)
	if n < len(f.lines) {
		end = f.lines[n] - 1
	}
	if end > start && f.src[end-1] == '\r' {
		end--
	}
	return string(f.src[start:end])
}

// FileSet is a set of source files sharing one position space.
// It is safe for concurrent use.
type FileSet struct {
	mu    sync.RWMutex
	base  int
	files []*File
}

// NewFileSet returns an empty FileSet.
func NewFileSet() *FileSet { return &FileSet{base: 1} }

// AddFile adds a file with the given name and contents.
func (s *FileSet) AddFile(name string, src []byte) *File {
	lines := []int{0}
	for i, c := range src {
		if c == '\n' {
			lines = append(lines, i+1)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	f := &File{name: name, base: s.base, src: src, lines: lines}
	s.base += len(src) + 1 // +1 so that the end-of-file position is in the file
	s.files = append(s.files, f)
	return f
}

// File returns the file containing p, or nil.
func (s *FileSet) File(p Pos) *File {
	if !p.IsValid() {
		return nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	i := sort.Search(len(s.files), func(i int) bool { return s.files[i].base > int(p) }) - 1
	if i < 0 {
		return nil
	}
	f := s.files[i]
	if int(p) > f.base+len(f.src) {
		return nil
	}
	return f
}

// Position returns the printable position of p.
func (s *FileSet) Position(p Pos) Position {
	if f := s.File(p); f != nil {
		return f.Position(p)
	}
	return Position{}
}
