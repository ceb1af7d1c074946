// Package editors holds the editor support of vex2go (editors/README.md);
// its test checks the files of the VS Code extension without npm.
package editors

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/vexlang/vex2go/frontend/syntax"
)

// readJSON decodes the JSON file at path into v.
func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// TestVSCodeManifest checks that package.json is JSON, declares the vex
// language for .vx files and names files that exist.
func TestVSCodeManifest(t *testing.T) {
	var manifest struct {
		Main        string
		Engines     struct{ VSCode string }
		Contributes struct {
			Languages []struct {
				ID            string
				Extensions    []string
				Configuration string
			}
			Grammars []struct {
				Language, ScopeName, Path string
			}
		}
		Dependencies map[string]string
	}
	readJSON(t, "vscode/package.json", &manifest)
	c := manifest.Contributes
	if len(c.Languages) != 1 || c.Languages[0].ID != "vex" || len(c.Languages[0].Extensions) != 1 || c.Languages[0].Extensions[0] != ".vx" {
		t.Errorf("languages: %+v", c.Languages)
	}
	if len(c.Grammars) != 1 || c.Grammars[0].Language != "vex" || c.Grammars[0].ScopeName != "source.vex" {
		t.Errorf("grammars: %+v", c.Grammars)
	}
	if manifest.Engines.VSCode == "" || manifest.Dependencies["vscode-languageclient"] == "" {
		t.Errorf("engines %q, dependencies %v", manifest.Engines.VSCode, manifest.Dependencies)
	}
	for _, path := range []string{manifest.Main, c.Languages[0].Configuration, c.Grammars[0].Path} {
		if _, err := os.Stat(filepath.Join("vscode", path)); err != nil {
			t.Errorf("package.json names %q: %v", path, err)
		}
	}
	var config map[string]any
	readJSON(t, "vscode/language-configuration.json", &config)
}

// TestVSCodeExtension checks the syntax of extension.js with node, when
// node is installed.
func TestVSCodeExtension(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	if out, err := exec.Command("node", "--check", "vscode/extension.js").CombinedOutput(); err != nil {
		t.Errorf("node --check extension.js: %v\n%s", err, out)
	}
}

// TestGrammar checks that the TextMate grammar is JSON, that its regular
// expressions compile (they keep to what Go's regexp, Oniguruma and
// JavaScript share), and that it highlights every keyword of the lexer.
func TestGrammar(t *testing.T) {
	var grammar map[string]any
	readJSON(t, "vscode/syntaxes/vex.tmLanguage.json", &grammar)
	if grammar["scopeName"] != "source.vex" {
		t.Errorf("scopeName %v", grammar["scopeName"])
	}
	var keywordREs []*regexp.Regexp
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(path+"/"+k, x)
			}
		case []any:
			for _, x := range v {
				walk(path, x)
			}
		case string:
			key := path[strings.LastIndex(path, "/")+1:]
			if key != "match" && key != "begin" && key != "end" {
				return
			}
			re, err := regexp.Compile(v)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return
			}
			if strings.HasPrefix(path, "/repository/keywords/") {
				keywordREs = append(keywordREs, re)
			}
		}
	}
	walk("", grammar)
	for tok := syntax.Token(0); tok < 255; tok++ {
		kw := tok.String()
		if !tok.IsKeyword() || strings.HasSuffix(kw, "!") {
			continue
		}
		found := false
		for _, re := range keywordREs {
			found = found || re.FindString(kw) == kw
		}
		if !found {
			t.Errorf("the keyword %s of the lexer is not highlighted by the grammar's keywords", kw)
		}
	}
}
