// Growing appends inside std code (os.WriteFile's in-memory file,
// strings.Builder, strconv.AppendInt) whose functions return at once: the
// detector records the new elements' writes before the frame that holds
// them is reused, and finds no race where Go's -race finds none.
package main

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		shared strings.Builder
	)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b strings.Builder
			for j := 0; j < 20; j++ {
				b.WriteString(strconv.Itoa(i * j))
			}
			name := os.TempDir() + "/race-" + strconv.Itoa(i)
			if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
				println(err.Error())
			}
			mu.Lock()
			shared.Write(strconv.AppendInt(nil, int64(i), 10))
			mu.Unlock()
		}()
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	data, _ := os.ReadFile(os.TempDir() + "/race-2")
	println(len(data), shared.Len())
}
