namespace JThreading.Tests.Samples;

/// <summary>
/// samples/WaitNotify: two producers and two consumers share a buffer of two through wait/notifyAll (Java),
/// lock/JMonitor (C#) and a Condition (Python); every item arrives once and the buffer never overflows.
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class WaitNotifySampleTests
{
    [Fact]
    public void Lesson_ThreeLanguages_EveryItemOnceNeverOverCapacityAndExitZero()
    {
        Lesson.WaitNotify.AssertEndsAlike(
            [],
            exitCode: 0,
            [
                "consumer-1 took 10 items",
                "consumer-2 took 10 items",
                "each of 1..20 taken exactly once: true",
                "never more than 2 items inside: true",
            ],
            OutputNormalization.BooleanSpelling);
    }
}
