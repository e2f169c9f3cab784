// sync.Once: the first Do's function happens before every Do returns.
package main

import "sync"

var (
	once   sync.Once
	config map[string]string
)

func load() {
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			_ = config["mode"]
		}()
	}
	wg.Wait()
	println("mode:", config["mode"])
}
