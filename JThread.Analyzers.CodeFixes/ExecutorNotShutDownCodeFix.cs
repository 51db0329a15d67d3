using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JThreading.Analyzers;

/// <summary>
/// JT0010's fix: declare the executor with using, so it is closed (Java 19's close(): shut down, then wait for the
/// tasks) when the scope ends. Offered where a using declaration is allowed: one variable, in a block or at top level.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExecutorNotShutDownCodeFix)), Shared]
public sealed class ExecutorNotShutDownCodeFix : CodeFixProvider
{
    private const string Title = "Close the executor with using";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.ExecutorNotShutDown];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await Fixes.FindAsync<LocalDeclarationStatementSyntax>(context, diagnostic).ConfigureAwait(false) is not { } declaration ||
                declaration.Declaration.Variables.Count != 1 || declaration.Parent is not (BlockSyntax or GlobalStatementSyntax))
            {
                continue;
            }

            Fixes.Register(context, diagnostic, Title, token =>
            {
                var withUsing = declaration
                    .WithoutLeadingTrivia()
                    .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                    .WithLeadingTrivia(declaration.GetLeadingTrivia());
                return Fixes.ReplaceAsync(context.Document, declaration, withUsing, token);
            });
        }
    }
}
