namespace JThreading.Tests.Samples;

/// <summary>
/// samples/ThreadPools: a pool that is never shut down keeps the Java program and its C# port running for ever, while
/// Python ends once the queued work is done; after shutdown() or close() all three end with 0.
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class ThreadPoolsSampleTests
{
    [Fact]
    public void Forgotten_JavaAndCSharpStillRunningPythonEndsWithZero()
    {
        using var run = Lesson.ThreadPools.Start("forgotten");
        run.WaitForLine("task 3 done");

        // The pool's idle worker is a non-daemon thread in Java and in JThread; Python shuts its executors down at exit.
        run.AssertEnded(0, LessonRun.Python);
        run.AssertStillRunning(LessonRun.CSharp, LessonRun.Java);
        run.AssertOutput(["main: returning without shutdown()", "task 1 done", "task 2 done", "task 3 done"]);
        run.AssertError([]);
    }

    [Fact]
    public void Shutdown_QueuedTasksStillRunThenThreeLanguagesEndWithZero() =>
        Lesson.ThreadPools.AssertEndsAlike(
            ["shutdown"],
            exitCode: 0,
            ["main: returning after shutdown()", "task 1 done", "task 2 done", "task 3 done"]);

    [Fact]
    public void Close_WaitsForTheTasksThenThreeLanguagesEndWithZero() =>
        Lesson.ThreadPools.AssertEndsAlike(
            ["close"],
            exitCode: 0,
            ["task 1 done", "task 2 done", "task 3 done", "main: close() returned after the tasks"]);

    [Fact]
    public void NoArgument_ThreeLanguagesPrintUsageAndExitWithTwo() => Lesson.ThreadPools.AssertUsageError();
}
