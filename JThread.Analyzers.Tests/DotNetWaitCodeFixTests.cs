using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.DotNetWaitAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class DotNetWaitCodeFixTests
{
    [Fact]
    public Task ThreadSleep_Fixed_BecomesJThreadSleep() =>
        Verifier.CodeFixAsync<DotNetWaitCodeFix>(
            TestSources.Usings + """
            class C
            {
                JThread M() => new JThread(() =>
                {
                    try
                    {
                        Thread.{|JT0006:Sleep|}(100);
                        Thread.{|JT0006:Sleep|}(TimeSpan.FromMilliseconds(5));
                    }
                    catch (InterruptedException)
                    {
                    }
                });
            }
            """,
            TestSources.Usings + """
            class C
            {
                JThread M() => new JThread(() =>
                {
                    try
                    {
                        JThread.Sleep(100);
                        JThread.Sleep(TimeSpan.FromMilliseconds(5));
                    }
                    catch (InterruptedException)
                    {
                    }
                });
            }
            """);

    [Fact]
    public Task MonitorWait_Fixed_BecomesJMonitorWait() =>
        Verifier.CodeFixAsync<DotNetWaitCodeFix>(
            TestSources.Usings + """
            class C
            {
                bool _ready;

                JThread M(object o) => new JThread(() =>
                {
                    lock (o)
                    {
                        while (!_ready)
                        {
                            Monitor.{|JT0006:Wait|}(o);
                            Monitor.{|JT0006:Wait|}(o, 50);
                        }
                    }
                });
            }
            """,
            TestSources.Usings + """
            class C
            {
                bool _ready;

                JThread M(object o) => new JThread(() =>
                {
                    lock (o)
                    {
                        while (!_ready)
                        {
                            JMonitor.Wait(o);
                            JMonitor.Wait(o, 50);
                        }
                    }
                });
            }
            """);

    [Fact]
    public Task ThreadSleep_WithoutUsing_Fixed_QualifiesJThread() =>
        Verifier.CodeFixAsync<DotNetWaitCodeFix>(
            """
            class C
            {
                JThreading.JThread M() => new JThreading.JThread(() => System.Threading.Thread.{|JT0006:Sleep|}(100));
            }
            """,
            """
            class C
            {
                JThreading.JThread M() => new JThreading.JThread(() => JThreading.JThread.Sleep(100));
            }
            """);

    [Fact]
    public Task WaitsWithoutEquivalent_NoFixOffered() =>
        Verifier.CodeFixAsync<DotNetWaitCodeFix>(
            TestSources.Usings + """
            class C
            {
                JThread M(object o, Task task) => new JThread(() =>
                {
                    Thread.{|JT0006:Sleep|}(Timeout.Infinite);
                    task.{|JT0006:Wait|}();
                    lock (o)
                    {
                        Monitor.{|JT0006:Wait|}(o, 0);
                        bool signalled = Monitor.{|JT0006:Wait|}(o, 10);
                    }
                });
            }
            """,
            TestSources.Usings + """
            class C
            {
                JThread M(object o, Task task) => new JThread(() =>
                {
                    Thread.{|JT0006:Sleep|}(Timeout.Infinite);
                    task.{|JT0006:Wait|}();
                    lock (o)
                    {
                        Monitor.{|JT0006:Wait|}(o, 0);
                        bool signalled = Monitor.{|JT0006:Wait|}(o, 10);
                    }
                });
            }
            """);
}
