// Package golden holds the golden tests of vex2go, which run the whole way
// from Vex source to a running program: vex2go, go vet, go build, and the
// program itself.
//
// Each case is a txtar archive, testdata/NAME.txtar (NAME made of lower-case
// letters, digits, "_" and "-"). Its comment, the text before the first
// file, says what the case is about: a line of its own that says what the
// case pins, then, after a blank line, any details. Its files are the
// inputs, any number of .vx files, in subdirectories too ("util/util.vx"
// is a package of its own), and the expectations:
//
//	-- out/FILE.vx.go --  the Go generated from FILE.vx; optional, but a case
//	                      that has one must have all
//	-- diagnostics --     what vex2go prints; a case that vex2go refuses
//	                      needs it, and so does a case with warnings
//	-- stdout --          what the program prints
//	-- stderr --          what the program prints on standard error, up to a
//	                      Go stack trace: a "goroutine " line and what follows
//	                      are cut off (default: nothing)
//	-- exit --            the program's exit status (default: 0)
//	-- gomod/PATH --      a file of a Go module the case's go: imports need,
//	                      such as gomod/example.com/greet/go.mod and
//	                      gomod/example.com/greet/greet.go
//
// The Go modules of gomod/ sections let a case import Go packages that are
// not in the standard library without the network: the module of the
// cases requires each module whose go.mod a case declares, at v0.0.0, and
// replaces it by its directory. Cases share that module, so a module path
// belongs to one case, or to cases that declare the same files.
//
// A case that vex2go refuses has no out/, stdout, stderr or exit sections.
//
// To add a case, write its comment and inputs, then run
//
//	go test ./golden -run TestGolden/NAME -update
//
// which fills in the expectations from what vex2go and the program do (to
// get out/ sections, add an empty one first), and read them. The flag
// -update rewrites the expectations of every case it runs, keeping the
// comment and the inputs; a reviewer reads the diff.
//
// The test builds vex2go once and runs it on the cases: once on the tree of
// the cases that it should accept without a diagnostic, as a user runs it
// on a tree of packages, and once on each of the others (and on each case,
// if the run of the tree prints anything or fails). It builds all the
// cases that vex2go accepts with one go build of one module, whose package
// cases/NAME holds case NAME, into one executable that runs the program
// of the case that $VEXGOLDEN_CASE names, vets that module once, while go
// build compiles it, and then runs each program, with a limit of 10
// seconds. The programs share one link, and they are compiled together in a
// few packages (merged/mN: each case's package-level functions, variables
// and constants renamed with a prefix of its own), so that the compiler
// compiles each instantiation of vexrt's generic types a few times rather
// than once for each case; go vet checks each package as vex2go wrote it,
// and a merge that fails to compile gives way to its cases' own packages,
// so that a failure is reported as the case's. The same go build and go vet compile and vet, in
// corpus/, the inputs of the corpora that TestAccepted tries, without
// linking them. The programs of the parse-agreement corpus (corpus_NAME)
// and of examples/ (example_NAME, which must print their stdout.golden)
// are cases too, which must build and run. The module and the executable stay in the user's cache
// directory (vex2go-golden, one directory for each checkout) from one run
// to the next, so that go build compiles again only the packages whose Go
// changed.
package golden
