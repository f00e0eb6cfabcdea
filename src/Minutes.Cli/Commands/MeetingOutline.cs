using System.Text;
using Minutes.Core;

namespace Minutes.Cli.Commands;

/// <summary>The readable outline of a meeting that <c>minutes parse</c> prints.</summary>
internal static class MeetingOutline
{
    public static string Render(Meeting meeting)
    {
        var text = new StringBuilder();
        text.AppendLine($"== {meeting.Source.File} ({meeting.Source.Format}, {meeting.Source.Pages} p.{(meeting.Source.OcrPages.Count > 0 ? ", OCR" : "")})  id {meeting.Id}");
        text.AppendLine($"   {meeting.Title}");
        text.AppendLine($"   Organ: {meeting.Body ?? "?"} · Dato: {meeting.Date?.ToString("yyyy-MM-dd") ?? "?"} · Tid: {meeting.Time ?? "?"} · Sted: {meeting.Place ?? "?"}");
        text.AppendLine($"   Deltagere ({meeting.Participants.Count}): {People(meeting.Participants)}");
        if (meeting.Absent.Count > 0)
        {
            text.AppendLine($"   Fraværende ({meeting.Absent.Count}): {People(meeting.Absent)}");
        }

        if (meeting.MinuteTaker is not null)
        {
            text.AppendLine($"   Referent: {meeting.MinuteTaker}");
        }

        foreach (var item in meeting.Items)
        {
            var sections = item.Sections.Count > 0 ? $"  [{string.Join(", ", item.Sections.Select(s => s.Name))}]" : "";
            text.AppendLine($"   {item.Number ?? "•",-4}{item.Title}  (s. {item.Page}){sections}");
            foreach (var decision in item.Decisions)
            {
                text.AppendLine($"        ✓ {Clip(decision.Text, 150)}");
            }
        }

        return text.AppendLine().ToString();
    }

    private static string People(IReadOnlyList<Person> people) =>
        string.Join(", ", people.Select(p => p.Municipality is null ? p.Name : $"{p.Name} ({p.Municipality})"));

    private static string Clip(string text, int length) =>
        text.Length <= length ? text : text[..length] + "…";
}
