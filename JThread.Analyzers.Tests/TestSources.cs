namespace JThreading.Analyzers.Tests;

/// <summary>Source fragments the tests share.</summary>
internal static class TestSources
{
    /// <summary>The usings every test source starts with.</summary>
    public const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using JThreading;
        using JThreading.Concurrent;

        """;
}
