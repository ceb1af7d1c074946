package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"example.com/service/gen/api"
	"example.com/service/gen/tasks"
	"example.com/service/gen/text"
)

// newServer returns the service's handler, which keeps its tasks in store.
// The routes are Go's; most handlers are Vex:
//
//	GET, POST /tasks          api.Tasks, a Vex struct with a ServeHTTP method
//	GET /tasks/{id}           api.Tasks.Show, a Vex method
//	POST /tasks/{id}/done     complete, Go calling Vex methods that return Results
//	GET /stats                stats, Go awaiting a Vex async fn
//	GET /slug?title=...       slug, Go calling a Vex function
func newServer(store tasks.Store) http.Handler {
	h := api.Tasks{Store: store}
	mux := http.NewServeMux()
	mux.Handle("/tasks", h)
	mux.HandleFunc("GET /tasks/{id}", h.Show)
	mux.HandleFunc("POST /tasks/{id}/done", complete(store))
	mux.HandleFunc("GET /stats", stats(store))
	mux.HandleFunc("GET /slug", slug)
	return mux
}

// complete marks a task as done. The Vex methods return Results, which
// Unpack turns into Go's (T, error); the errors are the Vex error types
// themselves, which errors.As finds.
func complete(store tasks.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
		if err != nil {
			writeError(w, http.StatusBadRequest, tasks.Invalid{Field: "id", Reason: "is not a number"})
			return
		}
		t, err := store.Complete(id).Unpack()
		var missing tasks.NotFound
		switch {
		case errors.As(err, &missing):
			writeError(w, http.StatusNotFound, err)
		case err != nil:
			writeError(w, http.StatusInternalServerError, err)
		default:
			writeJSON(w, http.StatusOK, t)
		}
	}
}

// stats reports counts of the tasks. tasks.Summarize is an async Vex fn:
// AwaitContext waits for it under the request's context, and gives up when
// the client goes away.
func stats(store tasks.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s, err := tasks.Summarize(store).AwaitContext(r.Context())
		if err != nil {
			writeError(w, http.StatusServiceUnavailable, err)
			return
		}
		writeJSON(w, http.StatusOK, s)
	}
}

// slug shows the slug of a title.
func slug(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"slug": text.Slugify(r.URL.Query().Get("title"))})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, map[string]string{"error": err.Error()})
}
