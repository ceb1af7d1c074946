package syntax

import _ "embed"

// benchSource is a Vex file that uses every construct the parser accepts.
//
//go:embed testdata/sample.vx
var benchSource string
