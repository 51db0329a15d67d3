using System.Collections.Concurrent;
using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.DotNetWaitAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class DotNetWaitAnalyzerTests
{
    [Fact]
    public Task DotNetWaits_InJThreadBody_Report() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            using System.Collections.Concurrent;

            class C
            {
                JThread M(object o, Task<int> task, SemaphoreSlim semaphore, ManualResetEventSlim signal,
                    WaitHandle handle, BlockingCollection<int> items) => new JThread(() =>
                {
                    Thread.{|JT0006:Sleep|}(10);
                    lock (o)
                    {
                        Monitor.{|JT0006:Wait|}(o);
                    }

                    task.{|JT0006:Wait|}();
                    Console.WriteLine(task.{|JT0006:Result|});
                    task.GetAwaiter().{|JT0006:GetResult|}();
                    handle.{|JT0006:WaitOne|}();
                    semaphore.{|JT0006:Wait|}();
                    signal.{|JT0006:Wait|}();
                    items.{|JT0006:Take|}();
                });
            }
            """);

    [Fact]
    public Task ThreadSleep_InRunOverride_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class Worker : JThread
            {
                public override void Run()
                {
                    Thread.{|JT0006:Sleep|}(10);
                }
            }
            """);

    [Fact]
    public Task ThreadSleep_InExecutorTaskAndBuilderBody_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool)
                {
                    pool.Execute(() => Thread.{|JT0006:Sleep|}(10));
                    pool.Submit(() => Thread.{|JT0006:Sleep|}(10));
                    JThread.OfPlatform().Daemon().Start(() => Thread.{|JT0006:Sleep|}(10));
                }
            }
            """);

    [Fact]
    public Task ThreadSleep_InLambdaInsideThreadBody_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            using System.Collections.Generic;

            class C
            {
                JThread M(List<int> delays) => new JThread(() => delays.ForEach(d => Thread.{|JT0006:Sleep|}(d)));
            }
            """);

    [Fact]
    public Task DotNetWaits_OutsideThreadBodies_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(Task task)
                {
                    Thread.Sleep(10);
                    task.Wait();
                    Action later = () => Thread.Sleep(10);
                }
            }
            """);

    [Fact]
    public Task WaitsWithToken_InThreadBody_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M(Task task, SemaphoreSlim semaphore, ManualResetEventSlim signal) => new JThread(() =>
                {
                    var token = JThread.CurrentThread().GetInterruptToken();
                    task.Wait(token);
                    semaphore.Wait(token);
                    signal.Wait(100, token);
                });
            }
            """);

    [Fact]
    public Task JThreadWaits_InThreadBody_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M(object o) => new JThread(() =>
                {
                    try
                    {
                        JThread.Sleep(10);
                        lock (o)
                        {
                            JMonitor.Wait(o);
                        }
                    }
                    catch (InterruptedException)
                    {
                    }
                });
            }
            """);

    [Fact]
    public Task ThreadSleep_InLocalFunctionOfThreadBody_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M() => new JThread(() =>
                {
                    static void Pause() => Thread.Sleep(10);
                    Pause();
                });
            }
            """);
}
