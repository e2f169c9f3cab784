// A worker pool: jobs fan out to workers, results are collected and sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	Job    int
	Worker int
	Value  int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan int)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- Result{j, w, collatzSteps(j)}
			}
		}()
	}
	go func() {
		for j := 1; j <= 20; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Job < all[j].Job })
	for _, r := range all {
		fmt.Printf("job %2d -> %3d steps\n", r.Job, r.Value)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("results:", len(all), "counted per worker:", total, "workers used <= 4:", len(perWorker) <= 4)
}
