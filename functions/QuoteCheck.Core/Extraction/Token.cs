namespace QuoteCheck.Core.Extraction;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Punct,
    OpenMark,
    CloseMark,
}

/// <summary>A word, punctuation mark or quotation mark, with the quote it lies in (-1 outside quotes) and its sentence.</summary>
internal struct Token
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public int Quote;
    public int Paragraph;
    public int Sentence;
    public string Text;

    public readonly bool IsWord => Kind == TokenKind.Word;

    public readonly bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public readonly bool Is(char c) => Kind == TokenKind.Punct && Text.Length == 1 && Text[0] == c;
}
