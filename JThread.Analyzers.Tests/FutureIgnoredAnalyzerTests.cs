using Verifier = JThreading.Analyzers.Tests.Verify<JThreading.Analyzers.FutureIgnoredAnalyzer>;

namespace JThreading.Analyzers.Tests;

public sealed class FutureIgnoredAnalyzerTests
{
    [Fact]
    public Task Submit_ResultDropped_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool, IScheduledExecutorService scheduler)
                {
                    pool.{|JT0009:Submit|}(() => Console.WriteLine("lost if it throws"));
                    pool.{|JT0009:Submit|}(() => 42);
                    scheduler.{|JT0009:Submit|}(() => { });
                }
            }
            """);

    [Fact]
    public Task Submit_AsVoidLambdaOrMethodBody_Reports() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                void M(IExecutorService pool) => pool.{|JT0009:Submit|}(() => { });

                Action Later(IExecutorService pool) => () => pool.{|JT0009:Submit|}(() => { });
            }
            """);

    [Fact]
    public Task Submit_FutureKeptOrDiscardedExplicitly_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            using System.Collections.Generic;

            class C
            {
                IFuture M(IExecutorService pool, List<IFuture<int>> futures)
                {
                    var future = pool.Submit(() => { });
                    futures.Add(pool.Submit(() => 1));
                    _ = pool.Submit(() => { });
                    pool.Submit(() => 2).Get();
                    Func<IFuture> later = () => pool.Submit(() => { });
                    return pool.Submit(() => { });
                }
            }
            """);

    [Fact]
    public Task Execute_AndOtherSubmit_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class Queue
            {
                public Task Submit(Action action) => Task.Run(action);
            }

            class C
            {
                void M(IExecutorService pool, Queue queue)
                {
                    pool.Execute(() => { });
                    queue.Submit(() => { });
                }
            }
            """);

    [Fact]
    public Task CompletionServiceSubmit_ResultDropped_NoDiagnostic() =>
        Verifier.AnalyzerAsync(TestSources.Usings + """
            class C
            {
                int M(IExecutorService pool)
                {
                    var service = new ExecutorCompletionService<int>(pool);
                    service.Submit(() => 1);
                    ICompletionService<int> same = service;
                    same.Submit(() => 2);
                    return service.Take().Get() + service.Take().Get();
                }
            }
            """);
}
