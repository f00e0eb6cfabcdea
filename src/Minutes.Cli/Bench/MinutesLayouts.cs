using System.Globalization;
using System.Text;
using Minutes.Core;

namespace Minutes.Cli.Bench;

/// <summary>Writes a <see cref="GeneratedMeeting"/> as plain text in the layout of one of the sample minutes.</summary>
internal static class MinutesLayouts
{
    private static CultureInfo Danish => DanishCulture.Info;

    public static string Render(GeneratedMeeting meeting) => meeting.Layout switch
    {
        MinutesLayout.KkrReferat => KkrReferat(meeting),
        MinutesLayout.NarrowColumn => NarrowColumn(meeting),
        MinutesLayout.SteeringGroup => SteeringGroup(meeting),
        MinutesLayout.HtmlTable => HtmlTable(meeting),
        _ => TimeSlots(meeting),
    };

    private static string KkrReferat(GeneratedMeeting m)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $" KKR – REFERAT - {m.Body} den {LongDate(m.Date)} kl. 10.00-12.00   \n");
        text.Append(CultureInfo.InvariantCulture, $"Adresse: {m.Place} \n\n");
        text.Append(Wrap($"Deltagere: {People(m.Participants)}. Referat: {m.MinuteTaker.Name} ({m.MinuteTaker.Municipality}).", 150)).Append(" \n\n");
        text.Append(Wrap($"Fraværende: {People(m.Absent)}.", 150)).Append(" \n \n\nDagsordenspunkt Referat \n\n");
        for (var i = 0; i < m.Items.Count; i++)
        {
            var item = m.Items[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}) {item.Title} \n\n \n\n");
            foreach (var paragraph in item.Paragraphs)
            {
                text.Append(Wrap(paragraph, 130, blankBetween: true)).Append(" \n\n");
            }

            foreach (var decision in item.Decisions)
            {
                text.Append(Wrap("➢ " + decision, 130)).Append(" \n");
            }

            text.Append(" \n");
        }

        return text.ToString();
    }

    private static string NarrowColumn(GeneratedMeeting m)
    {
        var text = new StringBuilder("\n");
        text.Append(CultureInfo.InvariantCulture, $"V {m.Date.Day:00}.{m.Date.Month:00} Referat - {m.Body} den {LongDate(m.Date)} kl. 10.00-ca. 12.45   \n");
        text.Append(m.Place).Append(" \n");
        text.Append(Wrap($"Afbud: {People(m.Absent)}", 120)).Append(" \n \n");
        text.Append(Wrap($"Deltagere: {People(m.Participants)}, {m.MinuteTaker.Name} ({m.MinuteTaker.Municipality}, sekretær for netværket)", 120)).Append(" \n \n\n");
        text.Append("Dagsordenspunkt \nCirka tidspunkter \n\nReferat \n\n");
        for (var i = 0; i < m.Items.Count; i++)
        {
            var item = m.Items[i];
            text.Append(Wrap($"{i + 1}. {item.Title}", 18)).Append(" \n\n");
            foreach (var paragraph in item.Paragraphs)
            {
                text.Append(Wrap(paragraph, 82)).Append(" \n\n");
            }

            foreach (var decision in item.Decisions)
            {
                text.Append(Wrap("➢ Aftale: " + decision, 82)).Append(" \n\n");
            }
        }

        return text.ToString();
    }

    private static string SteeringGroup(GeneratedMeeting m)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $" Dagsordenspunkter til styregruppemøde den {LongDate(m.Date)}  \n\n \n\n");
        text.Append("Dagsordenen er inddelt i punkter til indstilling/beslutning og orientering.  \n\n \n\n");
        for (var i = 0; i < m.Items.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {m.Items[i].Title} \n\n");
        }

        text.Append(" \n\n");
        for (var i = 0; i < m.Items.Count; i++)
        {
            var item = m.Items[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}.{item.Title} \n\n \n\n");
            text.Append(CultureInfo.InvariantCulture, $"Beslutningstema: Styregruppen drøfter {Lower(item.Title)} og beslutter den videre proces \n\n \n\nBaggrund: \n\n");
            foreach (var paragraph in item.Paragraphs)
            {
                text.Append(Wrap(paragraph, 95, blankBetween: true)).Append(" \n\n \n\n");
            }

            text.Append("Indstilling: \n\nDet indstilles: \n\n");
            text.Append(CultureInfo.InvariantCulture, $"• At styregruppen drøfter {Lower(item.Title)} \n\n \n\nBeslutning: \n\n");
            foreach (var decision in item.Decisions.DefaultIfEmpty("Styregruppen tog orienteringen til efterretning"))
            {
                text.Append(Wrap("• " + decision, 95, blankBetween: true)).Append(" \n\n");
            }

            text.Append(" \n\n \n\n");
        }

        return text.ToString();
    }

    private static string HtmlTable(GeneratedMeeting m)
    {
        var text = new StringBuilder("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"## KKR – REFERAT - {m.Body} den {m.Date.Day}/{m.Date.Month} {m.Date.Year} kl. 10.00-13.00\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Adresse: {m.Place}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Deltagere: {People(m.Participants)}. Referat: {m.MinuteTaker.Name} ({m.MinuteTaker.Municipality})\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Fraværende. {People(m.Absent)}.\n\n");
        text.Append("Dagsordenspunkt\tReferat\n");
        for (var i = 0; i < m.Items.Count; i++)
        {
            var item = m.Items[i];
            var paragraphs = string.Join(" ", item.Paragraphs.Select(p => $"<p>{p}</p>"));
            var decisions = item.Decisions.Count == 0
                ? ""
                : " <ul style=\"list-style-type: none\">" + string.Join("", item.Decisions.Select(d => $"<li>➤ {d}</li>")) + "</ul>";
            var title = i % 2 == 0 ? $"<b>{i + 1}. {item.Title}</b>" : $"<p><b>{i + 1}. {item.Title}</b></p>";
            text.Append(title).Append('\t').Append(paragraphs).Append(decisions).Append('\n');
        }

        return text.ToString();
    }

    private static string TimeSlots(GeneratedMeeting m)
    {
        var text = new StringBuilder("FAGCENTER FOR BØRN OG FAMILIE\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{1 + (m.Date.DayOfYear % 6)}. møde i {m.Body}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Dato: {LongDate(m.Date)}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Tid og sted: Kl. 10-13 på {m.Place}\n\n");
        text.Append(Wrap($"Afbud: {string.Join(", ", m.Absent.Select(p => $"{p.Name} ({p.Municipality} Kommune)"))}.", 80)).Append("\n\n");
        text.Append("REFERAT\n\nTidspunkt Punkt og ansvarlig Referat\n\n");
        var minute = 10 * 60;
        for (var i = 0; i < m.Items.Count; i++)
        {
            var item = m.Items[i];
            var length = 10 + (item.Paragraphs.Count * 10);
            text.Append(CultureInfo.InvariantCulture, $"{Clock(minute)} - {Clock(minute + length)}\n\n");
            text.Append(item.Title).Append("\n\n");
            minute += length;
            foreach (var paragraph in item.Paragraphs)
            {
                text.Append(Wrap(paragraph, 38)).Append("\n\n");
            }

            foreach (var decision in item.Decisions)
            {
                text.Append(Wrap("Konklusion: " + decision, 38)).Append("\n\n");
            }

            if (i == m.Items.Count / 2)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Clock(minute)} - {Clock(minute + 10)}\n\nPAUSE\n\n");
                minute += 10;
            }
        }

        return text.ToString();
    }

    private static string People(IEnumerable<Person> people) =>
        string.Join(", ", people.Select(p => $"{p.Name} ({p.Municipality})"));

    private static string LongDate(DateOnly date) => date.ToString("d. MMMM yyyy", Danish);

    private static string Clock(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    private static string Lower(string title) => title.Length > 1 && char.IsLower(title[1]) ? char.ToLower(title[0], Danish) + title[1..] : title;

    /// <summary>Hard-wraps like the samples' exports, optionally with a blank line between lines (sample 000, 003).</summary>
    private static string Wrap(string text, int width, bool blankBetween = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Never start a line with a number or "kl.": "3. Juni" or "kl. 10.00-11.00" there would read as a new item.
            if (line.Length > 0 && line.Length + word.Length + 1 > width && !char.IsDigit(word[0]) && !word.StartsWith("kl", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return string.Join(blankBetween ? " \n\n" : " \n", lines);
    }
}
