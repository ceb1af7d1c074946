package lower

import "strconv"

func quote(s string) string { return strconv.Quote(s) }

func isStringLit(l *Lit) bool { return len(l.Value) > 0 && l.Value[0] == '"' }

func unquote(s string) string {
	u, err := strconv.Unquote(s)
	if err != nil {
		return s
	}
	return u
}
