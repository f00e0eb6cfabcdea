using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// Reads the meeting header: title, the body that met, the meeting's date (preferring the date on a
/// line that names the meeting or says "Dato:" over a document date such as "DATO 21. november
/// 2025" on a draft), time, place, participants, absentees and the minute-taker.
/// </summary>
internal static partial class HeaderParser
{
    private static readonly string[] Regions = ["Sjælland", "Hovedstaden", "Syddanmark", "Midtjylland", "Nordjylland"];

    public static MeetingHeader Parse(IReadOnlyList<string> header, string wholeText, string fileName)
    {
        var lines = header.Select(l => l.Trim().TrimStart('#', ' ')).Where(l => l.Length > 0).ToList();
        var title = lines.FirstOrDefault(l => MeetingWord().IsMatch(l) && l.Length <= 200)
            ?? lines.FirstOrDefault() ?? Path.GetFileNameWithoutExtension(fileName);
        title = Whitespace().Replace(title, " ").Trim();

        var labelled = Labelled(lines);
        var participants = labelled.TryGetValue("deltagere", out var p) || labelled.TryGetValue("medlemmer", out p) || labelled.TryGetValue("til stede", out p)
            ? PeopleParser.Parse(StripMinuteTaker(p)) : [];
        var absentText = labelled.GetValueOrDefault("fraværende") ?? labelled.GetValueOrDefault("afbud");
        var absent = absentText is null ? [] : PeopleParser.Parse(absentText);

        return new MeetingHeader(
            title,
            Body(title, lines, wholeText),
            LabelledDate(labelled, lines) ?? MeetingDate(lines, wholeText),
            TimeOfDay().Match(string.Join("\n", lines)) is { Success: true } t ? Whitespace().Replace(t.Groups["time"].Value, "") : null,
            Place(lines, labelled),
            participants,
            absent,
            MinuteTaker(lines, labelled, participants));
    }

    /// <summary>
    /// The date a label gives the meeting ("Mødedato: Onsdag den 19. november 2025", "Dato: 14. oktober 2025",
    /// "Mødetidspunkt: 27-08-2025 kl. 16.00") or a sentence saying when it was held ("Mødet afholdtes ... den
    /// 4. december 2012"): these come before any other date in the text, such as a draft's or a quoted meeting's.
    /// </summary>
    private static DateOnly? LabelledDate(Dictionary<string, string> labelled, List<string> lines)
    {
        foreach (var key in new[] { "mødedato", "dato", "mødetidspunkt", "tid og sted" })
        {
            if (labelled.TryGetValue(key, out var value) && DanishDates.First(value) is { } date)
            {
                return date;
            }
        }

        foreach (var line in lines)
        {
            if (Held().Match(line) is { Success: true } held && DanishDates.First(line[held.Index..]) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? MeetingDate(List<string> lines, string wholeText)
    {
        var best = (Score: int.MinValue, Date: (DateOnly?)null);
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var (date, _) in DanishDates.FindAll(lines[i]))
            {
                var score = -i;
                if (MeetingWord().IsMatch(lines[i]) || DateLabel().IsMatch(lines[i]))
                {
                    score += 1000;
                }

                if (i > 0 && lines[i - 1].Trim().Equals("dato", StringComparison.OrdinalIgnoreCase))
                {
                    // A bare "DATO" label above a date is the document's date box, not the meeting's.
                    score -= 500;
                }

                if (score > best.Score)
                {
                    best = (score, date);
                }
            }
        }

        return best.Date ?? DanishDates.First(wholeText);
    }

    private static string? Body(string title, List<string> lines, string wholeText)
    {
        foreach (var line in lines.Take(12).Prepend(title).Distinct())
        {
            if (line != title && title.Contains("styregruppe", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (NetworkGroup().Match(line) is { Success: true } g)
            {
                return Capitalise(g.Value.Trim());
            }

            if (MeetingOf().Match(line) is { Success: true } m)
            {
                return Capitalise(m.Groups["body"].Value.Trim().TrimEnd('.', ','));
            }

            if (BodysMeeting().Match(line) is { Success: true } b)
            {
                // "Økonomiudvalgets møde": the body in the genitive.
                return b.Groups["body"].Value.Trim();
            }
        }

        if (title.Contains("styregruppe", StringComparison.OrdinalIgnoreCase))
        {
            var region = Regions.MaxBy(r => Regex.Count(wholeText, Regex.Escape(r)));
            return wholeText.Contains("rammeaftale", StringComparison.OrdinalIgnoreCase) && region is not null
                ? $"Styregruppen for Rammeaftale {region}"
                : "Styregruppen";
        }

        return null;
    }

    private static string? Place(List<string> lines, Dictionary<string, string> labelled)
    {
        foreach (var key in new[] { "adresse", "sted", "mødested", "mødelokale", "lokation", "lokale" })
        {
            if (labelled.TryGetValue(key, out var value))
            {
                return Clip(value);
            }
        }

        if (labelled.TryGetValue("tid og sted", out var timeAndPlace))
        {
            var afterTime = TimeOfDay().Replace(timeAndPlace, "").Trim();
            afterTime = Regex.Replace(afterTime, @"^(på|i)\s+", "", RegexOptions.IgnoreCase);
            return Clip(afterTime.Split(':')[0].Trim());
        }

        return lines.FirstOrDefault(l => Online().IsMatch(l) && l.Length < 80)?.Trim();
    }

    private static string? MinuteTaker(List<string> lines, Dictionary<string, string> labelled, IReadOnlyList<Person> participants)
    {
        var all = string.Join(" ", lines);
        if (MinuteTakerLabel().Match(all) is { Success: true } m)
        {
            return m.Groups["name"].Value.Trim();
        }

        var secretary = SecretaryInBrackets().Match(all);
        return secretary.Success ? secretary.Groups["name"].Value.Trim() : null;
    }

    private static string StripMinuteTaker(string participants) => MinuteTakerLabel().Replace(participants, "");

    /// <summary>"Deltagere: ..." and its wrapped lines, up to the next label.</summary>
    private static Dictionary<string, string> Labelled(List<string> lines)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? current = null;
        foreach (var line in lines)
        {
            var label = Label().Match(line);
            if (label.Success)
            {
                current = label.Groups["label"].Value.ToLowerInvariant();
                current = Whitespace().Replace(current, " ");
                result[current] = label.Groups["value"].Value.Trim();
                continue;
            }

            if (current is not null && result[current].Length == 0 && line.Length > 0)
            {
                // "Mødedato:" with its value in the next paragraph (Word minutes keep label and value apart).
                result[current] = line;
            }
            else if (current is "deltagere" or "fraværende" or "afbud" or "medlemmer" && line.Length > 0 && !MeetingWord().IsMatch(line[..Math.Min(line.Length, 25)])
                && (line.Contains(',') || line.Contains('(') || line.Contains(" og ")))
            {
                result[current] += " " + line;
            }
            else
            {
                current = null;
            }
        }

        return result;
    }

    private static string Clip(string value) => value.Length > 120 ? value[..120].Trim() : value;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^(?<label>deltagere|medlemmer|fraværende|afbud|adresse|sted|mødested|mødelokale|lokation|lokale|tid og sted|dato|mødedato|mødetidspunkt|referent|til stede)\s*[:.]\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(referat|dagsorden|møde|mødet|styregruppemøde|beslutningsprotokol)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"\b(afholdt|afholdtes|holdt|mødtes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Held();

    [GeneratedRegex(@"^\s*dato\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"\bnetværksgruppe(n)?\s+(for\s+)?\p{L}+(\s+(og|&)\s+\p{L}+)?", RegexOptions.IgnoreCase)]
    private static partial Regex NetworkGroup();

    [GeneratedRegex(@"^\s*(\d+\.\s*)?(ordinært\s+|ekstraordinært\s+)?møde\s+i\s+(?<body>.{4,100})$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOf();

    [GeneratedRegex(@"^(?<body>\p{Lu}[\p{L}\-]{3,40}(\s+\p{L}[\p{L}\-]{1,30}){0,3}?)s\s+(ordinære\s+|ekstraordinære\s+)?møde\b")]
    private static partial Regex BodysMeeting();

    [GeneratedRegex(@"\b[Kk]l\.?\s*(?<time>\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*(?:ca\.\s*)?\d{1,2}(?:[.:]\d{2})?)")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\b(teams|virtuelt|online|zoom|skype)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Online();

    [GeneratedRegex(@"\b(Referat|Referent)\s*:\s*(?<name>\p{Lu}[\p{L}\-]+(\s+\p{Lu}[\p{L}\-.]*){0,3})(\s*\([^)]*\))?\.?", RegexOptions.None)]
    private static partial Regex MinuteTakerLabel();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\-]+(\s+\p{Lu}[\p{L}\-]+){0,3})\s*\([^)]*[Ss]ekretær[^)]*\)")]
    private static partial Regex SecretaryInBrackets();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
