using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JThreading.Analyzers;

/// <summary>
/// JT0001: a catch of InterruptedException (or of Exception, or with no type, around a JThread blocking call) that
/// neither throws nor restores the interrupt flag. A catch that ends a thread's body or an executor task (the try is
/// the body's last statement, or the catch returns from the body) has honoured the interrupt and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedInterruptAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.SwallowedInterrupt];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.From(start.Compilation) is { InterruptedException: not null } types)
            {
                start.RegisterSyntaxNodeAction(c => Analyze(c, types), SyntaxKind.CatchClause);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var catchClause = (CatchClauseSyntax)context.Node;
        if (catchClause.Parent is not TryStatementSyntax tryStatement)
        {
            return;
        }

        var model = context.SemanticModel;
        var token = context.CancellationToken;
        var caught = catchClause.Declaration is null ? types.Exception : model.GetTypeInfo(catchClause.Declaration.Type, token).Type;
        if (!KnownTypes.IsOrInherits(caught, types.InterruptedException))
        {
            // A broader catch (Exception, no type) counts only around a blocking call, with no filter, and when no
            // earlier catch of the same try takes the InterruptedException.
            if (!types.CatchesInterrupt(caught) || catchClause.Filter is not null ||
                tryStatement.Catches.TakeWhile(c => c != catchClause).Any(c => c.Declaration is not null &&
                    KnownTypes.IsOrInherits(types.InterruptedException, model.GetTypeInfo(c.Declaration.Type, token).Type as INamedTypeSymbol)) ||
                !ContainsBlockingCall(tryStatement.Block, model, token))
            {
                return;
            }
        }

        if (ThrowsOrReinterrupts(catchClause.Block, model, types, token) || EndsBody(tryStatement, catchClause, model, types, token))
        {
            return;
        }

        var location = catchClause.Declaration?.Type.GetLocation() ?? catchClause.CatchKeyword.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SwallowedInterrupt, location));
    }

    private static bool ContainsBlockingCall(BlockSyntax block, SemanticModel model, System.Threading.CancellationToken token) =>
        ThreadBodies.SameFunctionDescendants(block).OfType<InvocationExpressionSyntax>().Any(i =>
            model.GetSymbolInfo(i, token).Symbol is IMethodSymbol method && BlockingCalls.ThrowsInterruptedException(method));

    private static bool ThrowsOrReinterrupts(BlockSyntax block, SemanticModel model, KnownTypes types, System.Threading.CancellationToken token)
    {
        foreach (var node in ThreadBodies.SameFunctionDescendants(block))
        {
            if (node is ThrowStatementSyntax or ThrowExpressionSyntax)
            {
                return true;
            }

            if (node is InvocationExpressionSyntax invocation &&
                model.GetSymbolInfo(invocation, token).Symbol is IMethodSymbol { Name: "Interrupt" } method &&
                KnownTypes.IsOrInherits(method.ContainingType, types.JThread))
            {
                return true;
            }
        }

        return false;
    }

    // The try is the last statement of a thread's body or executor task, or the catch returns from one: the body
    // ends, which is how a thread answers an interrupt.
    private static bool EndsBody(TryStatementSyntax tryStatement, CatchClauseSyntax catchClause, SemanticModel model, KnownTypes types, System.Threading.CancellationToken token)
    {
        var function = ThreadBodies.EnclosingFunction(tryStatement);
        if (function is null || ThreadBodies.Classify(function, model, types, token) == BodyKind.Unknown)
        {
            return false;
        }

        if (ThreadBodies.BodyBlock(function) is { } body && body.Statements.LastOrDefault() == tryStatement)
        {
            return true;
        }

        return ThreadBodies.SameFunctionDescendants(catchClause.Block).OfType<ReturnStatementSyntax>().Any();
    }
}
