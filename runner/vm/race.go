package vm

// raceDetector is the happens-before race detector (see the race issue); the
// hooks below are where the VM reports synchronisation and memory accesses.
type raceDetector struct{}

func (m *Machine) raceGo(parent, child *Goroutine)                  {}
func (m *Machine) raceMapRead(g *Goroutine, mp *Map, line int32)    {}
func (m *Machine) raceMapWrite(g *Goroutine, mp *Map, line int32)   {}
func (m *Machine) raceAcquire(g *Goroutine, p *Value)               {}
func (m *Machine) raceRelease(g *Goroutine, p *Value)               {}
func (m *Machine) raceReleaseMerge(g *Goroutine, p *Value)          {}
func (m *Machine) raceChanSend(g *Goroutine, ch *Chan)              {}
func (m *Machine) raceChanRecv(g *Goroutine, ch *Chan)              {}
func (m *Machine) raceChanSendTo(sender, recv *Goroutine, ch *Chan) {}
func (m *Machine) raceChanClosedRecv(g *Goroutine, ch *Chan)        {}
func (m *Machine) raceChanClose(g *Goroutine, ch *Chan)             {}

func (m *Machine) raceAtomic(g *Goroutine, p *Value, write bool) {}
