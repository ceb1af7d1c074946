// Ledger applies rules, closures that capture a struct of limits, to
// transfers between accounts updated through pointer methods: the Go twin
// of ledger.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type limits struct {
	maxAmount, fee int64
}

type account struct {
	balance, moves int64
}

func (a *account) deposit(x int64) {
	a.balance += x
	a.moves++
}

func (a *account) withdraw(x int64) bool {
	if a.balance < x {
		return false
	}
	a.balance -= x
	a.moves++
	return true
}

func (a *account) worth() int64 { return a.balance - a.moves }

func makeCharge(l limits) func(int64) int64 {
	return func(amount int64) int64 {
		return min(amount, l.maxAmount) + l.fee
	}
}

func run(n int64) {
	charge := makeCharge(limits{maxAmount: 900, fee: 3})
	allowed := func(amount int64) bool { return amount%97 != 0 }
	accounts := make([]account, 64)
	for i := range accounts {
		accounts[i].balance = 10000
	}
	refused := 0
	for i := range n {
		amount := i * 7919 % 1200
		src := i * 31 % 64
		dst := (i*17 + 5) % 64
		if !allowed(amount) {
			refused++
			continue
		}
		if accounts[src].withdraw(charge(amount)) {
			accounts[dst].deposit(amount)
		} else {
			refused++
		}
	}
	var worth int64
	for i := range accounts {
		worth += accounts[i].worth()
	}
	fmt.Printf("%d refused, worth %d\n", refused, worth)
}

func main() {
	n := int64(200000000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: ledger [N]")
			os.Exit(2)
		}
	}
	run(n)
}
