#!/bin/sh
# test.sh opens a .vx file with an error in headless Neovim, whose own LSP
# client runs vex2go lsp, and checks that the diagnostic arrives, at the
# line and column that vex2go check reports, that a hover on a Go name
# answers, and that formatting the buffer through the server gives what
# vex2go fmt prints.
#
# Usage: editors/nvim/test.sh [VEX2GO]
#
# VEX2GO is the vex2go command to run (default: vex2go on the PATH). The
# exit status is 0 when the diagnostic arrives and the buffer is formatted,
# 1 when not, and 2
# when nvim is not installed (apt-get install neovim).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
VEX2GO=${1:-vex2go}
export VEX2GO
if ! command -v nvim >/dev/null 2>&1; then
	echo "test.sh: nvim is not installed (apt-get install neovim)" >&2
	exit 2
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# The error follows text whose UTF-8 bytes, UTF-16 units and characters
# differ in number: the column must survive the server's conversion to
# UTF-16 and Neovim's back to bytes, as must the position of a hover on
# ToUpper, a Go name. The tab is not vex2go fmt's layout.
cat >"$dir/main.vx" <<'VX'
import * as strings from "go:strings"

fn main() {
	println("名前🙂".size(), strings.ToUpper("a"))
}
VX

cd "$dir"
want=$("$VEX2GO" check main.vx 2>&1 | sed -n 's/^main\.vx:\([0-9]*:[0-9]*\): error: \(.*\)$/\1: \2/p' | head -n 1)
if [ -z "$want" ]; then
	echo "test.sh: vex2go check reports no error in main.vx" >&2
	exit 1
fi
formatted=$("$VEX2GO" fmt main.vx)
status=0
got=$(timeout 60 nvim --headless --clean -n -i NONE -c "luafile $here/check.lua" main.vx 2>&1) || status=$?
if [ "$status" -ne 0 ] || [ "$(printf '%s\n' "$got" | head -n 1)" != "$want" ]; then
	echo "test.sh: Neovim reports (exit status $status):" >&2
	printf '%s\n' "$got" >&2
	echo "test.sh: want: $want" >&2
	exit 1
fi
if [ "$(cat main.vx)" != "$formatted" ]; then
	echo "test.sh: Neovim formatted main.vx as:" >&2
	cat main.vx >&2
	echo "test.sh: want:" >&2
	printf '%s\n' "$formatted" >&2
	exit 1
fi
echo "$got"
