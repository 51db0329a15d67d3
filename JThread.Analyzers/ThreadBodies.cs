using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JThreading.Analyzers;

/// <summary>What runs a function's body: a JThread, a JThread executor, or something the analyzers cannot tell.</summary>
internal enum BodyKind
{
    /// <summary>Not known to run on a JThread.</summary>
    Unknown,

    /// <summary>A JThread's body: the action given to its constructor, builder or factory, or a Run() override.</summary>
    Thread,

    /// <summary>A task given to a JThread executor (Execute, Submit, Schedule*).</summary>
    ExecutorTask,
}

/// <summary>Finds the function around a node and whether it is a thread's body.</summary>
internal static class ThreadBodies
{
    /// <summary>The lambda, anonymous method, local function, method or accessor around <paramref name="node"/>.</summary>
    public static SyntaxNode? EnclosingFunction(SyntaxNode node) => node.Ancestors().FirstOrDefault(IsFunction);

    /// <summary>Whether <paramref name="node"/> is a function boundary: code inside it runs when the function is called.</summary>
    public static bool IsFunction(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
            or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax };

    /// <summary>The nodes under <paramref name="root"/> that run with it, not in a nested lambda or local function.</summary>
    public static System.Collections.Generic.IEnumerable<SyntaxNode> SameFunctionDescendants(SyntaxNode root) =>
        root.DescendantNodes(n => n == root || !IsFunction(n)).Where(n => !IsFunction(n));

    /// <summary>What runs <paramref name="function"/>'s body.</summary>
    public static BodyKind Classify(SyntaxNode function, SemanticModel model, KnownTypes types, System.Threading.CancellationToken cancellationToken)
    {
        if (function is MethodDeclarationSyntax method)
        {
            return method.Identifier.ValueText == "Run" && method.ParameterList.Parameters.Count == 0 &&
                   method.Modifiers.Any(SyntaxKind.OverrideKeyword) &&
                   model.GetDeclaredSymbol(method, cancellationToken) is { } symbol &&
                   KnownTypes.IsOrInherits(symbol.ContainingType, types.JThread)
                ? BodyKind.Thread
                : BodyKind.Unknown;
        }

        if (function is not AnonymousFunctionExpressionSyntax lambda)
        {
            return BodyKind.Unknown;
        }

        SyntaxNode current = lambda;
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            current = current.Parent;
        }

        if (current.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } owner } })
        {
            return BodyKind.Unknown;
        }

        switch (owner)
        {
            case BaseObjectCreationExpressionSyntax creation:
                return KnownTypes.IsOrInherits(model.GetTypeInfo(creation, cancellationToken).Type, types.JThread)
                    ? BodyKind.Thread
                    : BodyKind.Unknown;
            case ConstructorInitializerSyntax initializer:
                return model.GetSymbolInfo(initializer, cancellationToken).Symbol is IMethodSymbol baseConstructor &&
                       KnownTypes.IsOrInherits(baseConstructor.ContainingType, types.JThread)
                    ? BodyKind.Thread
                    : BodyKind.Unknown;
            case InvocationExpressionSyntax invocation:
                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol called)
                {
                    return BodyKind.Unknown;
                }

                var type = called.ContainingType;
                if ((KnownTypes.IsOrInherits(type, types.JThreadBuilder) && called.Name is "Start" or "Unstarted") ||
                    (KnownTypes.IsOrInherits(type, types.ThreadFactory) && called.Name == "NewThread"))
                {
                    return BodyKind.Thread;
                }

                return KnownTypes.IsOrInherits(type, types.Executor) &&
                       called.Name is "Execute" or "Submit" or "Schedule" or "ScheduleAtFixedRate" or "ScheduleWithFixedDelay"
                    ? BodyKind.ExecutorTask
                    : BodyKind.Unknown;
            default:
                return BodyKind.Unknown;
        }
    }

    /// <summary>
    /// What runs the code at <paramref name="node"/>: the kind of the nearest enclosing thread body or executor task,
    /// looking out through lambdas (a lambda inside a thread's body, such as a ForEach callback, usually runs there
    /// too) but not past a method or local function.
    /// </summary>
    public static BodyKind ClassifyOuter(SyntaxNode node, SemanticModel model, KnownTypes types, System.Threading.CancellationToken cancellationToken)
    {
        for (var function = EnclosingFunction(node); function is not null; function = EnclosingFunction(function))
        {
            var kind = Classify(function, model, types, cancellationToken);
            if (kind != BodyKind.Unknown)
            {
                return kind;
            }

            if (function is not AnonymousFunctionExpressionSyntax)
            {
                return BodyKind.Unknown;
            }
        }

        return BodyKind.Unknown;
    }

    /// <summary>The body block of a lambda, method or local function, or null for an expression body.</summary>
    public static BlockSyntax? BodyBlock(SyntaxNode function) => function switch
    {
        AnonymousFunctionExpressionSyntax lambda => lambda.Block,
        BaseMethodDeclarationSyntax method => method.Body,
        LocalFunctionStatementSyntax local => local.Body,
        _ => null,
    };

    /// <summary>Whether <paramref name="node"/> sits in the try block of a try statement whose catches take an InterruptedException.</summary>
    public static bool IsInterruptHandled(SyntaxNode node, SyntaxNode? function, SemanticModel model, KnownTypes types, System.Threading.CancellationToken cancellationToken)
    {
        SyntaxNode? child = node;
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor == function)
            {
                return false;
            }

            if (ancestor is TryStatementSyntax tryStatement && child == tryStatement.Block &&
                tryStatement.Catches.Any(c => c.Declaration is null ||
                                              types.CatchesInterrupt(model.GetTypeInfo(c.Declaration.Type, cancellationToken).Type)))
            {
                return true;
            }

            child = ancestor;
        }

        return false;
    }
}
