using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Querying;

public sealed class DecisionHistoryTests : IAsyncLifetime
{
    private readonly TempIndex _temp = new();

    public async Task InitializeAsync()
    {
        _temp.Write("2023-03.txt", """
            title: Styregruppemøde marts 2023
            body: Styregruppen
            date: 2023-03-01
            ## 4 | Kvasirhuset - ny målgruppe
            Kvasirhuset har færre børn end før.
            beslutning: Styregruppen godkendte, at Kvasirhuset undersøger en ny målgruppe.
            """);
        _temp.Write("2023-09.txt", """
            title: Styregruppemøde september 2023
            body: Styregruppen
            date: 2023-09-01
            ## 2 | Status på Kvasirhuset
            Undersøgelsen er halvvejs.
            beslutning: Status på Kvasirhuset blev taget til efterretning.
            ## 3 | Budget 2024
            Forslaget til budget blev gennemgået.
            beslutning: Budgettet blev godkendt.
            """);
        _temp.Write("2024-02.txt", """
            title: Styregruppemøde februar 2024
            body: Styregruppen
            date: 2024-02-01
            ## 5 | Kvasirhuset - endelig beslutning om målgruppe
            Undersøgelsen er færdig.
            beslutning: Kvasirhuset overgår til den nye målgruppe fra 1. august.
            """);
        await _temp.SyncAsync();
    }

    private DecisionHistoryResponse Find(string q) => new DecisionHistory(_temp.Index, _temp.Searcher).Find(new DecisionHistoryRequest { Q = q });

    [Fact]
    public void SameMatterOverThreeMeetingsIsOneHistoryNewestFirst()
    {
        var response = Find("hvad blev besluttet om Kvasirhuset");

        var matter = Assert.Single(response.Matters);
        Assert.Equal(3, matter.Meetings);
        Assert.Equal(new DateOnly(2023, 3, 1), matter.First);
        Assert.Equal(new DateOnly(2024, 2, 1), matter.Latest);
        Assert.Equal("Kvasirhuset - endelig beslutning om målgruppe", matter.Title);
        Assert.Equal(
            [new DateOnly(2024, 2, 1), new DateOnly(2023, 9, 1), new DateOnly(2023, 3, 1)],
            matter.Decisions.Select(d => d.Meeting.Date!.Value));
        Assert.DoesNotContain(matter.Decisions, d => d.Text.Contains("Budgettet", StringComparison.Ordinal));
        Assert.Equal(3, response.Total);
    }

    [Fact]
    public void DifferentMattersStayApartNewestMatterFirst()
    {
        var response = Find("Kvasirhuset budget");

        Assert.Equal(["Kvasirhuset - endelig beslutning om målgruppe", "Budget 2024"], response.Matters.Select(m => m.Title));
        Assert.Equal([3, 1], response.Matters.Select(m => m.Decisions.Count));
    }

    [Fact]
    public void FiltersLimitTheHistoryToThePeriod()
    {
        var response = new DecisionHistory(_temp.Index, _temp.Searcher).Find(new DecisionHistoryRequest
        {
            Q = "Kvasirhuset",
            From = new DateOnly(2023, 6, 1),
        });

        var matter = Assert.Single(response.Matters);
        Assert.Equal(2, matter.Meetings);
        Assert.Equal(new DateOnly(2023, 9, 1), matter.First);
    }

    [Fact]
    public void NothingFoundGivesNoMatters()
    {
        Assert.Empty(Find("Zylofon").Matters);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
