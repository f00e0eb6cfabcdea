using Minutes.Core;

namespace Minutes.Cli.Bench;

/// <summary>One meeting the corpus generator made up, before it is written in one of the sample layouts.</summary>
internal sealed record GeneratedMeeting(
    MinutesLayout Layout,
    string Body,
    DateOnly Date,
    string Host,
    string Place,
    IReadOnlyList<Person> Participants,
    IReadOnlyList<Person> Absent,
    Person MinuteTaker,
    IReadOnlyList<GeneratedItem> Items);

/// <summary>An agenda item: a real title, real paragraphs and real decisions, with names, places and years varied.</summary>
internal sealed record GeneratedItem(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Decisions);

/// <summary>The layouts of the five sample minutes.</summary>
internal enum MinutesLayout
{
    /// <summary>"KKR – REFERAT - ...", items "1) Title" with text below (sample 000).</summary>
    KkrReferat,

    /// <summary>"V 18.06 Referat - ...", titles wrapped in a narrow left column "1. Title" (sample 001).</summary>
    NarrowColumn,

    /// <summary>A steering group's agenda with an overview list, then "1.Title" and Beslutningstema/Baggrund/Indstilling/Beslutning (sample 003).</summary>
    SteeringGroup,

    /// <summary>Table rows "&lt;b&gt;1. Title&lt;/b&gt;\ttext" with HTML markup (sample 004).</summary>
    HtmlTable,

    /// <summary>"N. møde i ...", "Dato:", items by time slot "10:00 - 10:40" (sample 002).</summary>
    TimeSlots,
}
