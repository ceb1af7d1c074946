// Bst keeps keys in a persistent binary search tree of pointers, each
// insert copying the path it changes: the Go twin of bst.vx.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// A node is a node of the tree; nil is the empty tree.
type node struct {
	left  *node
	key   int64
	right *node
}

func insert(t *node, k int64) *node {
	switch {
	case t == nil:
		return &node{key: k}
	case k < t.key:
		return &node{insert(t.left, k), t.key, t.right}
	case k > t.key:
		return &node{t.left, t.key, insert(t.right, k)}
	}
	return t
}

func contains(t *node, k int64) bool {
	switch {
	case t == nil:
		return false
	case k < t.key:
		return contains(t.left, k)
	case k > t.key:
		return contains(t.right, k)
	}
	return true
}

func sum(t *node) int64 {
	if t == nil {
		return 0
	}
	return sum(t.left) + t.key + sum(t.right)
}

func height(t *node) int64 {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.left), height(t.right))
}

func run(n int64) {
	var t *node
	x := int64(12345)
	for range n {
		x = (x*1103515245 + 12345) % 2147483648
		t = insert(t, x%(n*4))
	}
	found := 0
	for i := range n {
		if contains(t, i*4) {
			found++
		}
	}
	fmt.Printf("%d inserts: %d found, sum %d, height %d\n", n, found, sum(t), height(t))
}

func main() {
	n := int64(300000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: bst [N]")
			os.Exit(2)
		}
	}
	run(n)
}
