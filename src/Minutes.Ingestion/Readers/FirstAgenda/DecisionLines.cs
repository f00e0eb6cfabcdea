using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Ingestion.Readers.FirstAgenda;

/// <summary>
/// The decisions of one item from its Beslutning section, as published: each statement line is a decision
/// ("1. Godkendt", "2. Udvalget ønsker ..."), a line that introduces a list (ending in ':' or ';') keeps the list
/// lines under it, and lines about attendance ("Afbud: ...", "Fraværende: ...") are returned as
/// <see cref="AttendanceNote"/>s instead. A decision that refers to the Indstilling ("1.-2. Anbefales.",
/// "Godkendt.") carries the points it refers to as its <see cref="Decision.Context"/>.
/// </summary>
internal static partial class DecisionLines
{
    public static (IReadOnlyList<Decision> Decisions, IReadOnlyList<AttendanceNote> Attendance) Read(string beslutning, IndstillingPoints indstilling)
    {
        var statements = new List<string>();
        var notes = new List<AttendanceNote>();
        var continues = false;
        string? label = null;
        foreach (var raw in beslutning.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // "Ikke til stede:" in bold on a line of its own, the names on the next.
            if (AttendanceNote.IsLabel(line))
            {
                label = line;
                continue;
            }

            if (label is not null)
            {
                line = label + " " + line;
                label = null;
            }

            if (AttendanceNote.Parse(line) is { } note)
            {
                notes.Add(note);
                continues = false;
                continue;
            }

            if (NotReleased().IsMatch(line) || !line.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            // A vote ("For stemte: (Ø).", "Imod: F", "A og C undlader.", "V, D og Liselott Blixt (UP) stemmer imod.") belongs to the decision it was cast on.
            // A bullet under a plain line spells that line out ("1. Udvalget ønsker" / "- at få overblik over ...").
            var spellsOut = statements.Count > 0 && Bullet().IsMatch(line) && !Bullet().IsMatch(statements[^1]);
            if ((continues || spellsOut || Vote().IsMatch(line)) && statements.Count > 0)
            {
                statements[^1] += "\n" + line;
            }
            else
            {
                statements.Add(line);
            }

            // "Udvalget ønsker, at der fremlægges sager om;" and "Formanden orienterede om:" open a list; a title
            // ("Pavilloner til flygtninge", "Ad punkt 3") or a bare point number ("1.") opens the paragraph under it.
            continues = line.EndsWith(':') || line.EndsWith(';') || (continues && ListLine().IsMatch(line)) || IsLeadIn(line);
        }

        var decisions = statements
            .Select(s => new Decision(s) { Context = indstilling.ContextFor(s) })
            .ToList();
        return (decisions, notes);
    }

    /// <summary>A short line without closing punctuation that is no decision of its own: a title or a bare point number.</summary>
    private static bool IsLeadIn(string line) =>
        line.Length <= 60 && !ClosingPunctuation().IsMatch(line) && !Outcome().IsMatch(line)
        && (IndstillingPoints.ReferredPoints(line).Count == 0 || BarePoint().IsMatch(line));

    [GeneratedRegex(@"[.!?:;)”""]$")]
    private static partial Regex ClosingPunctuation();

    // A short line that states an outcome on its own, with or without its full stop: "2. Godkendt", "Anbefales".
    [GeneratedRegex(@"^(\d{1,2}[a-z]?[.)]?\s*(-\s*\d{1,2}\.?)?\s*)?[a-zæøå]?[.)]?\s*(Godkend|Anbefal|Taget til efterretning|Drøftet|Tiltrådt|Vedtag|Ikke godkendt|Afvist|Bortfald|Udsat|Oversendes|Orienteringen|Sagen)", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    [GeneratedRegex(@"^((Ad\s+)?(punkt|pkt\.?)\s*|Ad\s+)?\d{1,2}[a-z]?[.)]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BarePoint();

    [GeneratedRegex(@"^((For|Imod)\s+stemte|Stemte\s+(for|imod)|(For|Imod|Undlod|Undlader)(\s+at\s+stemme)?\s*:)|^.{0,150}\b(stemmer|stemte|stemme)\s+(for|imod)\b|^.{0,80}\bundl(od|ader)\b(?!.{40})", RegexOptions.IgnoreCase)]
    private static partial Regex Vote();

    // "Beslutning ikke frigivet": a closed item whose decision is not published states no decision.
    [GeneratedRegex(@"^Beslutning(en)?\s+(er\s+)?ikke\s+frigivet\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotReleased();

    [GeneratedRegex(@"^([-–•▪●◦*]|\d{1,2}[.)]|[a-zæøå][.)])\s")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^[-–•▪●◦*]\s")]
    private static partial Regex Bullet();
}
