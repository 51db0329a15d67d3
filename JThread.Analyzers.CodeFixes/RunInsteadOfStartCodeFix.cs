using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JThreading.Analyzers;

/// <summary>JT0007's fix: call Start() instead of Run().</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RunInsteadOfStartCodeFix)), Shared]
public sealed class RunInsteadOfStartCodeFix : CodeFixProvider
{
    private const string Title = "Call Start()";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.RunInsteadOfStart];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await Fixes.FindAsync<MemberAccessExpressionSyntax>(context, diagnostic).ConfigureAwait(false) is not { } member)
            {
                continue;
            }

            Fixes.Register(context, diagnostic, Title, token =>
                Fixes.ReplaceAsync(context.Document, member.Name, SyntaxFactory.IdentifierName("Start").WithTriviaFrom(member.Name), token));
        }
    }
}
