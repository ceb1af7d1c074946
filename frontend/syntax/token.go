package syntax

// Token is a lexical token kind.
type Token uint8

//go:generate stringer -type Token -linecomment
const (
	ILLEGAL Token = iota // ILLEGAL
	EOF                  // EOF
	COMMENT              // comment
	DOC                  // doc comment

	// Literals and names.
	IDENT   // identifier
	INT     // integer literal
	FLOAT   // float literal
	CHAR    // char literal
	STRING  // string literal
	FSTRING // f-string
	LABEL   // label

	// Operators and punctuation.
	ADD    // +
	SUB    // -
	MUL    // *
	QUO    // /
	REM    // %
	POW    // **
	AND    // &
	OR     // |
	XOR    // ^
	SHL    // <<
	SHR    // >>
	TILDE  // ~
	NOT    // !
	LAND   // &&
	LOR    // ||
	ARROW  // <-
	QQ     // ??
	RESCUE // !>

	ASSIGN     // =
	ADD_ASSIGN // +=
	SUB_ASSIGN // -=
	MUL_ASSIGN // *=
	QUO_ASSIGN // /=
	REM_ASSIGN // %=
	AND_ASSIGN // &=
	OR_ASSIGN  // |=
	XOR_ASSIGN // ^=
	SHL_ASSIGN // <<=
	SHR_ASSIGN // >>=

	EQL // ==
	NEQ // !=
	LSS // <
	LEQ // <=
	GTR // >
	GEQ // >=

	ANDMUT    // &!
	FATARROW  // =>
	THINARROW // ->
	QUESTION  // ?
	COLON     // :
	COLON2    // ::
	RANGE     // ..
	RANGEINCL // ..=
	ELLIPSIS  // ...
	DOT       // .
	COMMA     // ,
	SEMICOLON // ;
	LPAREN    // (
	RPAREN    // )
	LBRACK    // [
	RBRACK    // ]
	LBRACE    // {
	RBRACE    // }
	AT        // @
	HASH      // #
	DOLLAR    // $
	BACKTICK  // template literal

	// Vector operators (spec section 3).
	VSHL    // <<<
	VSHR    // >>>
	VMIN    // <?
	VMAX    // >?
	SATADD  // +|
	SATSUB  // -|
	SUMRED  // <+
	PRODRED // <*
	MINRED  // <?|
	MAXRED  // >?|
	ANDRED  // <&
	ORRED   // <|

	// Out-of-scope vector operators, recognised so that they can be refused by name.
	FMA       // *+
	CROSS     // ><
	MATMUL    // <*>
	TRANSPOSE // '

	// The operators of op[] and op[]= methods, which are not tokens.
	INDEX    // []
	INDEXSET // []=

	keywordBeg
	FN       // fn
	LET      // let
	LETMUT   // let!
	CONST    // const
	STRUCT   // struct
	ENUM     // enum
	CONTRACT // contract
	IF       // if
	ELSE     // else
	ELIF     // elif
	FOR      // for
	WHILE    // while
	LOOP     // loop
	MATCH    // match
	RETURN   // return
	BREAK    // break
	CONTINUE // continue
	DEFER    // defer
	GO       // go
	ASYNC    // async
	AWAIT    // await
	IMPORT   // import
	EXPORT   // export
	FROM     // from
	AS       // as
	TYPE     // type
	SELECT   // select
	TRUE     // true
	FALSE    // false
	NIL      // nil
	SELF     // self
	SELFTYPE // Self
	PUBLIC   // public
	PRIVATE  // private
	READONLY // readonly
	IN       // in
	keywordEnd
)

var keywords map[string]Token

func init() {
	keywords = make(map[string]Token, keywordEnd-keywordBeg)
	for t := keywordBeg + 1; t < keywordEnd; t++ {
		if t != LETMUT {
			keywords[t.String()] = t
		}
	}
}

// Lookup maps an identifier to its keyword token, or IDENT.
func Lookup(ident string) Token {
	if t, ok := keywords[ident]; ok {
		return t
	}
	return IDENT
}

// IsKeyword reports whether t is a keyword.
func (t Token) IsKeyword() bool { return keywordBeg < t && t < keywordEnd }
