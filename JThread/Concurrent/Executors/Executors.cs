using System.Runtime.CompilerServices;

namespace JThreading.Concurrent;

/// <summary>Factories for the common executors and the default thread factory.</summary>
/// <remarks>
/// Java's <c>java.util.concurrent.Executors</c>. Every pool's workers come from the thread factory, by default
/// non-daemon <c>pool-N-thread-M</c> threads, so a pool that is never shut down keeps the process alive, as on the
/// JVM; pass a factory that makes daemon threads for pools that must not.
/// <para>
/// Every factory method that takes an <see cref="IThreadFactory"/> also takes a <c>Func&lt;Action, JThread&gt;</c>, so a
/// Java lambda factory (<c>r -&gt; { Thread t = new Thread(r); t.setDaemon(true); return t; }</c>) ports as a lambda.
/// The <see cref="IThreadFactory"/> overloads win for a bare <see langword="null"/> (the default factory).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var pool = Executors.NewFixedThreadPool(4);   // Dispose is Java 19's close(): shut down and wait
/// var futures = pool.InvokeAll(Enumerable.Range(0, 10).Select(i => (Func&lt;int&gt;)(() => i * i)));
/// Console.WriteLine(futures.Sum(f => f.Get()));
/// </code>
/// </example>
public static class Executors
{
    private static readonly TimeSpan s_cachedKeepAlive = TimeSpan.FromSeconds(60);

#pragma warning disable RS0026, RS0027 // The optional-factory overloads stay as they are; the lambda-factory overloads beside them are pinned (Java's lambda ThreadFactory), and [OverloadResolutionPriority] keeps a bare null on the first.
    /// <summary>A pool of <paramref name="nThreads"/> workers sharing an unbounded queue.</summary>
    /// <param name="nThreads">The number of workers.</param>
    /// <param name="threadFactory">Makes the workers; <see langword="null"/> means <see cref="DefaultThreadFactory"/>.</param>
    /// <returns>The pool, a <see cref="ThreadPoolExecutor"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nThreads"/> is 0 or less.</exception>
    /// <remarks>Java's <c>newFixedThreadPool</c>.</remarks>
    [OverloadResolutionPriority(1)]
    public static IExecutorService NewFixedThreadPool(int nThreads, IThreadFactory? threadFactory = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nThreads);
        return new ThreadPoolExecutor(nThreads, nThreads, 0, TimeUnit.Milliseconds, new LinkedBlockingQueue<Action>(), threadFactory);
    }

    /// <summary>A pool that starts workers as needed, reuses idle ones, and ends those idle for 60 seconds.</summary>
    /// <param name="threadFactory">Makes the workers; <see langword="null"/> means <see cref="DefaultThreadFactory"/>.</param>
    /// <returns>The pool, a <see cref="ThreadPoolExecutor"/> with a <see cref="SynchronousQueue{T}"/>.</returns>
    /// <remarks>Java's <c>newCachedThreadPool</c>: an idle pool holds the process for at most 60 seconds.</remarks>
    [OverloadResolutionPriority(1)]
    public static IExecutorService NewCachedThreadPool(IThreadFactory? threadFactory = null) =>
        new ThreadPoolExecutor(0, int.MaxValue, (long)s_cachedKeepAlive.TotalSeconds, TimeUnit.Seconds, new SynchronousQueue<Action>(), threadFactory);

    /// <summary>One worker with an unbounded queue, so tasks run one at a time in order.</summary>
    /// <param name="threadFactory">Makes the worker; <see langword="null"/> means <see cref="DefaultThreadFactory"/>.</param>
    /// <returns>The executor, which cannot be cast back to a reconfigurable pool.</returns>
    /// <remarks>
    /// Java's <c>newSingleThreadExecutor</c>, as in JDK 21 and later: once the returned object is unreachable it is
    /// shut down (when the garbage collector finalizes it), so whether a forgotten one holds the process depends on
    /// the collector, as on the JVM. Shut it down explicitly.
    /// </remarks>
    [OverloadResolutionPriority(1)]
    public static IExecutorService NewSingleThreadExecutor(IThreadFactory? threadFactory = null) =>
        new AutoShutdownExecutorService(
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.Milliseconds, new LinkedBlockingQueue<Action>(), threadFactory));

    /// <summary>A scheduled pool of <paramref name="corePoolSize"/> workers.</summary>
    /// <param name="corePoolSize">The number of workers.</param>
    /// <param name="threadFactory">Makes the workers; <see langword="null"/> means <see cref="DefaultThreadFactory"/>.</param>
    /// <returns>The pool, a <see cref="ScheduledThreadPoolExecutor"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="corePoolSize"/> is negative.</exception>
    /// <remarks>Java's <c>newScheduledThreadPool</c>.</remarks>
    [OverloadResolutionPriority(1)]
    public static IScheduledExecutorService NewScheduledThreadPool(int corePoolSize, IThreadFactory? threadFactory = null) =>
        new ScheduledThreadPoolExecutor(corePoolSize, threadFactory);

    /// <summary>A scheduled executor with one worker.</summary>
    /// <param name="threadFactory">Makes the worker; <see langword="null"/> means <see cref="DefaultThreadFactory"/>.</param>
    /// <returns>The executor, which cannot be cast back to a reconfigurable pool.</returns>
    /// <remarks>Java's <c>newSingleThreadScheduledExecutor</c>.</remarks>
    [OverloadResolutionPriority(1)]
    public static IScheduledExecutorService NewSingleThreadScheduledExecutor(IThreadFactory? threadFactory = null) =>
        new DelegatedScheduledExecutorService(new ScheduledThreadPoolExecutor(1, threadFactory));

    /// <summary>An executor that starts a new thread from <paramref name="threadFactory"/> for every task.</summary>
    /// <param name="threadFactory">Makes the threads.</param>
    /// <returns>The executor; it terminates once shut down and every thread has ended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Java 21's <c>newThreadPerTaskExecutor</c>. An exception from an <see cref="IExecutor.Execute"/>d command goes to
    /// the thread's uncaught-exception dispatch; there is no worker to replace.
    /// </remarks>
    [OverloadResolutionPriority(1)]
    public static IExecutorService NewThreadPerTaskExecutor(IThreadFactory threadFactory)
    {
        ArgumentNullException.ThrowIfNull(threadFactory);
        return new ThreadPerTaskExecutor(threadFactory);
    }

    /// <summary>A pool of <paramref name="nThreads"/> workers made by a lambda, sharing an unbounded queue.</summary>
    /// <param name="nThreads">The number of workers.</param>
    /// <param name="threadFactory">Makes each worker from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <returns>The pool, a <see cref="ThreadPoolExecutor"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nThreads"/> is 0 or less.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>newFixedThreadPool(int, ThreadFactory)</c> called with a lambda.</remarks>
    public static IExecutorService NewFixedThreadPool(int nThreads, Func<Action, JThread> threadFactory) =>
        NewFixedThreadPool(nThreads, DelegateThreadFactory.From(threadFactory, nameof(threadFactory)));

    /// <summary>A pool that starts workers made by a lambda as needed, reuses idle ones, and ends those idle for 60 seconds.</summary>
    /// <param name="threadFactory">Makes each worker from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <returns>The pool, a <see cref="ThreadPoolExecutor"/> with a <see cref="SynchronousQueue{T}"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>newCachedThreadPool(ThreadFactory)</c> called with a lambda.</remarks>
    public static IExecutorService NewCachedThreadPool(Func<Action, JThread> threadFactory) =>
        NewCachedThreadPool(DelegateThreadFactory.From(threadFactory, nameof(threadFactory)));

    /// <summary>One worker made by a lambda, with an unbounded queue, so tasks run one at a time in order.</summary>
    /// <param name="threadFactory">Makes the worker from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <returns>The executor, which cannot be cast back to a reconfigurable pool.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>newSingleThreadExecutor(ThreadFactory)</c> called with a lambda.</remarks>
    public static IExecutorService NewSingleThreadExecutor(Func<Action, JThread> threadFactory) =>
        NewSingleThreadExecutor(DelegateThreadFactory.From(threadFactory, nameof(threadFactory)));

    /// <summary>A scheduled pool of <paramref name="corePoolSize"/> workers made by a lambda.</summary>
    /// <param name="corePoolSize">The number of workers.</param>
    /// <param name="threadFactory">Makes each worker from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <returns>The pool, a <see cref="ScheduledThreadPoolExecutor"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="corePoolSize"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>newScheduledThreadPool(int, ThreadFactory)</c> called with a lambda.</remarks>
    public static IScheduledExecutorService NewScheduledThreadPool(int corePoolSize, Func<Action, JThread> threadFactory) =>
        NewScheduledThreadPool(corePoolSize, DelegateThreadFactory.From(threadFactory, nameof(threadFactory)));

    /// <summary>A scheduled executor with one worker made by a lambda.</summary>
    /// <param name="threadFactory">Makes the worker from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <returns>The executor, which cannot be cast back to a reconfigurable pool.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>Java's <c>newSingleThreadScheduledExecutor(ThreadFactory)</c> called with a lambda.</remarks>
    public static IScheduledExecutorService NewSingleThreadScheduledExecutor(Func<Action, JThread> threadFactory) =>
        NewSingleThreadScheduledExecutor(DelegateThreadFactory.From(threadFactory, nameof(threadFactory)));

    /// <summary>An executor that starts a new thread, made by a lambda, for every task.</summary>
    /// <param name="threadFactory">Makes each thread from the task it must run: Java's <c>ThreadFactory</c> as a lambda.</param>
    /// <returns>The executor; it terminates once shut down and every thread has ended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="threadFactory"/> is <see langword="null"/>.</exception>
    /// <remarks>Java 21's <c>newThreadPerTaskExecutor(ThreadFactory)</c> called with a lambda.</remarks>
    public static IExecutorService NewThreadPerTaskExecutor(Func<Action, JThread> threadFactory) =>
        NewThreadPerTaskExecutor(DelegateThreadFactory.From(threadFactory, nameof(threadFactory)));
#pragma warning restore RS0026, RS0027
    /// <summary>A work-stealing pool with one worker per processor, running its never-joined tasks oldest first.</summary>
    /// <returns>The pool, a <see cref="ForkJoinPool"/> in async mode.</returns>
    /// <remarks>
    /// Java's <c>newWorkStealingPool()</c>: its workers are daemon threads, so it never keeps the process alive.
    /// </remarks>
    public static IExecutorService NewWorkStealingPool() => NewWorkStealingPool(Environment.ProcessorCount);

    /// <summary>A work-stealing pool of <paramref name="parallelism"/> workers, running its never-joined tasks oldest first.</summary>
    /// <param name="parallelism">How many workers run tasks at once.</param>
    /// <returns>The pool, a <see cref="ForkJoinPool"/> in async mode.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is 0 or less, or more than 32767.</exception>
    /// <remarks>
    /// Java's <c>newWorkStealingPool(int)</c>: its workers are daemon threads, so it never keeps the process alive.
    /// </remarks>
    public static IExecutorService NewWorkStealingPool(int parallelism) => new ForkJoinPool(parallelism, asyncMode: true, common: false);

    /// <summary>
    /// A new thread factory making non-daemon threads of <see cref="JThread.NormPriority"/> named <c>pool-N-thread-M</c>
    /// (N counts factories in the process, M threads of this factory, both from 1), in the calling thread's group.
    /// </summary>
    /// <returns>The factory.</returns>
    /// <remarks>Java's <c>defaultThreadFactory()</c>.</remarks>
    public static IThreadFactory DefaultThreadFactory() => new PoolThreadFactory();
}
