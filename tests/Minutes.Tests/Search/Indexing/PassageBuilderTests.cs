using Minutes.Core;
using Minutes.Search.Indexing;

namespace Minutes.Tests.Search.Indexing;

public sealed class PassageBuilderTests
{
    private static readonly SourceDocument Source = new("m.txt", "txt", 1, "/tmp/m.txt", "hash");

    private static AgendaItem LongItem() => new()
    {
        Id = "m-1",
        Number = "3",
        Title = "Offentlige toiletter",
        Text = string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Afsnit {i}: " + string.Concat(Enumerable.Repeat("toiletterne ved havnen lukkes ", 12)))) ,
        Sections = [],
        Decisions = [new Decision("Sagen sendes tilbage til administrationen.")],
    };

    [Fact]
    public void EveryWindowOfALongItemStartsWithItsHeadingAndDecision()
    {
        var item = LongItem();
        var meeting = new Meeting { Id = "m", Title = "Referat", Source = Source, Items = [item] };

        var windows = PassageBuilder.Build(meeting).Where(p => p.Kind == PassageKinds.Item).ToList();

        Assert.True(windows.Count > 2);
        Assert.All(windows, w => Assert.StartsWith("3. Offentlige toiletter\nBeslutning: Sagen sendes tilbage til administrationen.", w.Text, StringComparison.Ordinal));
        Assert.All(windows, w => Assert.True(w.Text.Length <= 2_000, $"{w.Id} is {w.Text.Length} characters"));
    }

    [Fact]
    public void AnItemWhoseTextOpensWithItsDecisionDoesNotRepeatItInTheFirstWindow()
    {
        var item = LongItem() with { Text = "Beslutning\nSagen sendes tilbage til administrationen.\n\n" + LongItem().Text };
        var meeting = new Meeting { Id = "m", Title = "Referat", Source = Source, Items = [item] };

        var windows = PassageBuilder.Build(meeting).Where(p => p.Kind == PassageKinds.Item).ToList();

        Assert.StartsWith("3. Offentlige toiletter\nBeslutning\nSagen sendes", windows[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("3. Offentlige toiletter\nBeslutning: Sagen sendes", windows[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMeetingHeaderPassageHoldsTheDocumentsOwnHeaderLines()
    {
        var meeting = new Meeting
        {
            Id = "m",
            Title = "REFERAT Aarhus Byråd d. 27-08-2025",
            Place = "Byrådssalen",
            HeaderText = "REFERAT Aarhus Byråd d. 27-08-2025\nMødedato   Onsdag d. 27. august 2025 kl. 16:00\nMødested   Byrådssalen",
            Source = Source,
        };

        var header = Assert.Single(PassageBuilder.Build(meeting), p => p.Kind == PassageKinds.Meeting);

        Assert.Contains("Mødested   Byrådssalen", header.Text, StringComparison.Ordinal);
        Assert.Contains("Sted: Byrådssalen", header.Text, StringComparison.Ordinal);
    }
}
