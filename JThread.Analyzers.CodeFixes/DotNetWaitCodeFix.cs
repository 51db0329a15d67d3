using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace JThreading.Analyzers;

/// <summary>JT0006's fix where JThread has the same wait: Thread.Sleep to JThread.Sleep, Monitor.Wait to JMonitor.Wait.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DotNetWaitCodeFix)), Shared]
public sealed class DotNetWaitCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => [DiagnosticIds.DotNetWait];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DotNetWaitAnalyzer.ReplacementKey, out string? replacement) || replacement is null ||
                await Fixes.FindAsync<InvocationExpressionSyntax>(context, diagnostic).ConfigureAwait(false) is not
                    { Expression: MemberAccessExpressionSyntax member })
            {
                continue;
            }

            string type = replacement.Substring(0, replacement.IndexOf('.'));
            Fixes.Register(context, diagnostic, "Use " + replacement, token =>
            {
                var replaced = member.WithExpression(Fixes.QualifiedType("JThreading." + type).WithTriviaFrom(member.Expression));
                return Fixes.ReplaceAsync(context.Document, member, replaced, token);
            });
        }
    }
}
