// States steps a traffic-light state machine driven by command words,
// with switches on constants, pairs of them, integers and strings: the Go
// twin of states.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Light int

const (
	Red Light = iota
	Yellow
	Green
	Off
)

func (l Light) String() string {
	return [...]string{"Red", "Yellow", "Green", "Off"}[l]
}

type Event int

const (
	Tick Event = iota
	Fault
	Reset
)

func next(l Light, e Event) Light {
	switch {
	case e == Fault:
		return Off
	case l == Off && e == Reset:
		return Red
	case l == Off:
		return Off
	case l == Red && e == Tick:
		return Green
	case l == Green && e == Tick:
		return Yellow
	case l == Yellow && e == Tick:
		return Red
	}
	return l
}

func event(word string) Event {
	switch word {
	case "tick", "step":
		return Tick
	case "fault":
		return Fault
	}
	return Reset
}

func weight(l Light) int64 {
	switch l {
	case Red:
		return 3
	case Yellow:
		return 2
	case Green:
		return 1
	}
	return 0
}

func bucket(x int64) int64 {
	switch r := x % 100; {
	case r == 0:
		return 7
	case r >= 1 && r <= 9:
		return 5
	case r == 10 || r == 20 || r == 30:
		return 3
	}
	return 1
}

func run(n int64) {
	words := [...]string{"tick", "step", "tick", "fault", "reset", "tick", "noise", "step", "tick", "reset", "tick"}
	l := Red
	var score int64
	for i := range n {
		l = next(l, event(words[i%11]))
		score += weight(l) * bucket(i)
	}
	fmt.Printf("%d events, light %v, score %d\n", n, l, score)
}

func main() {
	n := int64(200_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: states [N]")
			os.Exit(2)
		}
	}
	run(n)
}
