"""The wait/notify lesson in Python: a bounded buffer shared by two producers and two consumers.

A producer waits while the buffer is full, a consumer while it is empty, and every change wakes all the waiters so
they check again. Java's monitor (synchronized, wait, notifyAll) is a threading.Condition here.
Run it with `python3 wait_notify.py`; ../Program.cs is the same lesson in C#.
"""
import collections
import sys
import threading

sys.stdout.reconfigure(line_buffering=True)  # print each line at once, even into a pipe, as Java and C# do

PER_THREAD = 10


class BoundedBuffer:
    def __init__(self, capacity):
        self._items = collections.deque()
        self._capacity = capacity
        self._changed = threading.Condition()  # a lock and its wait set, as a Java object's monitor
        self.largest_size = 0

    def put(self, item):
        with self._changed:  # Java's synchronized
            while len(self._items) == self._capacity:
                self._changed.wait()  # always in a loop: a woken thread must check again (another may have been first)
            self._items.append(item)
            self.largest_size = max(self.largest_size, len(self._items))
            self._changed.notify_all()  # all: with one notify() a producer could wake another producer, and both wait

    def take(self):
        with self._changed:
            while not self._items:
                self._changed.wait()
            item = self._items.popleft()
            self._changed.notify_all()
            return item


buffer = BoundedBuffer(2)
taken = [[], []]


def produce(first):
    for item in range(first, first + PER_THREAD):
        buffer.put(item)


def consume(mine):
    for _ in range(PER_THREAD):
        mine.append(buffer.take())


threads = [threading.Thread(target=produce, args=(p * PER_THREAD + 1,), name=f"producer-{p + 1}") for p in range(2)]
threads += [threading.Thread(target=consume, args=(taken[c],), name=f"consumer-{c + 1}") for c in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"consumer-1 took {len(taken[0])} items")
print(f"consumer-2 took {len(taken[1])} items")
print(f"each of 1..20 taken exactly once: {sorted(taken[0] + taken[1]) == list(range(1, 2 * PER_THREAD + 1))}")
print(f"never more than 2 items inside: {buffer.largest_size <= 2}")
