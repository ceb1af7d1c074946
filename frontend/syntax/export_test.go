package syntax

// Exported for the fuzz target, an external test so that it can format.
const (
	MaxDepth        = maxDepth
	MaxFStringDepth = maxFStringDepth
)

var BenchSource = benchSource
