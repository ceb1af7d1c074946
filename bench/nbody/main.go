// Nbody is the n-body simulation of the Computer Language Benchmarks Game,
// with vectors and bodies as structs with methods: the Go twin of
// nbody.vx.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

type vec3 struct{ x, y, z float64 }

func (v vec3) plus(o vec3) vec3     { return vec3{v.x + o.x, v.y + o.y, v.z + o.z} }
func (v vec3) minus(o vec3) vec3    { return vec3{v.x - o.x, v.y - o.y, v.z - o.z} }
func (v vec3) scale(k float64) vec3 { return vec3{v.x * k, v.y * k, v.z * k} }
func (v vec3) dot(o vec3) float64   { return v.x*o.x + v.y*o.y + v.z*o.z }

type body struct {
	pos, vel vec3
	mass     float64
}

func newBody(pos, vel vec3, mass float64) body {
	return body{pos, vel.scale(daysPerYear), mass * solarMass}
}

func (b *body) kinetic() float64 { return 0.5 * b.mass * b.vel.dot(b.vel) }

func (b *body) drift(dt float64) { b.pos = b.pos.plus(b.vel.scale(dt)) }

type system struct {
	bodies []body
}

func newSystem() system {
	bodies := []body{
		newBody(vec3{0, 0, 0}, vec3{0, 0, 0}, 1),
		newBody(
			vec3{4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01},
			vec3{1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05},
			9.54791938424326609e-04,
		),
		newBody(
			vec3{8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01},
			vec3{-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05},
			2.85885980666130812e-04,
		),
		newBody(
			vec3{1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01},
			vec3{2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05},
			4.36624404335156298e-05,
		),
		newBody(
			vec3{1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01},
			vec3{2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05},
			5.15138902046611451e-05,
		),
	}
	var momentum vec3
	for _, b := range bodies {
		momentum = momentum.plus(b.vel.scale(b.mass))
	}
	bodies[0].vel = momentum.scale(-1 / solarMass)
	return system{bodies}
}

func (s *system) energy() float64 {
	var e float64
	for i := range s.bodies {
		b := &s.bodies[i]
		e += b.kinetic()
		for j := i + 1; j < len(s.bodies); j++ {
			o := &s.bodies[j]
			d := b.pos.minus(o.pos)
			e -= b.mass * o.mass / math.Sqrt(d.dot(d))
		}
	}
	return e
}

func (s *system) advance(dt float64) {
	bs := s.bodies
	for i := range bs {
		for j := i + 1; j < len(bs); j++ {
			d := bs[i].pos.minus(bs[j].pos)
			d2 := d.dot(d)
			mag := dt / (d2 * math.Sqrt(d2))
			bs[i].vel = bs[i].vel.minus(d.scale(bs[j].mass * mag))
			bs[j].vel = bs[j].vel.plus(d.scale(bs[i].mass * mag))
		}
	}
	for i := range bs {
		bs[i].drift(dt)
	}
}

// display formats f as Vex displays a float: six decimals, trailing zeros
// trimmed down to one.
func display(f float64) string {
	s := strconv.FormatFloat(f, 'f', 6, 64)
	t := strings.TrimRight(s, "0")
	if strings.HasSuffix(t, ".") {
		t += "0"
	}
	return t
}

func run(n int64) {
	s := newSystem()
	fmt.Println(display(s.energy()))
	for range n {
		s.advance(0.01)
	}
	fmt.Println(display(s.energy()))
}

func main() {
	n := int64(15_000_000)
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.ParseInt(os.Args[1], 10, 64); err != nil {
			fmt.Fprintln(os.Stderr, "usage: nbody [N]")
			os.Exit(2)
		}
	}
	run(n)
}
