//go:build !unix

package main

import "os"

// maxRSS returns 0: the peak memory of a process is only known on Unix.
func maxRSS(*os.ProcessState) int64 { return 0 }
