using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.SetDaemonAfterStartAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class SetDaemonAfterStartAnalyzerTests
{
    [Fact]
    public Task SetDaemon_AfterStartOfLocal_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var thread = new JThread(() => { });
                    thread.Start();
                    thread.{|JT0008:SetDaemon|}(true);
                }
            }
            """);

    [Fact]
    public Task SetDaemon_AfterStartOfField_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                readonly JThread _worker = new(() => { });

                void M()
                {
                    _worker.Start();
                    Console.WriteLine("started");
                    _worker.{|JT0008:SetDaemon|}(false);
                }
            }
            """);

    [Fact]
    public Task SetDaemon_BeforeStart_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var thread = new JThread(() => { });
                    thread.SetDaemon(true);
                    thread.Start();
                }
            }
            """);

    [Fact]
    public Task SetDaemon_OnAnotherThreadAfterStart_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var first = new JThread(() => { });
                    var second = new JThread(() => { });
                    first.Start();
                    second.SetDaemon(true);
                    second.Start();
                }
            }
            """);

    [Fact]
    public Task SetDaemon_AfterReassignment_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var thread = new JThread(() => { });
                    thread.Start();
                    thread = new JThread(() => { });
                    thread.SetDaemon(true);
                    thread.Start();
                }
            }
            """);

    [Fact]
    public Task SetDaemon_InLambdaAfterStart_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(JThread thread)
                {
                    thread.Start();
                    Action later = () => thread.SetDaemon(true);
                }
            }
            """);
}
