namespace JThreading.Tests.Samples;

/// <summary>
/// samples/UncaughtExceptions: five threads die of an exception, each heard by the next listener in Java's order
/// (nobody, the thread's handler, its group, the default handler, the thread's handler again), and main lives on.
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class UncaughtExceptionsSampleTests
{
    [Fact]
    public void Lesson_ThreeLanguages_SameHandlersHearTheSameThreadsAndExitZero()
    {
        using var run = Lesson.UncaughtExceptions.Start();

        run.AssertEnded(0); // a thread's exception never ends the program, in any of the three
        run.AssertOutput(
        [
            "main: worker-1 died, main goes on",
            "thread handler: worker-2 failed: something broke",
            "group workers: worker-3 failed: something broke",
            "default handler: worker-4 failed: something broke",
            "thread handler: worker-5 failed: something broke",
            "main: five threads died, main is still running",
        ]);

        // Only worker-1, which nobody listened to, is reported on standard error.
        run.AssertError(
            ["Exception in thread \"worker-1\" IllegalStateException: something broke"],
            OutputNormalization.StackTracesDropped,
            OutputNormalization.PythonThreadReport,
            OutputNormalization.ExceptionTypeNames);
    }
}
