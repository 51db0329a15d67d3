using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.WaitNotInLoopAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class WaitNotInLoopAnalyzerTests
{
    [Fact]
    public Task Wait_UnderIf_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly object _lock = new();
                bool _ready;

                void M()
                {
                    lock (_lock)
                    {
                        if (!_ready)
                        {
                            JMonitor.{|JT0003:Wait|}(_lock);
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task TimedWait_Alone_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(object o)
                {
                    lock (o)
                    {
                        JMonitor.{|JT0003:Wait|}(o, 100);
                    }
                }
            }
            """);

    [Fact]
    public Task Wait_InLambdaInsideLoop_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(object o)
                {
                    while (true)
                    {
                        Action wait = () =>
                        {
                            lock (o)
                            {
                                JMonitor.{|JT0003:Wait|}(o);
                            }
                        };
                        wait();
                    }
                }
            }
            """);

    [Fact]
    public Task Wait_InWhileLoop_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly object _lock = new();
                bool _ready;

                void M()
                {
                    lock (_lock)
                    {
                        while (!_ready)
                        {
                            JMonitor.Wait(_lock);
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task Wait_InDoAndForLoops_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                int _count;

                void M(object o)
                {
                    lock (o)
                    {
                        do
                        {
                            JMonitor.Wait(o, 10);
                        }
                        while (_count == 0);

                        for (; _count < 10;)
                        {
                            JMonitor.Wait(o);
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task OtherWait_NotJMonitor_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(Task task)
                {
                    task.Wait();
                }
            }
            """);

    [Fact]
    public Task Wait_InEndlessLoopsWithNoTest_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                bool _ready;

                void M(object o, int[] items)
                {
                    lock (o)
                    {
                        while (true)
                        {
                            JMonitor.{|JT0003:Wait|}(o);
                            _ready = false;
                        }
                    }
                }

                void N(object o, int[] items)
                {
                    lock (o)
                    {
                        for (;;)
                        {
                            JMonitor.{|JT0003:Wait|}(o);
                            for (var i = 0; i < 2 && !_ready; i++)
                            {
                                if (_ready)
                                {
                                    break;
                                }
                            }
                        }
                    }
                }

                void P(object o, int[] items)
                {
                    lock (o)
                    {
                        do
                        {
                            JMonitor.{|JT0003:Wait|}(o);
                            Console.WriteLine("notified?");
                        }
                        while ((true));

                        foreach (var item in items)
                        {
                            JMonitor.{|JT0003:Wait|}(o);
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task Wait_InEndlessLoopLeftFromAnIf_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                bool _ready;
                int _left;

                int M(object o)
                {
                    lock (o)
                    {
                        while (true)
                        {
                            if (_ready)
                            {
                                break;
                            }

                            JMonitor.Wait(o);
                        }

                        for (;;)
                        {
                            JMonitor.Wait(o, 10);
                            if (_left == 0)
                            {
                                return 0;
                            }
                            else if (_left < 0)
                            {
                                throw new InvalidOperationException();
                            }
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task Wait_AloneInEndlessLoop_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(object o)
                {
                    try
                    {
                        lock (o)
                        {
                            while (true)
                            {
                                JMonitor.Wait(o); // until interrupted
                            }
                        }
                    }
                    catch (InterruptedException)
                    {
                    }
                }

                void N(object o)
                {
                    lock (o)
                    {
                        for (;;)
                            JMonitor.Wait(o);
                    }
                }
            }
            """);
}
