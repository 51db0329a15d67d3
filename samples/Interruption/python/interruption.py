"""The interruption lesson in Python: one thread asks another to stop.

Python has no Thread.interrupt(): nothing can wake a thread from time.sleep() or Condition.wait(), and a thread
cannot be stopped from outside. So the stop request has to be something the thread waits on: a threading.Event
replaces the sleep, a flag under the Condition wakes the wait, and the busy loop polls the Event, as Java's polls
its interrupted flag. Run it with `python3 interruption.py`; ../Program.cs is the same lesson in C#.
"""
import sys
import threading
import time

sys.stdout.reconfigure(line_buffering=True)  # print each line at once, even into a pipe, as Java and C# do

gate = threading.Condition()


def sleeper(stop):
    print("sleeper: going to sleep for a minute")
    if stop.wait(60):  # instead of time.sleep(60), which nothing could cut short; True when stop was set
        print("sleeper: interrupted while sleeping")
    else:
        print("sleeper: slept the whole minute")


def waiter(stop):
    print("waiter: waiting for a notify that never comes")
    with gate:
        while not stop.is_set():  # the stop request is part of the condition waited for
            gate.wait()
    print("waiter: interrupted while waiting")


def spinner(stop):
    print("spinner: busy until interrupted")
    rounds = 0
    while not stop.is_set():  # poll the request, as Java polls isInterrupted()
        rounds += 1
    print("spinner: saw its interrupted flag and stopped")


def stop_and_join(body, name):
    stop = threading.Event()
    worker = threading.Thread(target=body, args=(stop,), name=name)
    worker.start()
    time.sleep(0.2)  # time to get to the sleep or wait; a request that comes first is seen there at once
    with gate:  # Java's interrupt() wakes a monitor wait by itself; here the waker must notify the Condition
        stop.set()
        gate.notify_all()
    worker.join()


started = time.monotonic()
stop_and_join(sleeper, "sleeper")
stop_and_join(waiter, "waiter")
stop_and_join(spinner, "spinner")
print(f"main: all three stopped early: {time.monotonic() - started < 30}")
