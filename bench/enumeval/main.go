// Enumeval interprets a small register machine whose instructions are a
// sealed interface with one struct type per kind, dispatched by a type
// switch: the Go twin of enumeval.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// An instr is one instruction: put, add, mul, modK, addK, jumpLess or halt.
type instr interface{ isInstr() }

type (
	put      struct{ r, k int64 }     // reg = constant
	add      struct{ d, a, b int64 }  // dst = a + b
	mul      struct{ d, a, b int64 }  // dst = a * b
	modK     struct{ d, a, k int64 }  // dst = a % constant
	addK     struct{ d, a, k int64 }  // dst = a + constant
	jumpLess struct{ a, b, to int64 } // if a < b, jump to the instruction
	halt     struct{}
)

func (put) isInstr()      {}
func (add) isInstr()      {}
func (mul) isInstr()      {}
func (modK) isInstr()     {}
func (addK) isInstr()     {}
func (jumpLess) isInstr() {}
func (halt) isInstr()     {}

func execute(code []instr, n int64) int64 {
	var regs [8]int64
	regs[1] = n
	var pc, steps int64
	for {
		steps++
		switch in := code[pc].(type) {
		case put:
			regs[in.r] = in.k
		case add:
			regs[in.d] = regs[in.a] + regs[in.b]
		case mul:
			regs[in.d] = regs[in.a] * regs[in.b]
		case modK:
			regs[in.d] = regs[in.a] % in.k
		case addK:
			regs[in.d] = regs[in.a] + in.k
		case jumpLess:
			if regs[in.a] < regs[in.b] {
				pc = in.to
				continue
			}
		case halt:
			return regs[2] + steps
		}
		pc++
	}
}

func run(n int64) {
	// acc = sum over i in 0..n of (i * i + 3 * i) % 7
	code := []instr{
		put{0, 0},
		put{2, 0},
		mul{3, 0, 0},
		addK{4, 0, 0},
		add{4, 4, 0},
		add{4, 4, 0},
		add{3, 3, 4},
		modK{3, 3, 7},
		add{2, 2, 3},
		addK{0, 0, 1},
		jumpLess{0, 1, 2},
		halt{},
	}
	fmt.Printf("result %d\n", execute(code, n))
}

func main() {
	n := int64(40_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: enumeval [N]")
			os.Exit(2)
		}
	}
	run(n)
}
