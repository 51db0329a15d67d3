"""The daemon-threads lesson in Python: does a running thread keep the program alive once main has finished?

Run it with `python3 daemon_threads.py regular|daemon|inherit`; ../Program.cs is the same lesson in C#.
"""
import sys
import threading
import time


def regular():
    # A non-daemon thread keeps the process alive: main finishes, the thread goes on printing until you stop it.
    regular_thread = threading.Thread(target=print_forever, name="regularThread")
    regular_thread.start()
    time.sleep(3)
    say("Main thread exiting but program doesn't")


def daemon():
    # A daemon thread does not: once main finishes, the process ends and the daemon thread stops wherever it is.
    daemon_thread = threading.Thread(target=print_forever, name="daemonThread", daemon=True)  # before start()
    daemon_thread.start()
    time.sleep(3)
    say("Main thread exiting and program too")


def inherit():
    # A new thread takes its daemon status from the thread that creates it, so a daemon's child is a daemon too
    # and cannot hold the process open either.
    def create_child():
        child_thread = threading.Thread(target=print_forever, name="childThread")  # no daemon=: inherited
        say(f"daemonThread is daemon: {text(threading.current_thread().daemon)}")
        say(f"childThread is daemon: {text(child_thread.daemon)}")
        child_thread.start()

    daemon_thread = threading.Thread(target=create_child, name="daemonThread", daemon=True)
    daemon_thread.start()
    time.sleep(3)
    say("Main thread exiting and program too")


def print_forever():
    while True:
        say(f"{threading.current_thread().name} executing")
        time.sleep(1)


def say(line):
    # One write per line, flushed: print() writes the text and its newline separately, so two threads printing at
    # once could put two lines on one (a pipe is block-buffered, and a killed or ended process would lose the lines).
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def text(value):
    # Java's spelling of a boolean, so that the three versions of the lesson print the same lines.
    return "true" if value else "false"


if __name__ == "__main__":
    modes = {"regular": regular, "daemon": daemon, "inherit": inherit}
    if len(sys.argv) != 2 or sys.argv[1] not in modes:
        print("usage: daemon_threads.py regular|daemon|inherit", file=sys.stderr)
        sys.exit(2)
    modes[sys.argv[1]]()
