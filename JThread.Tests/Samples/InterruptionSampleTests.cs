namespace JThreading.Tests.Samples;

/// <summary>
/// samples/Interruption stops a sleeping, a waiting and a busy thread early, in C# and Java with interrupt() and in
/// Python with an Event and a Condition, and the three print the same.
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class InterruptionSampleTests
{
    [Fact]
    public void Lesson_ThreeLanguages_StopAllThreeWorkersEarlyAndExitZero()
    {
        Lesson.Interruption.AssertEndsAlike(
            [],
            exitCode: 0,
            [
                "sleeper: going to sleep for a minute",
                "sleeper: interrupted while sleeping",
                "waiter: waiting for a notify that never comes",
                "waiter: interrupted while waiting",
                "spinner: busy until interrupted",
                "spinner: saw its interrupted flag and stopped",
                "main: all three stopped early: true",
            ],
            OutputNormalization.BooleanSpelling);
    }
}
