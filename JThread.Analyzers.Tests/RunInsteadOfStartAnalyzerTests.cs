using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.RunInsteadOfStartAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class RunInsteadOfStartAnalyzerTests
{
    [Fact]
    public Task Run_OnJThread_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    var thread = new JThread(() => Console.WriteLine("hello"));
                    thread.{|JT0007:Run|}();
                }
            }
            """);

    [Fact]
    public Task Run_OnSubclassOverride_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class Worker : JThread
            {
                public override void Run()
                {
                }
            }

            class C
            {
                void M()
                {
                    new Worker().{|JT0007:Run|}();
                }
            }
            """);

    [Fact]
    public Task BaseRun_InOverride_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class Worker : JThread
            {
                public Worker(Action task) : base(task)
                {
                }

                public override void Run()
                {
                    Console.WriteLine("before");
                    base.Run();
                }
            }
            """);

    [Fact]
    public Task OtherRun_NotJThread_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class Job
            {
                public void Run()
                {
                }
            }

            class C
            {
                void M(Job job)
                {
                    job.Run();
                    Task.Run(() => { });
                }
            }
            """);

    [Fact]
    public Task Start_OnJThread_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M()
                {
                    new JThread(() => { }).Start();
                }
            }
            """);
}
