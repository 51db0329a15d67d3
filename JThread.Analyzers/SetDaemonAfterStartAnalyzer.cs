using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0008: SetDaemon on a thread (a local, parameter, field or property) after a Start() on the same one earlier in
/// the same function, with no assignment to it in between.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SetDaemonAfterStartAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.SetDaemonAfterStart];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { } types)
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
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "SetDaemon" } member ||
            model.GetSymbolInfo(invocation, token).Symbol is not IMethodSymbol method ||
            !KnownTypes.IsOrInherits(method.ContainingType, types.JThread) ||
            model.GetSymbolInfo(member.Expression, token).Symbol is not ({ } thread and (ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol)))
        {
            return;
        }

        var scope = ThreadBodies.EnclosingFunction(invocation) ?? invocation.SyntaxTree.GetRoot(token);
        int at = invocation.SpanStart;
        var nodes = ThreadBodies.SameFunctionDescendants(scope).ToList();
        var lastStart = nodes.OfType<InvocationExpressionSyntax>()
            .Where(i => i.SpanStart < at && i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Start" } started &&
                        i.ArgumentList.Arguments.Count == 0 &&
                        SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(started.Expression, token).Symbol, thread) &&
                        model.GetSymbolInfo(i, token).Symbol is IMethodSymbol startMethod &&
                        KnownTypes.IsOrInherits(startMethod.ContainingType, types.JThread))
            .LastOrDefault();
        if (lastStart is null)
        {
            return;
        }

        bool reassigned = nodes.OfType<AssignmentExpressionSyntax>().Any(a =>
            a.SpanStart > lastStart.SpanStart && a.SpanStart < at &&
            SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(a.Left, token).Symbol, thread));
        if (!reassigned)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SetDaemonAfterStart, member.Name.GetLocation(), member.Expression.ToString()));
        }
    }
}
