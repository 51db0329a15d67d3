using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.WaitNotInLoopAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class WaitNotInLoopCodeFixTests
{
    [Fact]
    public Task IfGuardingWait_Fixed_BecomesWhile() =>
        Verifier.CodeFixAsync<WaitNotInLoopCodeFix>(
            TestSources.Usings + """
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

                        Console.WriteLine(_ready);
                    }
                }
            }
            """,
            TestSources.Usings + """
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

                        Console.WriteLine(_ready);
                    }
                }
            }
            """);

    [Fact]
    public Task IfWithoutBraces_Fixed_BecomesWhile() =>
        Verifier.CodeFixAsync<WaitNotInLoopCodeFix>(
            TestSources.Usings + """
            class C
            {
                bool _ready;

                void M(object o)
                {
                    lock (o)
                    {
                        if (!_ready)
                            JMonitor.{|JT0003:Wait|}(o);
                    }
                }
            }
            """,
            TestSources.Usings + """
            class C
            {
                bool _ready;

                void M(object o)
                {
                    lock (o)
                    {
                        while (!_ready)
                            JMonitor.Wait(o);
                    }
                }
            }
            """);

    [Fact]
    public Task WaitWithoutIf_NoFixOffered() =>
        Verifier.CodeFixAsync<WaitNotInLoopCodeFix>(
            TestSources.Usings + """
            class C
            {
                void M(object o)
                {
                    lock (o)
                    {
                        JMonitor.{|JT0003:Wait|}(o);
                    }
                }
            }
            """,
            TestSources.Usings + """
            class C
            {
                void M(object o)
                {
                    lock (o)
                    {
                        JMonitor.{|JT0003:Wait|}(o);
                    }
                }
            }
            """);

    [Fact]
    public Task IfWithElse_NoFixOffered() =>
        Verifier.CodeFixAsync<WaitNotInLoopCodeFix>(
            TestSources.Usings + """
            class C
            {
                bool _ready;

                void M(object o)
                {
                    lock (o)
                    {
                        if (!_ready)
                        {
                            JMonitor.{|JT0003:Wait|}(o);
                        }
                        else
                        {
                            Console.WriteLine();
                        }
                    }
                }
            }
            """,
            TestSources.Usings + """
            class C
            {
                bool _ready;

                void M(object o)
                {
                    lock (o)
                    {
                        if (!_ready)
                        {
                            JMonitor.{|JT0003:Wait|}(o);
                        }
                        else
                        {
                            Console.WriteLine();
                        }
                    }
                }
            }
            """);
}
