using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0009: the IFuture returned by a JThread executor's Submit dropped: a call statement, or the expression body of a
/// lambda, method or local function that returns nothing. An explicit discard (_ = pool.Submit(...)) says it is meant and is not reported.
/// An ICompletionService's Submit is not reported either: the service queues the same future for Take/Poll.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FutureIgnoredAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property set when the task is an Action, so Execute can take it instead.</summary>
    public const string CanExecuteKey = "CanExecute";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.FutureIgnored];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { Future: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, types), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var model = context.SemanticModel;
        var token = context.CancellationToken;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Submit" } member ||
            model.GetSymbolInfo(invocation, token).Symbol is not IMethodSymbol method ||
            !KnownTypes.IsOrInherits(method.ReturnType, types.Future) || !Discarded(invocation, model, token) ||
            KnownTypes.IsOrInherits(method.ContainingType, types.CompletionService))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (method.Parameters.Length == 1 && method.Parameters[0].Type.ToDisplayString() == "System.Action" &&
            KnownTypes.IsOrInherits(method.ContainingType, types.Executor))
        {
            properties = properties.Add(CanExecuteKey, "true");
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.FutureIgnored, member.Name.GetLocation(), properties));
    }

    private static bool Discarded(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken token) =>
        invocation.Parent switch
        {
            ExpressionStatementSyntax => true,
            AnonymousFunctionExpressionSyntax lambda when lambda.ExpressionBody == invocation =>
                model.GetSymbolInfo(lambda, token).Symbol is IMethodSymbol { ReturnsVoid: true },
            ArrowExpressionClauseSyntax { Parent: (MethodDeclarationSyntax or LocalFunctionStatementSyntax) and var owner } =>
                model.GetDeclaredSymbol(owner, token) is IMethodSymbol { ReturnsVoid: true },
            _ => false,
        };
}
