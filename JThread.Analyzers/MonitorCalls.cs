using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JThreading.Analyzers;

/// <summary>Shared by JT0004 and JT0005: JMonitor calls and the lock statements around them.</summary>
internal static class MonitorCalls
{
    /// <summary>The JMonitor method (Wait, Notify, NotifyAll) that <paramref name="invocation"/> calls, and its object.</summary>
    public static bool TryGet(InvocationExpressionSyntax invocation, SemanticModel model, KnownTypes types, System.Threading.CancellationToken token,
        out IMethodSymbol method, out ExpressionSyntax target)
    {
        method = null!;
        target = null!;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" or "Notify" or "NotifyAll" } ||
            invocation.ArgumentList.Arguments.Count == 0 ||
            model.GetSymbolInfo(invocation, token).Symbol is not IMethodSymbol called ||
            !SymbolEqualityComparer.Default.Equals(called.ContainingType, types.JMonitor))
        {
            return false;
        }

        method = called;
        target = invocation.ArgumentList.Arguments[0].Expression;
        return true;
    }

    /// <summary>The nearest lock statement of the same function on the same object as <paramref name="target"/>.</summary>
    public static LockStatementSyntax? EnclosingLockOn(SyntaxNode node, ExpressionSyntax target, SemanticModel model, System.Threading.CancellationToken token)
    {
        foreach (var ancestor in node.Ancestors())
        {
            if (ThreadBodies.IsFunction(ancestor))
            {
                return null;
            }

            if (ancestor is LockStatementSyntax lockStatement && SameObject(lockStatement.Expression, target, model, token))
            {
                return lockStatement;
            }
        }

        return null;
    }

    /// <summary>Whether two expressions name the same object: the same text (less this. and parentheses) or the same symbol.</summary>
    public static bool SameObject(ExpressionSyntax left, ExpressionSyntax right, SemanticModel model, System.Threading.CancellationToken token)
    {
        left = Strip(left);
        right = Strip(right);
        if (SyntaxFactory.AreEquivalent(left, right))
        {
            return true;
        }

        if (left is ThisExpressionSyntax || right is ThisExpressionSyntax)
        {
            return false;
        }

        var leftSymbol = model.GetSymbolInfo(left, token).Symbol;
        return leftSymbol is ILocalSymbol or IParameterSymbol or IFieldSymbol &&
               SymbolEqualityComparer.Default.Equals(leftSymbol, model.GetSymbolInfo(right, token).Symbol) &&
               (leftSymbol is not IFieldSymbol { IsStatic: false } || (IsOnThis(left) && IsOnThis(right)));
    }

    /// <summary>Whether the function around <paramref name="node"/> calls Monitor.Enter or TryEnter on the object.</summary>
    public static bool EntersMonitorOn(SyntaxNode node, ExpressionSyntax target, SemanticModel model, KnownTypes types, System.Threading.CancellationToken token)
    {
        var scope = ThreadBodies.EnclosingFunction(node) ?? node.SyntaxTree.GetRoot(token);
        return ThreadBodies.SameFunctionDescendants(scope).OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Enter" or "TryEnter" } &&
            i.ArgumentList.Arguments.Count > 0 &&
            model.GetSymbolInfo(i, token).Symbol is IMethodSymbol enter &&
            SymbolEqualityComparer.Default.Equals(enter.ContainingType, types.Monitor) &&
            SameObject(i.ArgumentList.Arguments[0].Expression, target, model, token));
    }

    private static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } member:
                    expression = member.Name;
                    break;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }

    // An instance field named with no receiver, or on this.
    private static bool IsOnThis(ExpressionSyntax expression) =>
        expression is IdentifierNameSyntax || expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
}
