namespace JThreading.Tests.Samples;

/// <summary>
/// samples/InheritedThreadLocals: InheritableThreadLocal and childValue in C# and Java, and the same by hand with
/// contextvars in Python, whose plain thread starts empty like Java's thread made without inherited values.
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class InheritedThreadLocalsSampleTests
{
    [Fact]
    public void Lesson_ThreeLanguages_SameInheritedValuesAndExitZero()
    {
        Lesson.InheritedThreadLocals.AssertEndsAlike(
            [],
            exitCode: 0,
            [
                "child: user = alice (inherited), plain = null",
                "grandchild: user = alice (inherited) (inherited), plain = null",
                "early: user = alice (inherited), plain = null", // copied at construction, before main set bob
                "changer: user = carol",
                "main: user = bob, plain = alice",
                "loner: user = null, plain = null",
            ],
            OutputNormalization.NullSpelling);
    }
}
