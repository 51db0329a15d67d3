using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.MonitorNotLockedAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class MonitorNotLockedAnalyzerTests
{
    [Fact]
    public Task WaitAndNotify_WithoutLock_Report() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly object _lock = new();

                void M()
                {
                    JMonitor.{|JT0004:Notify|}(_lock);
                    JMonitor.{|JT0004:NotifyAll|}(_lock);
                    while (true)
                    {
                        JMonitor.{|JT0004:Wait|}(_lock);
                    }
                }
            }
            """);

    [Fact]
    public Task Notify_LockOnAnotherObject_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly object _a = new();
                readonly object _b = new();

                void M()
                {
                    lock (_a)
                    {
                        JMonitor.{|JT0004:Notify|}(_b);
                    }
                }
            }
            """);

    [Fact]
    public Task Notify_SameFieldOfAnotherInstance_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly object _lock = new();

                void M(C other)
                {
                    lock (_lock)
                    {
                        JMonitor.{|JT0004:Notify|}(other._lock);
                    }
                }
            }
            """);

    [Fact]
    public Task Notify_InLambdaInsideLock_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(object o)
                {
                    lock (o)
                    {
                        new JThread(() => JMonitor.{|JT0004:Notify|}(o)).Start();
                    }
                }
            }
            """);

    [Fact]
    public Task Calls_InsideLockOnSameObject_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly object _lock = new();
                bool _ready;

                void Await()
                {
                    lock (_lock)
                    {
                        while (!_ready)
                        {
                            JMonitor.Wait(this._lock);
                        }
                    }
                }

                void Signal(object o)
                {
                    lock (this)
                    {
                        JMonitor.NotifyAll(this);
                    }

                    lock (o)
                    {
                        _ready = true;
                        JMonitor.Notify(o);
                    }
                }
            }
            """);

    [Fact]
    public Task Notify_AfterMonitorEnter_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(object o)
                {
                    Monitor.Enter(o);
                    try
                    {
                        JMonitor.Notify(o);
                    }
                    finally
                    {
                        Monitor.Exit(o);
                    }
                }
            }
            """);

    [Fact]
    public Task Notify_InSynchronizedMethod_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            using System.Runtime.CompilerServices;

            class C
            {
                [MethodImpl(MethodImplOptions.Synchronized)]
                void M()
                {
                    JMonitor.Notify(this);
                }

                [MethodImpl(MethodImplOptions.Synchronized)]
                static void S()
                {
                    JMonitor.NotifyAll(typeof(C));
                }
            }
            """);
}
