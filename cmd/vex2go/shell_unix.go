//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// shellCommand returns the command that runs the shell command line s, in
// a process group of its own, so that killGroup ends what it starts too.
func shellCommand(s string) *exec.Cmd {
	cmd := exec.Command("/bin/sh", "-c", s)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	return cmd
}

// killGroup kills the process group of the started command cmd.
func killGroup(cmd *exec.Cmd) {
	syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
}
