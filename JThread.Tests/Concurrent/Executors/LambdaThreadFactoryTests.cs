using System.Collections.Concurrent;
using JThreading.Concurrent;

namespace JThreading.Tests.Concurrent;

/// <summary>
/// The <c>Func&lt;Action, JThread&gt;</c> overloads: Java passes <c>r -&gt; new Thread(r)</c> where a
/// <c>ThreadFactory</c> is taken, and the port passes the same lambda. A bare <see langword="null"/> still picks the
/// <see cref="IThreadFactory"/> overload (the default factory).
/// </summary>
public sealed class LambdaThreadFactoryTests
{
    public static TheoryData<string> Factories => ["fixed", "cached", "single", "scheduled", "single-scheduled", "per-task"];

    [Theory]
    [MemberData(nameof(Factories))]
    public void Executors_LambdaFactory_MakesEveryWorker(string kind)
    {
        var made = new LambdaFactory(kind);
        var pool = Create(kind, made.NewThread);

        var first = pool.Submit(() => JThread.CurrentThread()).Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);
        var second = pool.Submit(() => JThread.CurrentThread()).Get(TestTimeouts.UnexpectedTimeoutMillis, TimeUnit.Milliseconds);

        Assert.Contains(first, made.Threads);
        Assert.Contains(second, made.Threads);
        Assert.All(made.Threads, t => Assert.StartsWith(kind + "-", t.GetName(), StringComparison.Ordinal));
        ExecutorTesting.End(pool);
        made.JoinAll();
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void Executors_NullLambda_ThrowsArgumentNullException(string kind) =>
        Assert.Equal("threadFactory", Assert.Throws<ArgumentNullException>(() => Create(kind, null!)).ParamName);

    [Fact]
    public void Executors_BareNull_UsesTheDefaultFactory()
    {
        // Executors.newFixedThreadPool(2, null) in Java throws; here it compiles to the IThreadFactory overload.
        var pool = (ThreadPoolExecutor)Executors.NewFixedThreadPool(2, null);

        Assert.Matches("^pool-[0-9]+-thread-1$", pool.GetThreadFactory().NewThread(() => { }).GetName());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void ThreadPoolExecutor_LambdaFactoryAndSetThreadFactoryLambda_BothAreUsed()
    {
        var before = new LambdaFactory("before");
        var after = new LambdaFactory("after");
        #pragma warning disable JT0010 // on purpose: the pool is ended by ExecutorTesting.End, a helper the rule does not follow
        var pool = new ThreadPoolExecutor(1, 2, 1, TimeUnit.Seconds, new LinkedBlockingQueue<Action>(), before.NewThread);
        #pragma warning restore JT0010

        Assert.Equal("before-1", pool.Submit(() => JThread.CurrentThread().GetName()).Get());
        pool.SetThreadFactory(after.NewThread);
        pool.SetCorePoolSize(2);

        Assert.Equal(1, pool.PrestartAllCoreThreads());
        Assert.Equal(["after-1"], after.Threads.Select(t => t.GetName()));
        Assert.Equal(["before-1"], before.Threads.Select(t => t.GetName()));
        Assert.Throws<ArgumentNullException>(() => pool.SetThreadFactory((Func<Action, JThread>)null!));
        ExecutorTesting.End(pool);
        before.JoinAll();
        after.JoinAll();
    }

    [Fact]
    public void ScheduledThreadPoolExecutor_LambdaFactory_RunsDelayedTaskOnItsThread()
    {
        var made = new LambdaFactory("scheduled-ctor");
        #pragma warning disable JT0010 // on purpose: the pool is ended by ExecutorTesting.End, a helper the rule does not follow
        var pool = new ScheduledThreadPoolExecutor(1, made.NewThread);
        #pragma warning restore JT0010

        var name = pool.Schedule(() => JThread.CurrentThread().GetName(), 1, TimeUnit.Milliseconds).Get();

        Assert.Equal("scheduled-ctor-1", name);
        ExecutorTesting.End(pool);
        made.JoinAll();
    }

    [Fact]
    public void ThreadPoolExecutor_LambdaReturnsNull_TaskIsRejectedAsJavaDoes()
    {
        // A ThreadFactory that returns null refuses the thread: no worker, so the first task is rejected.
        #pragma warning disable JT0010 // on purpose: the pool is ended by ExecutorTesting.End, a helper the rule does not follow
        var pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.Seconds, new SynchronousQueue<Action>(), _ => null!);
        #pragma warning restore JT0010

        Assert.Throws<RejectedExecutionException>(() => pool.Execute(() => { }));
        Assert.Equal(0, pool.GetPoolSize());
        ExecutorTesting.End(pool);
    }

    [Fact]
    public void Executors_LambdaThatThrows_ExceptionReachesTheSubmitter()
    {
        #pragma warning disable JT0010 // on purpose: the pool is ended by ExecutorTesting.End, a helper the rule does not follow
        var pool = Executors.NewFixedThreadPool(1, _ => throw new InvalidOperationException("factory failed"));
        #pragma warning restore JT0010

        var thrown = Assert.Throws<InvalidOperationException>(() => pool.Execute(() => { }));

        Assert.Equal("factory failed", thrown.Message);
        ExecutorTesting.End(pool);
    }

    private static IExecutorService Create(string kind, Func<Action, JThread> factory) => kind switch
    {
        "fixed" => Executors.NewFixedThreadPool(2, factory),
        "cached" => Executors.NewCachedThreadPool(factory),
        "single" => Executors.NewSingleThreadExecutor(factory),
        "scheduled" => Executors.NewScheduledThreadPool(1, factory),
        "single-scheduled" => Executors.NewSingleThreadScheduledExecutor(factory),
        "per-task" => Executors.NewThreadPerTaskExecutor(factory),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A Java-style lambda factory: daemon threads named <c>prefix-n</c>, each remembered.</summary>
    private sealed class LambdaFactory(string prefix)
    {
        private readonly ConcurrentQueue<JThread> _threads = new();
        private int _count;

        public JThread[] Threads => [.. _threads];

        public JThread NewThread(Action r)
        {
            var t = new JThread(r, $"{prefix}-{Interlocked.Increment(ref _count)}");
            t.SetDaemon(true);
            _threads.Enqueue(t);
            return t;
        }

        public void JoinAll()
        {
            foreach (var thread in Threads)
            {
                TestWait.Until(() => !thread.IsAlive(), $"{thread} ended");
            }
        }
    }
}
