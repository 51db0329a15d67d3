"""The shutdown-hooks lesson in Python: code that runs when the program ends, and the exit code it ends with.

Python's hooks are atexit functions. They run when the program ends normally, on sys.exit() and on an uncaught
KeyboardInterrupt, but not on os._exit() (Java's halt) and not on SIGTERM, which kills Python on the spot unless a
handler is installed. So this version installs one handler for SIGINT and SIGTERM that exits with 128 + the signal's
number, as a JVM does. Run it with `python3 shutdown_hooks.py normal|exit|halt|wait`; ../Program.cs is the C# one.
"""
import atexit
import os
import signal
import sys
import threading

sys.stdout.reconfigure(line_buffering=True)  # print each line at once, even into a pipe, as Java and C# do


def hook():
    print("hook: running")


def on_signal(signum, frame):
    sys.exit(128 + signum)  # raises SystemExit in the main thread: atexit functions run, exit code 130 or 143


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("normal", "exit", "halt", "wait"):
        print("usage: shutdown_hooks.py normal|exit|halt|wait", file=sys.stderr)
        sys.exit(2)  # no hook registered yet

    atexit.register(hook)
    signal.signal(signal.SIGINT, on_signal)  # without it, Ctrl+C raises KeyboardInterrupt and prints a traceback
    signal.signal(signal.SIGTERM, on_signal)  # without it, SIGTERM ends Python at once and no hook runs

    mode = sys.argv[1]
    if mode == "normal":
        print("main: returning")  # the main thread (and every non-daemon thread) ends: hooks run, exit code 0
    elif mode == "exit":
        print("main: calling exit(3)")
        sys.exit(3)  # hooks run, exit code 3; from another thread sys.exit would only end that thread
        print("main: never printed")
    elif mode == "halt":
        print("main: calling halt(3)")
        os._exit(3)  # no hook runs, exit code 3; buffered output would be lost (line buffering saved it)
        print("main: never printed")
    elif mode == "wait":
        print("main: waiting for Ctrl+C or SIGTERM")
        threading.Event().wait()  # the signal handler runs in the main thread and ends this wait
