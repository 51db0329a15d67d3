using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JThreading.Analyzers;

/// <summary>JT0001's fix: restore the flag with JThread.CurrentThread().Interrupt() at the top of the catch.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwallowedInterruptCodeFix)), Shared]
public sealed class SwallowedInterruptCodeFix : CodeFixProvider
{
    private const string Title = "Restore the interrupt flag";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.SwallowedInterrupt];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await Fixes.FindAsync<CatchClauseSyntax>(context, diagnostic).ConfigureAwait(false) is not { } catchClause)
            {
                continue;
            }

            Fixes.Register(context, diagnostic, Title, token =>
            {
                var reinterrupt = SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(
                            SyntaxKind.SimpleMemberAccessExpression,
                            Fixes.QualifiedType("JThreading.JThread"),
                            SyntaxFactory.IdentifierName("CurrentThread"))),
                        SyntaxFactory.IdentifierName("Interrupt"))));
                var block = catchClause.Block.WithStatements(catchClause.Block.Statements.Insert(0, reinterrupt));
                return Fixes.ReplaceAsync(context.Document, catchClause.Block, block, token);
            });
        }
    }
}
