package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"example.com/service/gen/tasks"
	"example.com/service/gen/text"
)

// clock returns a clock that starts at a fixed time and ticks a minute at
// each call, so that the tasks of a test are created in order.
func clock() func() time.Time {
	t := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Minute)
		return t
	}
}

// do sends a request to the service and decodes its JSON answer into out,
// returning the status.
func do(t *testing.T, srv *httptest.Server, method, path, body string, out any) int {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("%s %s: %v in %q", method, path, err, data)
		}
	}
	return resp.StatusCode
}

func TestService(t *testing.T) {
	srv := httptest.NewServer(newServer(tasks.NewStore(clock())))
	defer srv.Close()

	// POST /tasks goes to a Vex struct's ServeHTTP, which decodes the
	// JSON draft with the rules of the Vex package tasks.
	var milk tasks.Task
	if got := do(t, srv, "POST", "/tasks", `{"title": " Buy milk, eggs! ", "tags": ["Home", "shop", "home", " "]}`, &milk); got != http.StatusCreated {
		t.Fatalf("POST /tasks: status %d", got)
	}
	want := tasks.Task{ID: 1, Title: "Buy milk, eggs!", Slug: "buy-milk-eggs", Tags: []string{"home", "shop"},
		Created: time.Date(2025, 3, 1, 9, 1, 0, 0, time.UTC)}
	if !equalTasks(milk, want) {
		t.Errorf("POST /tasks = %+v, want %+v", milk, want)
	}
	var call tasks.Task
	do(t, srv, "POST", "/tasks", `{"title": "Call Ann", "tags": ["work"]}`, &call)
	do(t, srv, "POST", "/tasks", `{"title": "Water plants", "tags": ["home"]}`, nil)

	var failure struct{ Error string }
	for _, tt := range []struct{ body, err string }{
		{`{"title": "   "}`, "title is empty"},
		{`{"title": "` + strings.Repeat("x", 81) + `"}`, "title is longer than 80 bytes"},
		{`{"title": 7}`, "body is not a JSON draft"},
	} {
		if got := do(t, srv, "POST", "/tasks", tt.body, &failure); got != http.StatusBadRequest || !strings.HasPrefix(failure.Error, tt.err) {
			t.Errorf("POST /tasks %s: status %d, error %q, want 400 and %q", tt.body, got, failure.Error, tt.err)
		}
	}

	// POST /tasks/{id}/done is Go, which reads the Vex Result with Unpack
	// and tells the Vex error types apart with errors.As.
	var done tasks.Task
	if got := do(t, srv, "POST", "/tasks/2/done", "", &done); got != http.StatusOK || !done.Done || done.Title != "Call Ann" {
		t.Errorf("POST /tasks/2/done: status %d, %+v", got, done)
	}
	if got := do(t, srv, "POST", "/tasks/9/done", "", &failure); got != http.StatusNotFound || failure.Error != "no task 9" {
		t.Errorf("POST /tasks/9/done: status %d, error %q", got, failure.Error)
	}

	// GET /tasks and GET /tasks/{id} are Vex.
	var list []tasks.Task
	do(t, srv, "GET", "/tasks", "", &list)
	if got := titles(list); got != "Buy milk, eggs!|Water plants|Call Ann" {
		t.Errorf("GET /tasks = %s, want the open tasks oldest first, then the done one", got)
	}
	do(t, srv, "GET", "/tasks?tag=home", "", &list)
	if got := titles(list); got != "Buy milk, eggs!|Water plants" {
		t.Errorf("GET /tasks?tag=home = %s", got)
	}
	var one tasks.Task
	if got := do(t, srv, "GET", "/tasks/1", "", &one); got != http.StatusOK || !equalTasks(one, want) {
		t.Errorf("GET /tasks/1: status %d, %+v", got, one)
	}
	if got := do(t, srv, "GET", "/tasks/x", "", &failure); got != http.StatusBadRequest || failure.Error != "id is not a number" {
		t.Errorf("GET /tasks/x: status %d, error %q", got, failure.Error)
	}
	if got := do(t, srv, "GET", "/tasks/4", "", &failure); got != http.StatusNotFound {
		t.Errorf("GET /tasks/4: status %d", got)
	}
	if got := do(t, srv, "DELETE", "/tasks", "", nil); got != http.StatusMethodNotAllowed {
		t.Errorf("DELETE /tasks: status %d", got)
	}

	// GET /stats awaits a Vex async fn from Go.
	var stats tasks.Stats
	do(t, srv, "GET", "/stats", "", &stats)
	if stats.Total != 3 || stats.Done != 1 || stats.OpenByTag["home"] != 2 || stats.OpenByTag["shop"] != 1 || stats.OldestOpen != "Buy milk, eggs!" {
		t.Errorf("GET /stats = %+v", stats)
	}

	var slug struct{ Slug string }
	do(t, srv, "GET", "/slug?title=Hello,+World", "", &slug)
	if slug.Slug != "hello-world" {
		t.Errorf("GET /slug = %q", slug.Slug)
	}
}

// TestGoAPI uses the generated packages as any Go packages: their
// functions, their Results as (T, error), and an async fn under a context.
func TestGoAPI(t *testing.T) {
	if got := text.NormalizeTags([]string{" B", "a", "b", ""}); strings.Join(got, ",") != "a,b" {
		t.Errorf("NormalizeTags = %q", got)
	}
	_, err := tasks.Decode([]byte(`{"title": ""}`)).Unpack()
	var invalid tasks.Invalid
	if !errors.As(err, &invalid) || invalid.Field != "title" {
		t.Errorf("Decode of an empty title: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := tasks.Summarize(tasks.NewStore(time.Now)).AwaitContext(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Summarize under a cancelled context: %v", err)
	}
}

func equalTasks(a, b tasks.Task) bool {
	return a.ID == b.ID && a.Title == b.Title && a.Slug == b.Slug && strings.Join(a.Tags, ",") == strings.Join(b.Tags, ",") &&
		a.Done == b.Done && a.Created.Equal(b.Created)
}

func titles(ts []tasks.Task) string {
	var s []string
	for _, t := range ts {
		s = append(s, t.Title)
	}
	return strings.Join(s, "|")
}
