package lower

import "testing"

func TestGoName(t *testing.T) {
	tests := []struct {
		vex                  string
		unexported, exported string
	}{
		{"load_all", "loadAll", "LoadAll"},
		{"loadAll", "loadAll", "LoadAll"},
		{"MAX_SIZE", "maxSize", "MaxSize"},
		{"PI", "pi", "Pi"},
		{"E", "e", "E"},
		{"max_conns", "maxConns", "MaxConns"},
		{"user_id", "userID", "UserID"},
		{"id", "id", "ID"},
		{"ID", "id", "ID"},
		{"get_url", "getURL", "GetURL"},
		{"URL_PATH", "urlPath", "URLPath"},
		{"userId", "userId", "UserId"},
		{"Point", "point", "Point"},
		{"HTTPServer", "httpServer", "HTTPServer"},
		{"HttpServer", "httpServer", "HttpServer"},
		{"_private", "private", "Private"},
		{"vec_2d", "vec2d", "Vec2d"},
		{"_1", "_1", "X_1"},
		{"名前", "名前", "X名前"},
		{"_", "_", "_"},
		{"len", "len_", "Len"},
		{"type", "type_", "Type"},
		{"new", "new_", "New"},
		{"vexrt", "vexrt_", "Vexrt"},
		{"main", "main_", "Main"},
	}
	for _, tt := range tests {
		if got := goName(tt.vex, false); got != tt.unexported {
			t.Errorf("goName(%q, false) = %q, want %q", tt.vex, got, tt.unexported)
		}
		if got := goName(tt.vex, true); got != tt.exported {
			t.Errorf("goName(%q, true) = %q, want %q", tt.vex, got, tt.exported)
		}
	}
}

func TestMemberName(t *testing.T) {
	tests := []struct {
		vex            string
		export, method bool
		want           string
	}{
		{"max_conns", true, false, "MaxConns"},
		{"max_conns", false, false, "maxConns"},
		{"len", false, false, "len"},
		{"range", false, false, "range_"},
		{"String", false, true, "String"},
		{"ServeHTTP", false, true, "ServeHTTP"},
		{"Count", false, false, "count"},
		{"serve_http", true, true, "ServeHTTP"},
		{"toString", false, true, "toString"},
	}
	for _, tt := range tests {
		if got := memberName(tt.vex, tt.export, tt.method); got != tt.want {
			t.Errorf("memberName(%q, %v, %v) = %q, want %q", tt.vex, tt.export, tt.method, got, tt.want)
		}
	}
}

func TestNameSetClaimAll(t *testing.T) {
	s := nameSet{"taken": true}
	got := map[string]string{}
	set := func(vex string) func(string) { return func(n string) { got[vex] = n } }
	s.claimAll([]nameRequest{
		{want: "loadAll", exact: false, set: set("load_all")},
		{want: "loadAll", exact: true, set: set("loadAll")},
		{want: "taken", exact: true, set: set("taken")},
		{want: "loadAll", exact: false, set: set("LOAD_ALL")},
	})
	want := map[string]string{"loadAll": "loadAll", "load_all": "loadAll2", "LOAD_ALL": "loadAll3", "taken": "taken2"}
	for vex, n := range want {
		if got[vex] != n {
			t.Errorf("%s got %q, want %q", vex, got[vex], n)
		}
	}
}

// FuzzSpelledAsGo checks goName's fast path: a name that spelledAsGo
// accepts is one that mixedCaps leaves as it is.
func FuzzSpelledAsGo(f *testing.F) {
	for _, s := range []string{"x", "loadAll", "Point", "ID", "Id", "PI", "Pi", "userID", "HTTPServer", "x1", "_a", "a_b", "名", "Url", "URL", "a", "A", "Ab"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, name string, export bool) {
		if spelledAsGo(name, export) && mixedCaps(name, export) != name {
			t.Errorf("spelledAsGo(%q, %v), but mixedCaps gives %q", name, export, mixedCaps(name, export))
		}
	})
}
