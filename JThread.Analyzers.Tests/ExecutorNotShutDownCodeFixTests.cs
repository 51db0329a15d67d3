using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.ExecutorNotShutDownAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class ExecutorNotShutDownCodeFixTests
{
    [Fact]
    public Task Executor_Fixed_DeclaredWithUsing() =>
        Verifier.CodeFixAsync<ExecutorNotShutDownCodeFix>(
            TestSources.Usings + """
            class C
            {
                void M()
                {
                    // The pool for the work below.
                    var {|JT0010:pool|} = Executors.NewFixedThreadPool(2);
                    pool.Execute(() => Console.WriteLine("work"));
                }
            }
            """,
            TestSources.Usings + """
            class C
            {
                void M()
                {
                    // The pool for the work below.
                    using var pool = Executors.NewFixedThreadPool(2);
                    pool.Execute(() => Console.WriteLine("work"));
                }
            }
            """);

    [Fact]
    public Task ExecutorInSwitchSection_NoFixOffered() =>
        Verifier.CodeFixAsync<ExecutorNotShutDownCodeFix>(
            TestSources.Usings + """
            class C
            {
                void M(int n)
                {
                    switch (n)
                    {
                        case 1:
                            var {|JT0010:pool|} = Executors.NewFixedThreadPool(n);
                            pool.Execute(() => { });
                            break;
                    }
                }
            }
            """,
            TestSources.Usings + """
            class C
            {
                void M(int n)
                {
                    switch (n)
                    {
                        case 1:
                            var {|JT0010:pool|} = Executors.NewFixedThreadPool(n);
                            pool.Execute(() => { });
                            break;
                    }
                }
            }
            """);
}
