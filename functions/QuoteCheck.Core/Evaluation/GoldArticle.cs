namespace QuoteCheck.Core.Evaluation;

/// <summary>One labelled article of the evaluation set.</summary>
public sealed record GoldArticle(string Id, string? Source, string Text, IReadOnlyList<GoldQuote> Quotes);

/// <summary>One labelled quote: its span (without marks), the speaker mention the annotator linked and, where given, who that speaker is.</summary>
public sealed record GoldQuote(int Start, int End, string Text, string? Speaker, int? SpeakerStart, int? SpeakerEnd, bool Partial, string? Reference = null);
