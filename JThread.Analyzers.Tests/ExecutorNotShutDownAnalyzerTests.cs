using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.ExecutorNotShutDownAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class ExecutorNotShutDownAnalyzerTests
{
    [Fact]
    public Task Executor_UsedAndDropped_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var {|JT0010:pool|} = Executors.NewFixedThreadPool(2);
                    pool.Execute(() => Console.WriteLine("work"));
                    IExecutorService {|JT0010:single|} = Executors.NewSingleThreadExecutor();
                    single.Submit(() => 1).Get();
                }
            }
            """);

    [Fact]
    public Task ExecutorConstructed_NotShutDown_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var {|JT0010:scheduler|} = new ScheduledThreadPoolExecutor(1);
                    scheduler.Execute(() => { });
                    Console.WriteLine(scheduler.IsShutdown());
                }
            }
            """);

    [Fact]
    public Task Executor_ShutDownClosedOrDisposed_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var a = Executors.NewFixedThreadPool(2);
                    a.Execute(() => { });
                    a.Shutdown();
                    var b = Executors.NewCachedThreadPool();
                    b.ShutdownNow();
                    var c = Executors.NewSingleThreadExecutor();
                    c.Close();
                    var d = Executors.NewSingleThreadExecutor();
                    d.Dispose();
                    IExecutorService? e = Executors.NewSingleThreadExecutor();
                    e?.Shutdown();
                }
            }
            """);

    [Fact]
    public Task Executor_DeclaredWithUsing_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    using var pool = Executors.NewFixedThreadPool(2);
                    pool.Execute(() => { });
                    var other = Executors.NewFixedThreadPool(2);
                    using (other)
                    {
                        other.Execute(() => { });
                    }
                }
            }
            """);

    [Fact]
    public Task Executor_ReturnedStoredOrHandedOver_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            using System.Collections.Generic;

            class Owner
            {
                public Owner(IExecutorService pool)
                {
                }
            }

            class C
            {
                IExecutorService? _pool;
                readonly List<IExecutorService> _pools = [];

                IExecutorService Returned()
                {
                    var pool = Executors.NewFixedThreadPool(2);
                    return pool;
                }

                void Stored()
                {
                    var pool = Executors.NewFixedThreadPool(2);
                    _pool = pool;
                    var added = Executors.NewFixedThreadPool(2);
                    _pools.Add(added);
                    var owned = Executors.NewFixedThreadPool(2);
                    _ = new Owner(owned);
                }

                void HandedToShutdownHelper()
                {
                    var pool = Executors.NewFixedThreadPool(2);
                    ShutdownAndAwaitTermination(pool);
                }

                static void ShutdownAndAwaitTermination(IExecutorService pool) => pool.Shutdown();
            }
            """);

    [Fact]
    public Task ExecutorParameterOrNonExecutor_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(IExecutorService given)
                {
                    var pool = given;
                    pool.Execute(() => { });
                    var latch = new CountDownLatch(1);
                    latch.CountDown();
                }
            }
            """);
}
