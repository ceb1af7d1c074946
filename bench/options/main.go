// Options looks records up by name in a map, follows optional fields with
// comma-ok checks and parses numbers with strconv: the Go twin of
// options.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type record struct {
	name    string
	age     int64 // -1: unknown
	manager string
	hasBoss bool
}

func parseAge(text string) int64 {
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil || n < 0 || n > 150 {
		return -1
	}
	return n
}

func managerAge(people map[string]record, name string) (int64, bool) {
	r, ok := people[name]
	if !ok || !r.hasBoss {
		return 0, false
	}
	m, ok := people[r.manager]
	if !ok || m.age < 0 {
		return 0, false
	}
	return m.age, true
}

func run(n int64) {
	people := map[string]record{}
	for i := range int64(1000) {
		text := "unknown"
		if i%7 != 0 {
			text = strconv.FormatInt(i*37%200, 10)
		}
		r := record{name: "p" + strconv.FormatInt(i, 10), age: parseAge(text)}
		if i%10 != 0 {
			r.manager, r.hasBoss = "p"+strconv.FormatInt(i/10, 10), true
		}
		people[r.name] = r
	}
	names := [...]string{"p1", "p22", "p333", "p999", "p7", "nobody"}
	var total, missing int64
	for i := range n {
		name := names[i%6]
		own := int64(-1)
		if r, ok := people[name]; ok && r.age >= 0 {
			own = r.age
		}
		boss, ok := managerAge(people, name)
		if !ok {
			missing++
		}
		total += own + boss*2
	}
	fmt.Printf("total %d, missing %d\n", total, missing)
}

func main() {
	n := int64(20000000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: options [N]")
			os.Exit(2)
		}
	}
	run(n)
}
