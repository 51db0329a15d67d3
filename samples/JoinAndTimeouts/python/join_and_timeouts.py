"""The join lesson in Python: waiting for a thread to end, with and without a timeout, and what a timeout of zero means.

Run it with `python3 join_and_timeouts.py`; ../Program.cs is the same lesson in C#.
"""
import sys
import threading
import time

sys.stdout.reconfigure(line_buffering=True)  # print each line at once, even into a pipe, as Java and C# do


def work():
    time.sleep(1.5)
    print("worker: done")


worker = threading.Thread(target=work, name="worker")
worker.start()

# join(timeout) waits at most that long (in seconds) and returns None: ask is_alive() afterwards.
worker.join(0.2)
print(f"join(200): worker alive: {worker.is_alive()}")

# Python has no join that reports whether the thread ended: is_alive() is the answer, as in Java's join(millis).
worker.join(0.2)
ended = not worker.is_alive()
print(f"join(200 ms as a duration) says it ended: {ended}")

# A zero timeout does not wait at all. Careful: this is join(0), which in Java waits for ever.
worker.join(0)
print(f"join(zero duration): worker alive: {worker.is_alive()}")

# No timeout (join() or join(None)) waits for ever; this is what Java spells join(0).
worker.join()
print(f"join(0): worker alive: {worker.is_alive()}")

# Joining a thread that has ended returns at once, as often as you like.
worker.join()
print("join() after the end: returns at once")
