"""The uncaught-exceptions lesson in Python: an exception that escapes a thread ends that thread, and the program lives on.

Python has one hook for every thread, threading.excepthook, and no thread groups. Java's order (the thread's own
handler, else its group, else the default handler, else a report) is written out below as one hook that looks at
the failing thread. Run it with `python3 uncaught_exceptions.py`; ../Program.cs is the same lesson in C#.
"""
import sys
import threading

sys.stdout.reconfigure(line_buffering=True)  # print each line at once, even into a pipe, as Java and C# do

default_handler = None  # Java's Thread.setDefaultUncaughtExceptionHandler


def fail():
    raise RuntimeError("something broke")


def thread_handler(thread, exception):
    print(f"thread handler: {thread.name} failed: {exception}")


def workers_group(thread, exception):
    print(f"group workers: {thread.name} failed: {exception}")


def default_report(thread, exception):
    print(f"default handler: {thread.name} failed: {exception}")


def dispatch(args):
    # Java's dispatch: the thread's handler, its group's, the default one, else the standard report.
    handler = getattr(args.thread, "handler", None) or getattr(args.thread, "group_handler", None) or default_handler
    if handler is None:
        threading.__excepthook__(args)  # "Exception in thread worker-1:" and the traceback, on standard error
    else:
        handler(args.thread, args.exc_value)


threading.excepthook = dispatch


def run(worker):
    # The hook runs on the dying thread before it counts as ended, so join() returns after the hook has printed.
    worker.start()
    worker.join()


# 1. Nobody listens: the report goes to standard error.
run(threading.Thread(target=fail, name="worker-1"))
print("main: worker-1 died, main goes on")

# 2. The thread's own handler (an attribute that the hook reads).
worker2 = threading.Thread(target=fail, name="worker-2")
worker2.handler = thread_handler
run(worker2)

# 3. The thread's "group".
worker3 = threading.Thread(target=fail, name="worker-3")
worker3.group_handler = workers_group
run(worker3)

# 4. The default handler.
default_handler = default_report
run(threading.Thread(target=fail, name="worker-4"))

# 5. A thread's own handler still comes first.
worker5 = threading.Thread(target=fail, name="worker-5")
worker5.handler = thread_handler
run(worker5)

print("main: five threads died, main is still running")
