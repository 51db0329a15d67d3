// The inherited-thread-locals lesson: a value that each thread has its own copy of, and that a new thread starts
// with, as its creator had it when the thread was constructed. java/InheritedThreadLocals.java is the same lesson in
// Java; python/inherited_thread_locals.py shows that Python has no such thing, and how to do it by hand.
using JThreading;

var user = new UserLocal();                    // inherited by new threads, through ChildValue
var plain = new ThreadLocal<string?>();        // .NET's (and Java's) plain thread local: a new thread starts empty

user.Set("alice");
plain.Value = "alice";

// 1. A child starts with ChildValue(parent's value); a plain thread local starts empty.
Run(new JThread(() =>
{
    Show();
    Run(new JThread(Show, "grandchild")); // the child is the grandchild's creator: ChildValue runs again
}, "child"));

// 2. The copy is taken when the thread is constructed, not when it starts.
var early = new JThread(Show, "early");
user.Set("bob");
Run(early);

// 3. A child that sets its own value does not change its creator's.
Run(new JThread(() =>
{
    user.Set("carol");
    Console.WriteLine($"changer: user = {user.Get()}");
}, "changer"));
Console.WriteLine($"main: user = {user.Get()}, plain = {plain.Value}");

// 4. A thread can be made without inherited values (Java's inheritInheritableThreadLocals = false).
Run(new JThread(null, Show, "loner", 0, inheritInheritableThreadLocals: false));

void Show() =>
    Console.WriteLine($"{JThread.CurrentThread().GetName()}: user = {user.Get() ?? "null"}, plain = {plain.Value ?? "null"}");

static void Run(JThread thread)
{
    thread.Start();
    thread.Join();
}

// Java's `new InheritableThreadLocal<>() { protected String childValue(String parent) {...} }`.
internal sealed class UserLocal : InheritableThreadLocal<string?>
{
    // Runs in the creating thread, while the new thread is constructed. Without it, the child gets the same value.
    protected override string? ChildValue(string? parentValue) => parentValue + " (inherited)";
}
