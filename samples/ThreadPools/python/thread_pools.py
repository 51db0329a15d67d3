"""The executors lesson in Python: what a thread pool that is never shut down does to the end of the program.

Unlike Java's, Python's ThreadPoolExecutor does not keep the program running: when the main thread ends, Python
shuts every executor down, lets the queued work finish, and then exits. So `forgotten` ends here, where the Java
and C# versions run for ever. shutdown(wait=False) is Java's shutdown(); a `with` block is Java 19's
try-with-resources close(). Run it with `python3 thread_pools.py forgotten|shutdown|close`; ../Program.cs is the C# one.
"""
import concurrent.futures
import sys
import time

sys.stdout.reconfigure(line_buffering=True)  # print each line at once, even into a pipe, as Java and C# do


def task(number):
    time.sleep(0.2)
    print(f"task {number} done")


def submit_three_tasks(pool):
    # One worker runs the tasks in order; each takes 0.2 s, so main's line comes first unless main waits.
    for number in range(1, 4):
        pool.submit(task, number)


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) == 2 else ""
    if mode == "forgotten":
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        submit_three_tasks(pool)
        print("main: returning without shutdown()")  # Python finishes the queued tasks, then the program ends
    elif mode == "shutdown":
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
        submit_three_tasks(pool)
        pool.shutdown(wait=False)  # Java's shutdown(): no new tasks, the queued ones still run, no waiting
        print("main: returning after shutdown()")
    elif mode == "close":
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            submit_three_tasks(pool)
        # leaving the block called shutdown(wait=True): the queued tasks are done
        print("main: close() returned after the tasks")
    else:
        print("usage: thread_pools.py forgotten|shutdown|close", file=sys.stderr)
        sys.exit(2)
