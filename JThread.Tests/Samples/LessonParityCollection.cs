namespace JThreading.Tests.Samples;

/// <summary>
/// The lessons' parity tests, one at a time: each starts a .NET program, a JVM and a Python interpreter together, and
/// several of those at once would crowd a small machine enough to upset the lessons' timing.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LessonParityCollection
{
    public const string Name = "Lesson parity";
}
