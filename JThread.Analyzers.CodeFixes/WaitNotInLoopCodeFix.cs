using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JThreading.Analyzers;

/// <summary>
/// JT0003's fix, for Java's classic if (!ready) wait(): the if that guards the wait becomes a while on the same
/// condition. A wait with no guarding if has no fix: the condition to test cannot be guessed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WaitNotInLoopCodeFix)), Shared]
public sealed class WaitNotInLoopCodeFix : CodeFixProvider
{
    private const string Title = "Wait in a while loop on the condition";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.WaitNotInLoop];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await Fixes.FindAsync<InvocationExpressionSyntax>(context, diagnostic).ConfigureAwait(false) is not { } wait ||
                GuardingIf(wait) is not { } guard)
            {
                continue;
            }

            Fixes.Register(context, diagnostic, Title, token =>
            {
                var loop = SyntaxFactory.WhileStatement(guard.Condition, guard.Statement).WithTriviaFrom(guard);
                return Fixes.ReplaceAsync(context.Document, guard, loop, token);
            });
        }
    }

    // The if without else whose body is the wait's statement, or a block that holds it directly.
    private static IfStatementSyntax? GuardingIf(InvocationExpressionSyntax wait)
    {
        if (wait.Parent is not ExpressionStatementSyntax statement)
        {
            return null;
        }

        var guard = statement.Parent switch
        {
            IfStatementSyntax direct => direct,
            BlockSyntax { Parent: IfStatementSyntax inBlock } => inBlock,
            _ => null,
        };
        return guard is { Else: null } && guard.Statement.DescendantNodesAndSelf().Contains(statement) ? guard : null;
    }
}
