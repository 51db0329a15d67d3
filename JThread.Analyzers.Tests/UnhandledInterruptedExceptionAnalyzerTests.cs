using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.UnhandledInterruptedExceptionAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class UnhandledInterruptedExceptionAnalyzerTests
{
    [Fact]
    public Task BlockingCalls_InThreadBodyWithoutCatch_Report() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M(IBlockingQueue<int> queue, CountDownLatch latch, IFuture future, JThread other) => new JThread(() =>
                {
                    JThread.{|JT0002:Sleep|}(10);
                    queue.{|JT0002:Take|}();
                    queue.{|JT0002:Put|}(1);
                    latch.{|JT0002:Await|}();
                    future.{|JT0002:Get|}();
                    other.{|JT0002:Join|}();
                });
            }
            """);

    [Fact]
    public Task BlockingCall_InRunOverrideAndBuilderBody_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class Worker : JThread
            {
                readonly object _lock = new();

                public override void Run()
                {
                    lock (_lock)
                    {
                        JMonitor.{|JT0002:Wait|}(_lock, 10);
                    }
                }
            }

            class C
            {
                void M(JSemaphore semaphore) => JThread.OfPlatform().Start(() => semaphore.{|JT0002:Acquire|}());
            }
            """);

    [Fact]
    public Task BlockingCall_InsideCatchOfInterruptedException_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M() => new JThread(() =>
                {
                    try
                    {
                        JThread.Sleep(10);
                    }
                    catch (InterruptedException)
                    {
                    }
                });
            }
            """);

    [Fact]
    public Task BlockingCall_ThreadWithOwnHandler_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var thread = new JThread(() => JThread.Sleep(10));
                    thread.SetUncaughtExceptionHandler((t, e) => Console.WriteLine(e));
                    thread.Start();
                }
            }
            """);

    [Fact]
    public Task ParkAndNonBlockingCalls_InThreadBody_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M(IBlockingQueue<int> queue, ILock gate) => new JThread(() =>
                {
                    queue.Offer(1);
                    queue.TryPoll(out _);
                    gate.TryLock();
                    gate.Lock();
                    gate.Unlock();
                });
            }
            """);

    [Fact]
    public Task TimedOfferAndTryLock_InThreadBody_Report() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M(IBlockingQueue<int> queue, ILock gate) => new JThread(() =>
                {
                    queue.{|JT0002:Offer|}(1, 10, TimeUnit.Milliseconds);
                    gate.{|JT0002:TryLock|}(10, TimeUnit.Milliseconds);
                });
            }
            """);

    [Fact]
    public Task BlockingCall_OutsideThreadBody_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool)
                {
                    JThread.Sleep(10);
                    pool.Execute(() => JThread.Sleep(10));
                }
            }
            """);
}
