using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0003: JMonitor.Wait not inside a loop of its own function that tests a condition again on each turn (see
/// RetestsCondition).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WaitNotInLoopAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.WaitNotInLoop];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { JMonitor: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, types), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } ||
            context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method ||
            !KnownTypes.IsMethodOf(method, types.JMonitor, "Wait"))
        {
            return;
        }

        foreach (var ancestor in invocation.Ancestors())
        {
            if (RetestsCondition(ancestor, invocation))
            {
                return;
            }

            if (ThreadBodies.IsFunction(ancestor))
            {
                break;
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.WaitNotInLoop, UnhandledInterruptedExceptionAnalyzer.NameLocation(invocation)));
    }

    // A loop that tests a condition again on every turn: a while or do whose condition is not the constant true, a
    // for with such a condition, or an endless loop (while (true), do ... while (true), for (;;)) whose body leaves it
    // from an if (the condition tested in the body: if (ready) break;). A foreach, or an endless loop with no such
    // if, does not re-test anything.
    // An endless loop whose body is the wait alone is accepted too: nothing acts on a wake-up, the thread waits again
    // until an interrupt ends the loop (the Interruption lesson's "wait for a notify that never comes").
    private static bool RetestsCondition(SyntaxNode node, InvocationExpressionSyntax wait) => node switch
    {
        WhileStatementSyntax loop => !IsConstantTrue(loop.Condition) || LeavesFromIf(loop.Statement) || WaitsOnly(loop.Statement, wait),
        DoStatementSyntax loop => !IsConstantTrue(loop.Condition) || LeavesFromIf(loop.Statement) || WaitsOnly(loop.Statement, wait),
        ForStatementSyntax loop => (loop.Condition is not null && !IsConstantTrue(loop.Condition)) ||
                                   LeavesFromIf(loop.Statement) || WaitsOnly(loop.Statement, wait),
        _ => false,
    };

    private static bool WaitsOnly(StatementSyntax body, InvocationExpressionSyntax wait)
    {
        while (body is BlockSyntax { Statements.Count: 1 } block)
        {
            body = block.Statements[0];
        }

        return body is ExpressionStatementSyntax statement && statement.Expression == wait;
    }

    private static bool IsConstantTrue(ExpressionSyntax condition)
    {
        while (condition is ParenthesizedExpressionSyntax parenthesized)
        {
            condition = parenthesized.Expression;
        }

        return condition.IsKind(SyntaxKind.TrueLiteralExpression);
    }

    // An if in the loop's body (not in a nested loop or function) whose branches break out of, return from or throw
    // out of the loop.
    private static bool LeavesFromIf(StatementSyntax body) =>
        Descendants(body).OfType<IfStatementSyntax>().Any(i =>
            Descendants(i.Statement).Concat(i.Else is null ? [] : Descendants(i.Else)).Any(n =>
                n is BreakStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax));

    // The nodes under root that belong to this loop: not inside a nested loop or switch (where break means that one)
    // or a nested function.
    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode root) =>
        root.DescendantNodesAndSelf(n => n == root ||
            n is not (WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or ForEachStatementSyntax or SwitchStatementSyntax) &&
            !ThreadBodies.IsFunction(n));
}
