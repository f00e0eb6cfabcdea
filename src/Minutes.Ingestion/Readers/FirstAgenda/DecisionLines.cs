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

            if (NotReleased().IsMatch(line))
            {
                continue;
            }

            if (continues && statements.Count > 0)
            {
                statements[^1] += "\n" + line;
            }
            else
            {
                statements.Add(line);
            }

            // "Udvalget ønsker, at der fremlægges sager om;" and "Formanden orienterede om:" open a list.
            continues = line.EndsWith(':') || line.EndsWith(';') || (continues && ListLine().IsMatch(line));
        }

        var decisions = statements
            .Select(s => new Decision(s) { Context = indstilling.ContextFor(s) })
            .ToList();
        return (decisions, notes);
    }

    // "Beslutning ikke frigivet": a closed item whose decision is not published states no decision.
    [GeneratedRegex(@"^Beslutning(en)?\s+(er\s+)?ikke\s+frigivet\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotReleased();

    [GeneratedRegex(@"^([-–•▪●◦*]|\d{1,2}[.)]|[a-zæøå][.)])\s")]
    private static partial Regex ListLine();
}
