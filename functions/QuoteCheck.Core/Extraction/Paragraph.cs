namespace QuoteCheck.Core.Extraction;

/// <summary>One line of the article (news text puts each paragraph on its own line), and whether clean-up excluded it.</summary>
internal readonly record struct Paragraph(int Start, int End, bool Excluded);
