"""The inherited-thread-locals lesson in Python: a value each thread has its own copy of, that a new thread starts with.

Python has no InheritableThreadLocal. threading.local() is Java's plain ThreadLocal, and a contextvars.ContextVar
does not follow a new thread either: a new thread starts with an empty context, as the `loner` below shows, which
is Java's inheritInheritableThreadLocals = false (Python 3.14 adds Thread(context=...), and inherits by default
only in its free-threaded build). To inherit, copy the creator's context
by hand when the thread is made, and apply Java's childValue to it; inheriting_thread() does that.
Run it with `python3 inherited_thread_locals.py`; ../Program.cs is the same lesson in C#.
"""
import contextvars
import sys
import threading

sys.stdout.reconfigure(line_buffering=True)  # print each line at once, even into a pipe, as Java and C# do

user = contextvars.ContextVar("user", default=None)  # inherited only through inheriting_thread()
plain = threading.local()  # a plain thread local: a new thread starts empty


def child_value(parent_value):
    return f"{parent_value} (inherited)"


def inheriting_thread(target, name):
    context = contextvars.copy_context()  # now, while the thread is made, as Java copies at construction
    context.run(lambda: user.set(child_value(user.get())))
    return threading.Thread(target=context.run, args=(target,), name=name)


def show():
    print(f"{threading.current_thread().name}: user = {user.get()}, plain = {getattr(plain, 'value', None)}")


def run(thread):
    thread.start()
    thread.join()


def child():
    show()
    run(inheriting_thread(show, "grandchild"))  # the child creates it: child_value runs again


def changer():
    user.set("carol")
    print(f"changer: user = {user.get()}")


user.set("alice")
plain.value = "alice"

# 1. A child starts with child_value(parent's value); a plain thread local starts empty.
run(inheriting_thread(child, "child"))

# 2. The copy is taken when the thread is made, not when it starts.
early = inheriting_thread(show, "early")
user.set("bob")
run(early)

# 3. A child that sets its own value does not change its creator's.
run(inheriting_thread(changer, "changer"))
print(f"main: user = {user.get()}, plain = {plain.value}")

# 4. A plain threading.Thread inherits nothing: its context starts empty.
run(threading.Thread(target=show, name="loner"))
