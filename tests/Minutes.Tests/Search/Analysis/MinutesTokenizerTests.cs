using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.TokenAttributes;
using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

/// <summary>
/// The tokenizer reads which alternative matched off the matched text instead of the regex's named groups;
/// these tests replay the pattern with its groups (the tokenizer's earlier, slower way) and demand the
/// same tokens, types and offsets.
/// </summary>
[Trait("Category", "Analysis")]
public sealed class MinutesTokenizerTests
{
    [Theory]
    [InlineData("KKR's møde i Næstved, § 32 og §§ 12a stk. 2")]
    [InlineData("1.5a 17b 2-årig 35.000-37.000 10.00-12.00 1/12-2024 13.11.2025 2,26 ½ 3² 1-2-a 1‐2 5\u0301 1-2\u0301")]
    [InlineData("www. www.x http:// https://www.rs17.dk/born-og-unge/. www.foo@bar.dk kiris@naestved.dk. a@b.c")]
    [InlineData("Skole-dagbehandling e-boks 2020's Anna’S x's 's §")]
    public void TokensAreThoseOfTheNamedGroups(string text)
    {
        Assert.Equal(ReferenceTokens(text), Tokens(text));
    }

    [Fact]
    public void RandomMixesOfNumbersWordsAndSeparatorsGiveTheNamedGroupsTokens()
    {
        string[] pieces =
        [
            "1", "23", "4", "a", "b", "æ", "Ø", "s", "S", ".", ",", "/", ":", "-", "–", "‐", "‑", "'", "’", " ", "\t", "\u00A0",
            "§", "@", "www.", "http://", "https://", "\u0301", "½", "²", "(", "!", "?", "dk",
        ];
        var random = new Random(7);
        for (int i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            int count = random.Next(1, 25);
            for (int j = 0; j < count; j++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            Assert.Equal(ReferenceTokens(text.ToString()), Tokens(text.ToString()));
        }
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var tokenizer = new MinutesTokenizer(new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        var type = tokenizer.AddAttribute<ITypeAttribute>();
        var keyword = tokenizer.AddAttribute<IKeywordAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            tokens.Add($"{term} {type.Type} {keyword.IsKeyword} {offset.StartOffset}-{offset.EndOffset}");
        }

        tokenizer.End();
        return tokens;
    }

    /// <summary>The pattern's named groups decide the type, as the tokenizer did before it read matches as spans.</summary>
    private static List<string> ReferenceTokens(string text)
    {
        var tokens = new List<string>();
        for (Match match = MinutesTokenizer.TokenPattern().Match(text); match.Success; match = match.NextMatch())
        {
            Group group;
            string type;
            string? normalized = null;
            if ((group = match.Groups["url"]).Success)
            {
                type = MinutesTokenizer.UrlType;
                normalized = group.Value.TrimEnd('.', ',', ';', ':', '!', '?', '/');
            }
            else if ((group = match.Groups["email"]).Success)
            {
                type = MinutesTokenizer.EmailType;
            }
            else if ((group = match.Groups["section"]).Success)
            {
                type = MinutesTokenizer.SectionType;
                normalized = "§" + group.Value;
                group = match.Groups[0];
            }
            else if ((group = match.Groups["number"]).Success)
            {
                type = MinutesTokenizer.NumberType;
            }
            else
            {
                group = match.Groups["word"];
                type = MinutesTokenizer.WordType;
            }

            string term = normalized ?? group.Value;
            if (term.Length == 0 || term.Length > MinutesTokenizer.MaxTokenLength)
            {
                continue;
            }

            int end = type == MinutesTokenizer.UrlType ? group.Index + term.Length : group.Index + group.Length;
            tokens.Add($"{term} {type} {type != MinutesTokenizer.WordType} {group.Index}-{end}");
        }

        return tokens;
    }
}
