using System.Text;

namespace Minutes.Search.Querying;

/// <summary>
/// Splits query text into words and phrases with their operators: "quoted phrase", -word,
/// -"phrase", +word, NOT word, a OR b. It reads any string without failing: an unclosed quote
/// makes the rest plain words, stray operators and brackets are ignored. That is the "bad syntax
/// falls back to a plain query" rule, applied token by token.
/// </summary>
internal static class QueryText
{
    private const string Trim = "()[]{}?!.,;:*~^\\/'`´«»“”„";

    public static IReadOnlyList<QueryClause> Parse(string? text)
    {
        var clauses = new List<QueryClause>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return clauses;
        }

        var group = 0;
        bool negateNext = false, orNext = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = negateNext;
            var required = false;
            while (i < text.Length && (text[i] == '-' || text[i] == '+') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated |= text[i] == '-';
                required |= text[i] == '+';
                i++;
            }

            string token;
            var isPhrase = false;
            if (text[i] == '"' && text.IndexOf('"', i + 1) is var close && close > i)
            {
                token = text[(i + 1)..close];
                isPhrase = true;
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && (i == start || text[i] != '"'))
                {
                    i++;
                }

                token = text[start..i].Trim('"').Trim(Trim.ToCharArray());
            }

            if (!isPhrase && token is "OR" or "||")
            {
                orNext = clauses.Count > 0;
                continue;
            }

            if (!isPhrase && token is "AND" or "&&")
            {
                continue;
            }

            if (!isPhrase && token == "NOT")
            {
                negateNext = true;
                continue;
            }

            negateNext = false;
            token = Collapse(token);
            if (token.Length == 0 || !token.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (!orNext || negated)
            {
                group++;
            }

            orNext = false;
            clauses.Add(new QueryClause(token, isPhrase && token.Contains(' '), negated, required && !negated, group));
        }

        return clauses;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
