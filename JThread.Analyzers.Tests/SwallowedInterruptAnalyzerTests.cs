using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.SwallowedInterruptAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class SwallowedInterruptAnalyzerTests
{
    [Fact]
    public Task Catch_InterruptedExceptionSwallowed_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    try
                    {
                        JThread.Sleep(10);
                    }
                    catch ({|JT0001:InterruptedException|})
                    {
                    }
                }
            }
            """);

    [Fact]
    public Task Catch_InterruptedExceptionWithVariableOnlyLogged_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(object o)
                {
                    lock (o)
                    {
                        try
                        {
                            JMonitor.Wait(o);
                        }
                        catch ({|JT0001:InterruptedException|} e)
                        {
                            Console.WriteLine(e.Message);
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task CatchException_AroundBlockingCall_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(IBlockingQueue<int> queue)
                {
                    try
                    {
                        queue.Take();
                    }
                    catch ({|JT0001:Exception|})
                    {
                    }
                }
            }
            """);

    [Fact]
    public Task CatchWithoutType_AroundJoin_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(JThread t)
                {
                    try
                    {
                        t.Join();
                    }
                    {|JT0001:catch|}
                    {
                    }
                }
            }
            """);

    [Fact]
    public Task CatchException_AroundNonBlockingCode_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    try
                    {
                        Console.WriteLine();
                    }
                    catch (Exception)
                    {
                    }
                }
            }
            """);

    [Fact]
    public Task Catch_Reinterrupts_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    try
                    {
                        JThread.Sleep(10);
                    }
                    catch (InterruptedException)
                    {
                        JThread.CurrentThread().Interrupt();
                    }
                }
            }
            """);

    [Fact]
    public Task Catch_Rethrows_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    try
                    {
                        JThread.Sleep(10);
                    }
                    catch (InterruptedException e)
                    {
                        throw new InvalidOperationException("interrupted", e);
                    }
                }
            }
            """);

    [Fact]
    public Task CatchException_AfterInterruptedExceptionCatch_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    try
                    {
                        JThread.Sleep(10);
                    }
                    catch (InterruptedException)
                    {
                        throw;
                    }
                    catch (Exception)
                    {
                    }
                }
            }
            """);

    [Fact]
    public Task CatchException_WithFilter_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    try
                    {
                        JThread.Sleep(10);
                    }
                    catch (Exception e) when (e is not InterruptedException)
                    {
                    }
                }
            }
            """);

    [Fact]
    public Task Catch_LastStatementOfThreadBody_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M() => new JThread(() =>
                {
                    try
                    {
                        while (true)
                        {
                            JThread.Sleep(10);
                        }
                    }
                    catch (InterruptedException)
                    {
                        // The thread ends: that is its answer to the interrupt.
                    }
                });
            }
            """);

    [Fact]
    public Task Catch_ReturnsFromExecutorTask_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool)
                {
                    pool.Execute(() =>
                    {
                        try
                        {
                            JThread.Sleep(10);
                        }
                        catch (InterruptedException)
                        {
                            return;
                        }

                        Console.WriteLine("slept");
                    });
                }
            }
            """);

    [Fact]
    public Task Catch_NotLastStatementOfThreadBody_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                JThread M() => new JThread(() =>
                {
                    try
                    {
                        JThread.Sleep(10);
                    }
                    catch ({|JT0001:InterruptedException|})
                    {
                    }

                    Console.WriteLine("goes on as if not interrupted");
                });
            }
            """);

    [Fact]
    public Task Catch_WithoutJThreadReference_NoDiagnostic() =>
        Verifier.AnalyzerAsync("""
            class InterruptedException : System.Exception
            {
            }

            class C
            {
                void M()
                {
                    try
                    {
                    }
                    catch (InterruptedException)
                    {
                    }
                }
            }
            """);
}
