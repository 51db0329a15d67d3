using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.MonitorOnLockTypeAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class MonitorOnLockTypeAnalyzerTests
{
    [Fact]
    public Task WaitAndNotify_InLockOnLockType_Report() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly Lock _lock = new();
                bool _ready;

                void Await()
                {
                    lock (_lock)
                    {
                        while (!_ready)
                        {
                            JMonitor.{|JT0005:Wait|}(_lock);
                        }
                    }
                }

                void Signal()
                {
                    lock (_lock)
                    {
                        _ready = true;
                        JMonitor.{|JT0005:NotifyAll|}(_lock);
                        JMonitor.{|JT0005:Notify|}(_lock);
                    }
                }
            }
            """);

    [Fact]
    public Task Notify_InLockOnLockLocal_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var gate = new Lock();
                    lock (gate)
                    {
                        JMonitor.{|JT0005:Notify|}(gate);
                    }
                }
            }
            """);

    [Fact]
    public Task Notify_InLockOnPlainObject_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly object _lock = new();

                void M()
                {
                    lock (_lock)
                    {
                        JMonitor.Notify(_lock);
                    }
                }
            }
            """);

    [Fact]
    public Task Notify_OnLockCastToObject_InLockOnObject_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly object _gate = new Lock();

                void M()
                {
                    lock (_gate)
                    {
                        JMonitor.Notify(_gate);
                    }
                }
            }
            """);
}
