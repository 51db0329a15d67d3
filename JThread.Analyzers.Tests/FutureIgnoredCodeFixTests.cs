using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.FutureIgnoredAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class FutureIgnoredCodeFixTests
{
    [Fact]
    public Task SubmittedAction_Fixed_BecomesExecute() =>
        Verifier.CodeFixAsync<FutureIgnoredCodeFix>(
            TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool)
                {
                    pool.{|JT0009:Submit|}(() => Console.WriteLine("runs"));
                }

                void N(IExecutorService pool) => pool.{|JT0009:Submit|}(() => { });
            }
            """,
            TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool)
                {
                    pool.Execute(() => Console.WriteLine("runs"));
                }

                void N(IExecutorService pool) => pool.Execute(() => { });
            }
            """);

    [Fact]
    public Task SubmittedCallable_NoFixOffered() =>
        Verifier.CodeFixAsync<FutureIgnoredCodeFix>(
            TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool)
                {
                    pool.{|JT0009:Submit|}(() => 42);
                }
            }
            """,
            TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool)
                {
                    pool.{|JT0009:Submit|}(() => 42);
                }
            }
            """);
}
