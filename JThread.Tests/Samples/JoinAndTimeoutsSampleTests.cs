namespace JThreading.Tests.Samples;

/// <summary>samples/JoinAndTimeouts prints the same results of join in C#, Java and Python, and ends with 0.</summary>
[Collection(LessonParityCollection.Name)]
public sealed class JoinAndTimeoutsSampleTests
{
    [Fact]
    public void Lesson_ThreeLanguages_SameJoinResultsAndExitZero()
    {
        Lesson.JoinAndTimeouts.AssertEndsAlike(
            [],
            exitCode: 0,
            [
                "join(200): worker alive: true",
                "join(200 ms as a duration) says it ended: false",
                "join(zero duration): worker alive: true",
                "worker: done", // only the join that waits for ever sees it
                "join(0): worker alive: false",
                "join() after the end: returns at once",
            ],
            OutputNormalization.BooleanSpelling);
    }
}
