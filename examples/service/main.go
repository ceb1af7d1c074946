// Command service is a small task tracker, and the example of a Go service
// that keeps its domain logic in Vex: the Go in this directory serves
// HTTP, and the packages under vex/ decide what a task is, check what
// clients send and answer the requests. vex2go turns them into the Go
// packages under gen/, which are committed, so that go build needs no
// vex2go; go generate rebuilds them after a change of the Vex:
//
//	go generate ./... && go build ./... && go test ./...
//
// Run the service with go run . and try it with
//
//	curl -d '{"title": "Buy milk", "tags": ["home"]}' localhost:8080/tasks
//	curl localhost:8080/tasks?tag=home
package main

//go:generate go tool vex2go ./vex -o ./gen

import (
	"flag"
	"log"
	"net/http"
	"time"

	"example.com/service/gen/tasks"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "the address to listen on")
	flag.Parse()
	srv := &http.Server{
		Addr:              *addr,
		Handler:           newServer(tasks.NewStore(time.Now)),
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("serving tasks on http://%s/tasks", *addr)
	log.Fatal(srv.ListenAndServe())
}
