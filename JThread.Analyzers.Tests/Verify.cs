using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace JThreading.Analyzers.Tests;

/// <summary>
/// Runs an analyzer (and a code fix) over C# source with Microsoft.CodeAnalysis.Testing. Diagnostics are written as
/// markup in the source: <c>{|JT0001:text|}</c> expects JT0001 on <c>text</c>.
/// </summary>
/// <remarks>
/// The references are the running runtime's own assemblies plus JThread.dll, not a downloaded reference pack: the
/// tests need no network and no package beyond what <c>dotnet restore</c> brought.
/// </remarks>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Asserts that <paramref name="source"/> has exactly the diagnostics its markup names.</summary>
    public static Task AnalyzerAsync(string source, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test, outputKind);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Asserts the diagnostics of <paramref name="source"/> and that the fix turns it into <paramref name="fixedSource"/>.</summary>
    public static Task CodeFixAsync<TCodeFix>(string source, string fixedSource, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { TestCode = source, FixedCode = fixedSource };
        Configure(test, outputKind);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, OutputKind outputKind)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = TestReferences.None;
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.TestState.OutputKind = outputKind;
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest);
            return solution.WithProjectParseOptions(projectId, parseOptions);
        });
    }
}

/// <summary>The references every test compiles against.</summary>
internal static class TestReferences
{
    /// <summary>A reference set with no package to download: the tests add their references themselves.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>The runtime's assemblies (from the trusted platform list, in the runtime's folder) and JThread.dll.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        string runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return
        [
            .. trusted.Split(Path.PathSeparator)
                .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeFolder, StringComparison.Ordinal))
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) ||
                               Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(JThread).Assembly.Location),
        ];
    }
}
