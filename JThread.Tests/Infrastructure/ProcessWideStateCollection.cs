namespace JThreading.Tests;

/// <summary>
/// Tests that change process-wide settings (the default uncaught-exception handler, the main group's maximum
/// priority) run in this collection, one at a time and never beside other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideStateCollection
{
    public const string Name = "Process-wide state";
}
