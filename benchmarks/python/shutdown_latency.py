"""CPython's shutdown gap: from the last non-daemon thread's last action to the first line an atexit handler prints.

Run it many times in fresh processes (benchmarks/ShutdownLatency/measure.sh does): python3 shutdown_latency.py
Prints "us=<the handler began to run>" and then "written=<its first line was written>", in microseconds after the
stamp, as the .NET program does.
"""
import atexit
import threading
import time

last_action = 0


def micros(start, end):
    return round((end - start) / 1000)


def report():
    running = time.perf_counter_ns()
    stamp = last_action
    print(f"us={micros(stamp, running)}", flush=True)
    written = time.perf_counter_ns()
    print(f"written={micros(stamp, written)}", flush=True)


def last_non_daemon():
    global last_action
    # Sleeps first so that the main thread has long finished and the interpreter is already waiting when it ends.
    time.sleep(0.2)
    last_action = time.perf_counter_ns()


atexit.register(report)
threading.Thread(target=last_non_daemon, name="last non-daemon").start()
