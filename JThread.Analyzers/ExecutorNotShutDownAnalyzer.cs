using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0010: a local executor made by Executors.New* or a constructor, not declared with using, that its function
/// never shuts down, closes or disposes, and never lets go of (returns, stores, passes to a constructor, to a using
/// statement, or to a method whose name says it shuts down, closes, disposes, terminates, adds or registers it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExecutorNotShutDownAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] s_handOverWords = ["Shutdown", "Close", "Dispose", "Terminat", "Add", "Register"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.ExecutorNotShutDown];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { ExecutorService: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, types), SyntaxKind.LocalDeclarationStatement);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var declaration = (LocalDeclarationStatementSyntax)context.Node;
        if (declaration.UsingKeyword != default)
        {
            return;
        }

        var model = context.SemanticModel;
        var token = context.CancellationToken;
        foreach (var variable in declaration.Declaration.Variables)
        {
            if (variable.Initializer?.Value is not { } value || !CreatesExecutor(value, model, types, token) ||
                model.GetDeclaredSymbol(variable, token) is not ILocalSymbol local)
            {
                continue;
            }

            var scope = ThreadBodies.EnclosingFunction(declaration) ?? declaration.SyntaxTree.GetRoot(token);
            bool letGo = scope.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n =>
                n.Identifier.ValueText == local.Name &&
                SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, token).Symbol, local) &&
                LetsGo(n, model, token));
            if (!letGo)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ExecutorNotShutDown, variable.Identifier.GetLocation(), local.Name));
            }
        }
    }

    private static bool CreatesExecutor(ExpressionSyntax value, SemanticModel model, KnownTypes types, System.Threading.CancellationToken token)
    {
        if (!KnownTypes.IsOrInherits(model.GetTypeInfo(value, token).Type, types.ExecutorService))
        {
            return false;
        }

        // A fork/join pool's workers are daemon threads (ForkJoinPool, Executors.NewWorkStealingPool): it never holds
        // the process, so forgetting it is not this rule's bug.
        return value switch
        {
            BaseObjectCreationExpressionSyntax creation =>
                model.GetTypeInfo(creation, token).Type?.ToDisplayString() != "JThreading.Concurrent.ForkJoinPool",
            InvocationExpressionSyntax invocation => model.GetSymbolInfo(invocation, token).Symbol is IMethodSymbol method &&
                                                     method.Name.StartsWith("New", System.StringComparison.Ordinal) &&
                                                     method.Name != "NewWorkStealingPool" &&
                                                     method.ContainingType.ToDisplayString() == "JThreading.Concurrent.Executors",
            _ => false,
        };
    }

    // Whether this use of the local shuts the executor down or hands it to someone who can.
    private static bool LetsGo(IdentifierNameSyntax use, SemanticModel model, System.Threading.CancellationToken token)
    {
        SyntaxNode node = use;
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case MemberAccessExpressionSyntax member when member.Expression == node:
                return member.Name.Identifier.ValueText is "Shutdown" or "ShutdownNow" or "Close" or "Dispose";
            case ConditionalAccessExpressionSyntax conditional when conditional.Expression == node:
                return conditional.WhenNotNull is InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } &&
                       binding.Name.Identifier.ValueText is "Shutdown" or "ShutdownNow" or "Close" or "Dispose";
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax or YieldStatementSyntax or UsingStatementSyntax:
            case EqualsValueClauseSyntax or InitializerExpressionSyntax or CollectionExpressionSyntax or ExpressionElementSyntax:
            case TupleExpressionSyntax or AnonymousObjectMemberDeclaratorSyntax:
                return true;
            case AssignmentExpressionSyntax assignment:
                return assignment.Right == node;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var owner } }:
                return owner switch
                {
                    BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax or TupleExpressionSyntax => true,
                    InvocationExpressionSyntax invocation => model.GetSymbolInfo(invocation, token).Symbol is IMethodSymbol method &&
                                                             s_handOverWords.Any(w => method.Name.Contains(w)),
                    _ => false,
                };
            case ArgumentSyntax { Parent: TupleExpressionSyntax }:
                return true;
            default:
                return false;
        }
    }
}
