// Structs keeps accounts in a slice updated by pointer methods, copies
// them into a map by name and reads them back: the Go twin of structs.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Account struct {
	ID      int64
	Name    string
	Balance int64
	History int64
}

func (a *Account) Deposit(amount int64) {
	a.Balance += amount
	a.History++
}

func (a *Account) Score() int64 { return a.Balance*3 + a.History }

type Bank struct {
	Accounts []Account
}

func (b *Bank) Transfer(from, to, amount int64) {
	b.Accounts[from].Deposit(-amount)
	b.Accounts[to].Deposit(amount)
}

func run(n int64) {
	var bank Bank
	for i := range int64(1000) {
		bank.Accounts = append(bank.Accounts, Account{ID: i, Name: "acct" + strconv.FormatInt(i, 10), Balance: 1000})
	}
	seed := int64(7)
	for range n {
		seed = (seed*1103515245 + 12345) % 2147483648
		bank.Transfer(seed%1000, seed/1000%1000, seed%100)
	}
	byName := make(map[string]Account)
	for _, a := range bank.Accounts {
		byName[a.Name] = a
	}
	best := bank.Accounts[0]
	var total int64
	for round := range n / 1000 {
		for i := range int64(1000) {
			a := byName["acct"+strconv.FormatInt((i*7+round)%1000, 10)]
			total += a.Score() % 1000
			if a.Score() > best.Score() {
				best = a
			}
		}
	}
	fmt.Printf("%d transfers, best %s %d, total %d\n", n, best.Name, best.Balance, total)
}

func main() {
	n := int64(20_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: structs [N]")
			os.Exit(2)
		}
	}
	run(n)
}
