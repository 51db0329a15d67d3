"""The CPython side of benchmarks/cross-runtime/run.sh: the same workloads as the .NET and JVM sides, each the median
over batches of the time per operation. Prints "workload<TAB>cpython<TAB>value" lines (microseconds, or nanoseconds
for current-thread; for timed-park-50us the microseconds past the 50 µs asked for, here an Event's timed wait). CPython
has no interrupt, so interrupt-wake is left out; park/unpark is an Event hand-off.

    python3 cross_runtime.py [scale]
"""
import sys
import threading
import time

BATCHES = 9
CURRENT_THREAD_CALLS = 1 << 18


def measure(op, ops):
    start = time.perf_counter_ns()
    for _ in range(ops):
        op()
    return (time.perf_counter_ns() - start) / 1000.0 / ops


def report(workload, ops, op, per_batch=1, nanos=False, minus=0.0):
    """minus is taken off the figure (a timed wait's own length, leaving its overshoot)."""
    measure(op, ops)
    measure(op, ops)
    times = sorted(measure(op, ops) / per_batch for _ in range(BATCHES))
    median = (times[BATCHES // 2] - minus) * (1000.0 if nanos else 1.0)
    print(f"{workload}\tcpython\t{median:.4f}", flush=True)


def start_join():
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()


def in_flight():
    gate = threading.Event()
    threads = [threading.Thread(target=gate.wait) for _ in range(1000)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join()


class PingPong:
    """Two Events handed back and forth: the nearest CPython has to park/unpark."""

    def __init__(self):
        self.ping = threading.Event()
        self.pong = threading.Event()
        self.stop = False
        self.worker = threading.Thread(target=self.serve, daemon=True)
        self.worker.start()

    def serve(self):
        while True:
            self.ping.wait()
            self.ping.clear()
            if self.stop:
                return
            self.pong.set()

    def round_trip(self):
        self.ping.set()
        self.pong.wait()
        self.pong.clear()

    def close(self):
        self.stop = True
        self.ping.set()
        self.worker.join()


class WaitNotify:
    def __init__(self):
        self.cond = threading.Condition()
        self.worker_turn = False
        self.stop = False
        self.worker = threading.Thread(target=self.serve, daemon=True)
        self.worker.start()

    def serve(self):
        with self.cond:
            while True:
                while not self.worker_turn and not self.stop:
                    self.cond.wait()
                if self.stop:
                    return
                self.worker_turn = False
                self.cond.notify()

    def round_trip(self):
        with self.cond:
            self.worker_turn = True
            self.cond.notify()
            while self.worker_turn:
                self.cond.wait()

    def close(self):
        with self.cond:
            self.stop = True
            self.cond.notify()
        self.worker.join()


def current_thread_loop():
    current = threading.current_thread
    found = 0
    for _ in range(CURRENT_THREAD_CALLS):
        found += 0 if current() is None else 1
    return found


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    scaled = lambda n: max(1, int(n * scale))
    report("start-join", scaled(300), start_join)
    report("in-flight-1000", 1, in_flight, per_batch=1000)
    pp = PingPong()
    report("park-unpark", scaled(2000), pp.round_trip)
    pp.close()
    wn = WaitNotify()
    report("wait-notify", scaled(2000), wn.round_trip)
    wn.close()
    never = threading.Event()
    report("timed-park-50us", scaled(200), lambda: never.wait(50e-6), minus=50.0)
    report("current-thread", 1, current_thread_loop, per_batch=CURRENT_THREAD_CALLS, nanos=True)


if __name__ == "__main__":
    main()
