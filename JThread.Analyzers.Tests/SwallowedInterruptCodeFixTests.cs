using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.SwallowedInterruptAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class SwallowedInterruptCodeFixTests
{
    [Fact]
    public Task EmptyCatch_Fixed_RestoresTheFlag() =>
        Verifier.CodeFixAsync<SwallowedInterruptCodeFix>(
            TestSources.Usings + """
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
            """,
            TestSources.Usings + """
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
    public Task CatchWithStatements_Fixed_RestoresTheFlagFirst() =>
        Verifier.CodeFixAsync<SwallowedInterruptCodeFix>(
            TestSources.Usings + """
            class C
            {
                void M(IFuture future)
                {
                    try
                    {
                        future.Get();
                    }
                    catch ({|JT0001:Exception|} e)
                    {
                        Console.WriteLine(e);
                    }
                }
            }
            """,
            TestSources.Usings + """
            class C
            {
                void M(IFuture future)
                {
                    try
                    {
                        future.Get();
                    }
                    catch (Exception e)
                    {
                        JThread.CurrentThread().Interrupt();
                        Console.WriteLine(e);
                    }
                }
            }
            """);

    [Fact]
    public Task CatchWithoutUsing_Fixed_QualifiesJThread() =>
        Verifier.CodeFixAsync<SwallowedInterruptCodeFix>(
            """
            class C
            {
                void M()
                {
                    try
                    {
                        JThreading.JThread.Sleep(10);
                    }
                    catch ({|JT0001:JThreading.InterruptedException|})
                    {
                    }
                }
            }
            """,
            """
            class C
            {
                void M()
                {
                    try
                    {
                        JThreading.JThread.Sleep(10);
                    }
                    catch (JThreading.InterruptedException)
                    {
                        JThreading.JThread.CurrentThread().Interrupt();
                    }
                }
            }
            """);
}
