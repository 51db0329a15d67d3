using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.RunInsteadOfStartAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class RunInsteadOfStartCodeFixTests
{
    [Fact]
    public Task Run_Fixed_BecomesStart() =>
        Verifier.CodeFixAsync<RunInsteadOfStartCodeFix>(
            TestSources.Usings + """
            class C
            {
                void M(JThread first, JThread second)
                {
                    first.{|JT0007:Run|}();
                    second.{|JT0007:Run|}(); // both
                }
            }
            """,
            TestSources.Usings + """
            class C
            {
                void M(JThread first, JThread second)
                {
                    first.Start();
                    second.Start(); // both
                }
            }
            """);
}
