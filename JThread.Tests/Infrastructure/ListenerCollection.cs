namespace JThreading.Tests;

/// <summary>
/// Tests that attach process-wide listeners (a <see cref="System.Diagnostics.Metrics.MeterListener"/>, an
/// <see cref="System.Diagnostics.Tracing.EventListener"/>) or load a second copy of the library, which brings a second
/// event source of the same name: they run one class at a time, so one's listener never sees the other's setup.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ListenerCollection
{
    public const string Name = "Process-wide listeners";
}
