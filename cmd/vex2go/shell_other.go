//go:build !unix

package main

import (
	"os"
	"os/exec"
)

// shellCommand returns the command that runs the command line s with the
// system's shell.
func shellCommand(s string) *exec.Cmd {
	shell := os.Getenv("COMSPEC")
	if shell == "" {
		shell = "cmd.exe"
	}
	return exec.Command(shell, "/c", s)
}

// killGroup kills the started command cmd.
func killGroup(cmd *exec.Cmd) {
	cmd.Process.Kill()
}
