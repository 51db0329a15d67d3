namespace JThreading.Tests.Samples;

/// <summary>
/// samples/ShutdownHooks: the hook runs when main returns, on exit(3), on Ctrl+C and on SIGTERM, not on halt(3), and
/// the exit codes are 0, 3, 130, 143 and 3, in C#, Java and Python alike.
/// </summary>
[Collection(LessonParityCollection.Name)]
public sealed class ShutdownHooksSampleTests
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    [Theory]
    [InlineData("normal", 0, new[] { "main: returning", "hook: running" })]
    [InlineData("exit", 3, new[] { "main: calling exit(3)", "hook: running" })]
    [InlineData("halt", 3, new[] { "main: calling halt(3)" })]
    public void Lesson_EndingMode_ThreeLanguagesSameHookLinesAndExitCode(string mode, int exitCode, string[] lines) =>
        Lesson.ShutdownHooks.AssertEndsAlike([mode], exitCode, lines);

    [Theory]
    [InlineData(SigInt, 130)]
    [InlineData(SigTerm, 143)]
    public void Lesson_WaitThenSignal_ThreeLanguagesRunTheHookAndExitWith128PlusSignal(int signal, int exitCode)
    {
        using var run = Lesson.ShutdownHooks.StartForSignals("wait");
        run.WaitForLine("main: waiting for Ctrl+C or SIGTERM");

        run.Signal(signal);

        run.AssertEnded(exitCode);
        run.AssertOutput(["main: waiting for Ctrl+C or SIGTERM", "hook: running"]);
        run.AssertError([]);
    }

    [Fact]
    public void Lesson_NoArgument_ThreeLanguagesPrintUsageAndExitWithTwo() => Lesson.ShutdownHooks.AssertUsageError();
}
