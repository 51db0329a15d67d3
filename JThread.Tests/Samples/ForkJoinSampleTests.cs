namespace JThreading.Tests.Samples;

/// <summary>
/// samples/ForkJoin: a RecursiveTask array sum split to a threshold gives the same sum and the same number of pieces in
/// C#, Java and Python, and a fork/join pool never shut down does not keep C# or Java running (daemon workers).
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class ForkJoinSampleTests
{
    [Fact]
    public void Sum_ThreeLanguagesPrintTheSameSumAndPiecesAndEndWithZero() =>
        Lesson.ForkJoin.AssertEndsAlike(
            ["sum"],
            exitCode: 0,
            ["sum of 1..1000000 = 500000500000", "pieces summed: 128", "sequential sum agrees: true", "main: returning without shutdown()"]);

    [Fact]
    public void NoArgument_ThreeLanguagesPrintUsageAndExitWithTwo() => Lesson.ForkJoin.AssertUsageError();
}
