namespace JThreading.Benchmarks;

/// <summary>
/// The "1,000 threads in flight" workload, one implementation for the BenchmarkDotNet suite, the cross-runtime script
/// and the <c>startjoin</c> comparison: <see cref="Count"/> threads started one after another, each blocking on one
/// shared gate that opens once the last has started (so all really are alive at once, as in the JVM and CPython
/// versions in benchmarks/cross-runtime), then all joined. Raw threads and JThreads wait through the same kind of
/// delegate, made once, so neither row allocates more than its thread.
/// </summary>
/// <remarks>One run at a time: the gate is shared.</remarks>
internal static class InFlightThreads
{
    public const int Count = 1_000;

    private static ManualResetEventSlim s_gate = new();
    private static readonly ThreadStart s_waitStart = static () => s_gate.Wait();
    private static readonly Action s_wait = static () => s_gate.Wait();

    /// <summary>Raw <see cref="Thread"/>s.</summary>
    public static void RunRaw() =>
        Run(static () => new Thread(s_waitStart), static t => t.Start(), static t => t.Join());

    /// <summary>JThreads, each made from the waiting task by <paramref name="create"/> (default: <c>new JThread(task)</c>).</summary>
    public static void RunJThreads(Func<Action, JThread>? create = null) => Run<JThread>(
        create is null ? static () => new JThread(s_wait) : () => create(s_wait),
        static t => t.Start(),
        static t => t.Join());

    private static void Run<TThread>(Func<TThread> create, Action<TThread> start, Action<TThread> join)
    {
        var previous = s_gate;
        s_gate = new ManualResetEventSlim(initialState: false, spinCount: 0);
        previous.Dispose();
        var threads = new TThread[Count];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = create();
            start(threads[i]);
        }

        s_gate.Set();
        foreach (var thread in threads)
        {
            join(thread);
        }
    }
}
