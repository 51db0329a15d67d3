using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JThreading.Analyzers;

/// <summary>
/// JT0009's fix for a submitted Action: Execute it instead, so an exception reaches the worker's uncaught-exception
/// handler (printed, as Java's execute does) rather than a future nobody reads.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FutureIgnoredCodeFix)), Shared]
public sealed class FutureIgnoredCodeFix : CodeFixProvider
{
    private const string Title = "Use Execute";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.FutureIgnored];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(FutureIgnoredAnalyzer.CanExecuteKey) ||
                await Fixes.FindAsync<MemberAccessExpressionSyntax>(context, diagnostic).ConfigureAwait(false) is not { } member)
            {
                continue;
            }

            Fixes.Register(context, diagnostic, Title, token =>
                Fixes.ReplaceAsync(context.Document, member.Name, SyntaxFactory.IdentifierName("Execute").WithTriviaFrom(member.Name), token));
        }
    }
}
