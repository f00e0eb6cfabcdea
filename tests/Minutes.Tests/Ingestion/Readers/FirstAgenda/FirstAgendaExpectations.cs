using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Tests.Ingestion.Readers.FirstAgenda;

/// <summary>The checks of a read meeting against what its JSON publishes, shared by the fixture and the Greve tests.</summary>
internal static partial class FirstAgendaExpectations
{
    public static void AssertAsPublished(Meeting meeting, PublishedMeeting published, string file)
    {
        Assert.Equal(published.Body.TrimStart('.'), meeting.Body);
        // The file is named after the meeting's Danish date, and the feed's own offset is Danish time.
        Assert.Equal(DateOnly.FromDateTime(published.Start.DateTime), meeting.Date);
        Assert.Contains($"_{meeting.Date:yyyy-MM-dd}_", file, StringComparison.Ordinal);
        Assert.Equal(file, meeting.Source.File);
        Assert.Equal(1, meeting.Source.Pages);

        Assert.Equal(published.Items.Select(i => i.Number), meeting.Items.Select(i => i.Number));
        Assert.Equal(published.Items.Select(i => i.Caption), meeting.Items.Select(i => i.Title));
        Assert.Equal(published.Items.Select(i => i.CaseNumber), meeting.Items.Select(i => i.CaseNumber));
        Assert.Equal(published.Items.Select(i => i.Closed), meeting.Items.Select(i => i.Closed));
        Assert.Equal(published.Items.Select(i => i.Attachments), meeting.Items.Select(i => i.Attachments));
        for (var k = 0; k < published.Items.Count; k++)
        {
            var expected = Comparable(WithoutAttendance(published.Items[k].BeslutningLines));
            var actual = Comparable(meeting.Items[k].Decisions.Select(d => d.Text));
            Assert.True(expected == actual, $"{file} item {published.Items[k].Number}: decisions\n  {actual}\nnot the published Beslutning\n  {expected}");
        }

        foreach (var name in published.FlaggedAbsent.Concat(published.SentApologies))
        {
            Assert.Contains(meeting.Absent, p => p.Name == name);
            Assert.DoesNotContain(meeting.Participants, p => p.Name == name);
        }
    }

    /// <summary>Letters and digits only: the reader renders lists with their markers, the check reads the raw text.</summary>
    private static string Comparable(IEnumerable<string> lines) => NotLetterOrDigit().Replace(string.Concat(lines), "");

    /// <summary>The lines that are not about attendance; a bare label ("Ikke til stede:") takes the names on the next line with it.</summary>
    private static IEnumerable<string> WithoutAttendance(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (AttendanceLabel().IsMatch(lines[i]))
            {
                i++;
            }
            else if (!AttendanceOrWithheld().IsMatch(lines[i]))
            {
                yield return lines[i];
            }
        }
    }

    [GeneratedRegex(@"^(Afbud|Fraværende|Ikke til ?stede)\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex AttendanceLabel();

    [GeneratedRegex(@"^(Afbud\s*(:|fra)|Fraværende\s*:|Ikke til ?stede\s*:|Beslutning ikke frigivet)|deltog som (stedfortræder|suppleant)", RegexOptions.IgnoreCase)]
    private static partial Regex AttendanceOrWithheld();

    [GeneratedRegex(@"[^\p{L}\p{N}]")]
    private static partial Regex NotLetterOrDigit();
}
