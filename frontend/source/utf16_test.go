package source

import "testing"

func TestUTF16Columns(t *testing.T) {
	fset := NewFileSet()
	f := fset.AddFile("x.vx", []byte("a名🙂b\n\xffc\r\nend"))
	tests := []struct {
		offset    int // byte offset in f
		line, col int // UTF-16 column, from 1
	}{
		{0, 1, 1},
		{1, 1, 2},  // 名
		{4, 1, 3},  // 🙂, two units
		{8, 1, 5},  // b
		{9, 1, 6},  // end of line
		{10, 2, 1}, // an invalid byte: one unit
		{11, 2, 2},
		{12, 2, 3}, // before \r\n
		{14, 3, 1},
		{17, 3, 4}, // end of file
	}
	for _, tt := range tests {
		p := f.Pos(tt.offset)
		if line, col := f.Position(p).Line, f.ColumnUTF16(p); line != tt.line || col != tt.col {
			t.Errorf("offset %d: line %d, UTF-16 column %d; want %d, %d", tt.offset, line, col, tt.line, tt.col)
		}
		if got := f.Offset(f.PosUTF16(tt.line, tt.col)); got != tt.offset {
			t.Errorf("PosUTF16(%d, %d) = offset %d, want %d", tt.line, tt.col, got, tt.offset)
		}
	}
	clamped := []struct {
		line, col, offset int
	}{
		{1, 4, 4},   // inside 🙂: the rune
		{1, 99, 9},  // past the end of the line
		{2, 99, 12}, // past the end of the line, before its \r
		{9, 1, 17},  // past the end of the file
	}
	for _, tt := range clamped {
		if got := f.Offset(f.PosUTF16(tt.line, tt.col)); got != tt.offset {
			t.Errorf("PosUTF16(%d, %d) = offset %d, want %d", tt.line, tt.col, got, tt.offset)
		}
	}
}
