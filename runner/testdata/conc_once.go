// sync.Once runs its function exactly once, however many goroutines call Do.
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	once  sync.Once
	loads int
	vals  map[string]string
}

func (c *Config) Get(k string) string {
	c.once.Do(func() {
		c.loads++
		c.vals = map[string]string{"host": "localhost", "port": "8080"}
	})
	return c.vals[k]
}

func main() {
	cfg := &Config{}
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				got[i] = cfg.Get("host")
			} else {
				got[i] = cfg.Get("port")
			}
		}()
	}
	wg.Wait()
	fmt.Println("loads:", cfg.loads)
	fmt.Println(got)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once.Do body, i =", i) })
	}
	calls := 0
	val := sync.OnceValue(func() int {
		calls++
		return 42
	})
	fmt.Println(val(), val(), val(), "calls:", calls)
	pair := sync.OnceValues(func() (string, error) { return "v", nil })
	s, err := pair()
	fmt.Println(s, err)
	hello := sync.OnceFunc(func() { fmt.Println("hello from OnceFunc") })
	hello()
	hello()
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("Do after a panicking Do runs again?", ran)
}
