using System.Runtime.CompilerServices;

namespace JThreading.Tests.Host;

public static partial class Scenarios
{
    /// <summary>A non-daemon JThread throws while a plain Main returns: Java's report on stderr, exit code 0.</summary>
    public static int UncaughtInPlainMain(string[] args)
    {
        new JThread(UncaughtSupport.Throw, "worker").Start();
        Say("main returning");
        return 0;
    }

    /// <summary>
    /// Who gets the exception, by what is installed (args[0]): <c>thread</c> = thread handler, group override and
    /// default handler; <c>group</c> = group override and default handler; <c>default</c> = default handler only;
    /// <c>none</c> = nothing, so the root group prints.
    /// </summary>
    public static int UncaughtPrecedence(string[] args)
    {
        var installed = args[0];
        if (installed != "none")
        {
            JThread.SetDefaultUncaughtExceptionHandler((t, e) => UncaughtSupport.Report("default", t, e));
        }

        var group = installed is "thread" or "group" ? new UncaughtSupport.ReportingGroup("reporting") : new JThreadGroup("plain");
        var worker = new JThread(group, UncaughtSupport.Throw, "worker");
        if (installed == "thread")
        {
            worker.SetUncaughtExceptionHandler((t, e) => UncaughtSupport.Report("thread", t, e));
        }

        worker.Start();
        worker.Join();
        Say($"joined, alive: {worker.IsAlive()}");
        return 0;
    }

    /// <summary>The handler chosen by args[0] (<c>thread</c>, <c>group</c> or <c>default</c>) throws an ArgumentException.</summary>
    public static int UncaughtThrowingHandler(string[] args)
    {
        var where = args[0];
        UncaughtExceptionHandler throwing = static (_, _) => throw new ArgumentException("handler failed");
        if (where == "default")
        {
            JThread.SetDefaultUncaughtExceptionHandler(throwing);
        }

        var group = where == "group" ? new UncaughtSupport.ThrowingGroup("throwing") : new JThreadGroup("plain");
        var worker = new JThread(group, UncaughtSupport.Throw, "worker");
        if (where == "thread")
        {
            worker.SetUncaughtExceptionHandler(throwing);
        }

        worker.Start();
        worker.Join();
        Say($"joined, alive: {worker.IsAlive()}");
        return 0;
    }

    /// <summary>Get/SetDefaultUncaughtExceptionHandler round trip; after a reset to null the root group prints again.</summary>
    public static int UncaughtDefaultHandlerRoundTrip(string[] args)
    {
        Say($"initially null: {JThread.GetDefaultUncaughtExceptionHandler() is null}");
        UncaughtExceptionHandler handler = (t, e) => UncaughtSupport.Report("default", t, e);
        JThread.SetDefaultUncaughtExceptionHandler(handler);
        Say($"same after set: {ReferenceEquals(handler, JThread.GetDefaultUncaughtExceptionHandler())}");
        UncaughtSupport.RunToEnd(new JThread(UncaughtSupport.Throw, "first"));

        JThread.SetDefaultUncaughtExceptionHandler(null);
        Say($"null after reset: {JThread.GetDefaultUncaughtExceptionHandler() is null}");
        UncaughtSupport.RunToEnd(new JThread(UncaughtSupport.Throw, "second"));
        Say("done");
        return 0;
    }

    /// <summary>
    /// A default handler given as an object (Java's class implementing UncaughtExceptionHandler): the getter returns a
    /// delegate whose Target is the object; then one that throws, which is reported as Java reports it.
    /// </summary>
    public static int UncaughtDefaultHandlerObject(string[] args)
    {
        var handler = new ReportingHandler();
        JThread.SetDefaultUncaughtExceptionHandler(handler);
        Say($"target is the object: {ReferenceEquals(handler, JThread.GetDefaultUncaughtExceptionHandler()?.Target)}");
        UncaughtSupport.RunToEnd(new JThread(UncaughtSupport.Throw, "first"));

        JThread.SetDefaultUncaughtExceptionHandler(new ThrowingHandler());
        UncaughtSupport.RunToEnd(new JThread(UncaughtSupport.Throw, "second"));

        JThread.SetDefaultUncaughtExceptionHandler((IUncaughtExceptionHandler?)null);
        Say($"null after reset: {JThread.GetDefaultUncaughtExceptionHandler() is null}");
        Say("done");
        return 0;
    }

    private sealed class ReportingHandler : IUncaughtExceptionHandler
    {
        public void UncaughtException(JThread t, Exception e) => UncaughtSupport.Report("object", t, e);
    }

    private sealed class ThrowingHandler : IUncaughtExceptionHandler
    {
        public void UncaughtException(JThread t, Exception e) => throw new ArgumentException("handler failed");
    }

    /// <summary>
    /// Standard error is redirected to a closed writer, so the report and the report of the failed report both throw
    /// ObjectDisposedException: the process must still live (args[0] = <c>print</c> for the root group's printing,
    /// <c>handler</c> for a throwing handler).
    /// </summary>
    public static int UncaughtWithClosedStandardError(string[] args)
    {
        var closed = new StringWriter();
        closed.Dispose();
        Console.SetError(closed);
        var worker = new JThread(UncaughtSupport.Throw, "worker");
        if (args[0] == "handler")
        {
            worker.SetUncaughtExceptionHandler(static (_, _) => throw new ArgumentException("handler failed"));
        }

        worker.Start();
        worker.Join();
        Say($"joined, alive: {worker.IsAlive()}");
        return 0;
    }

    /// <summary>JThread.DumpStack from three nested calls on the main thread.</summary>
    public static int DumpStackFromNestedCalls(string[] args)
    {
        UncaughtSupport.DumpOuter();
        Say("after dump");
        return 0;
    }

    /// <summary>JThreadGroup.List of a small tree: top (thread t1) > sub, maxpri 7 (thread t2) > leaf.</summary>
    public static int GroupList(string[] args)
    {
        var top = new JThreadGroup("top");
        var sub = new JThreadGroup(top, "sub");
        var leaf = new JThreadGroup(sub, "leaf");
        sub.SetMaxPriority(7);
        using var release = new ManualResetEventSlim();
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        var t1 = new JThread(top, () => release.Wait(), "t1");
        var t2 = new JThread(sub, () => release.Wait(), "t2");
        #pragma warning restore JT0006
        t1.Start();
        t2.Start();
        top.List();
        release.Set();
        t1.Join();
        t2.Join();
        GC.KeepAlive(leaf);
        return 0;
    }

    /// <summary>
    /// The main thread and an adopted .NET thread are in the <c>main</c> group and counted while alive; so is a
    /// running JThread; each drops out when it ends.
    /// </summary>
    public static int MainGroupMembers(string[] args)
    {
        var main = JThread.CurrentThread();
        var group = main.GetThreadGroup()!;
        Say($"main group: {group}");
        Say($"its parent: {group.GetParent()}");
        Say($"alone: {UncaughtSupport.Members()}");

        using var release = new ManualResetEventSlim();
        using var adopted = new ManualResetEventSlim();
        var raw = new Thread(() =>
        {
            JThread.CurrentThread();
            adopted.Set();
            release.Wait();
        }) { Name = "raw" };
        raw.Start();
        adopted.Wait();
        #pragma warning disable JT0006 // on purpose: a .NET wait the test ends itself (gate set, or time up); nothing interrupts this thread
        var worker = new JThread(() => release.Wait(), "worker");
        #pragma warning restore JT0006
        worker.Start();
        Say($"with others: {UncaughtSupport.Members()}");

        release.Set();
        raw.Join();
        worker.Join();
        Say($"after they ended: {UncaughtSupport.Members()}");
        return 0;
    }

    /// <summary>Parts of the uncaught-exception and group scenarios; nested so names cannot clash with other areas.</summary>
    private static class UncaughtSupport
    {
        internal static void Throw() => throw new InvalidOperationException("boom");

        internal static void Report(string who, JThread thread, Exception exception) =>
            Say($"{who} handler: thread {thread.GetName()}, on {JThread.CurrentThread().GetName()}, {exception.GetType().Name}: {exception.Message}");

        internal static void RunToEnd(JThread thread)
        {
            thread.Start();
            thread.Join();
        }

        /// <summary>Count and names of the current thread's group, as JThread's statics see them.</summary>
        internal static string Members()
        {
            var threads = new JThread[16];
            var n = JThread.Enumerate(threads);
            return $"{JThread.ActiveCount()} [{string.Join(", ", threads.Take(n).Select(t => t.GetName()))}]";
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        internal static void DumpOuter() => DumpMiddle();

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void DumpMiddle() => DumpInner();

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void DumpInner() => JThread.DumpStack();

        internal sealed class ReportingGroup(string name) : JThreadGroup(name)
        {
            public override void UncaughtException(JThread thread, Exception exception) => Report("group", thread, exception);
        }

        internal sealed class ThrowingGroup(string name) : JThreadGroup(name)
        {
            public override void UncaughtException(JThread thread, Exception exception) =>
                throw new ArgumentException("group handler failed");
        }
    }
}
