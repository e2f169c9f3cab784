// sync.Cond: a bounded queue where producers wait for room and consumers for items.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	limit    int
}

func NewQueue(limit int) *Queue {
	q := &Queue{limit: limit}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.limit {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := NewQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				q.Put(p*10 + i)
			}
		}()
	}
	var got []int
	for i := 0; i < 12; i++ {
		got = append(got, q.Take())
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var waiters sync.WaitGroup
	woken := 0
	for i := 0; i < 4; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	waiters.Wait()
	fmt.Println("woken by broadcast:", woken)
}
