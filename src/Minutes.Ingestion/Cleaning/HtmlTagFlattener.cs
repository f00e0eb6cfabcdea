using System.Net;
using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Cleaning;

/// <summary>
/// Text files exported from web pages can still hold markup ("&lt;b&gt;1. Velkommen&lt;/b&gt;",
/// "&lt;li&gt;"). This turns block tags into line breaks and list items into "- " lines and drops the
/// rest, so the parser sees lines. Files with only a stray "&lt;" are left alone.
/// </summary>
public static partial class HtmlTagFlattener
{
    public static bool HasMarkup(string text) => MarkupTag().Matches(text).Count >= 5;

    public static string Flatten(string text)
    {
        text = ScriptOrStyle().Replace(text, "");
        // "<b>6. Nyt fra rammeaftale Sjælland</b>  <a>Link til ...</a>\tPovl Skov ...": the bold run is the title
        // cell's title; plain text after it in the cell (a link, "Bilag 7: ...") is text. A second bold run is title.
        text = BoldTitleThenMore().Replace(text, "$1\t");
        text = ListItem().Replace(text, "\n- ");
        text = BlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        // A list item that already carries its own bullet ("- Referat", "➤ Vi skal") keeps just one.
        return DoubledBullet().Replace(text, "$1");
    }

    [GeneratedRegex(@"</?(b|p|li|ul|ol|br|div|strong|i|em|a|h[1-6]|table|tr|td)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupTag();

    [GeneratedRegex(@"(?m)^([ \t]*(?:<p\b[^>]*>)?[ ]*<(b|strong)>[^<\n]*</\2>)[ \u00A0]{2,}(?!<(b|strong)>)(?=[^\t\n]*\t)", RegexOptions.IgnoreCase)]
    private static partial Regex BoldTitleThenMore();

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<li\b[^>]*>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</?(p|ul|ol|div|h[1-6]|tr|table)\b[^>]*>|<br\s*/?>|</li>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(?m)^- ([-–•➤➢▪]\s)")]
    private static partial Regex DoubledBullet();
}
