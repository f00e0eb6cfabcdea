using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Querying;

/// <summary>One hit per agenda item (contract 2): its best passage, how many of its passages matched and the others.</summary>
public sealed class ItemGroupingTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private const string Query = "rammeaftale";

    private static string Group(SearchHit hit) => hit.Item?.Id ?? hit.Id;

    [Fact]
    public void EveryHitIsADifferentAgendaItem()
    {
        var response = seeds.Searcher.Search(new SearchRequest { Q = Query, Limit = 20 });

        Assert.NotEmpty(response.Hits);
        Assert.Equal(response.Hits.Count, response.Hits.Select(Group).Distinct().Count());
    }

    [Fact]
    public void AnItemMatchedInSeveralPlacesSaysHowManyAndListsTheOthers()
    {
        var response = seeds.Searcher.Search(new SearchRequest { Q = Query, Limit = 20 });

        var hit = response.Hits.First(h => h.Places > 1);
        Assert.Equal(Math.Min(hit.Places - 1, OtherPlace.Max), hit.OtherPlaces.Count);
        Assert.All(hit.OtherPlaces, o => Assert.StartsWith(hit.Item!.Id + ":", o.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(hit.OtherPlaces, o => o.Id == hit.Id);
    }

    [Fact]
    public void GroupNoneGivesTheRawPassagesAndTotalsCountItemsWhenGrouped()
    {
        var grouped = seeds.Searcher.Search(new SearchRequest { Q = Query, Limit = 100 });
        var raw = seeds.Searcher.Search(new SearchRequest { Q = Query, Limit = 100, GroupByItem = false });

        Assert.True(raw.Hits.Select(Group).Distinct().Count() < raw.Hits.Count, "some item has several matching passages");
        Assert.All(raw.Hits, h => Assert.Equal(1, h.Places));
        Assert.All(raw.Hits, h => Assert.Empty(h.OtherPlaces));
        Assert.Equal(raw.Hits.Select(Group).Distinct().Count(), grouped.Total);
        Assert.Equal(raw.Hits.Count, raw.Total);
        Assert.Equal(raw.Total, grouped.Hits.Sum(h => h.Places));
    }

    [Fact]
    public void AMeetingHeaderIsAGroupOfItsOwn()
    {
        var response = seeds.Searcher.Search(new SearchRequest { Q = "hvem var referent" });

        var header = response.Hits.First(h => h.Kind == PassageKinds.Meeting);
        Assert.Null(header.Item);
        Assert.Equal(1, header.Places);
    }

    [Theory]
    [InlineData("rammeaftale")]
    [InlineData("kommune")]
    [InlineData("styregruppen")]
    public void EachFacetCountIsTheNumberOfItemsItsFilterGives(string q)
    {
        var response = seeds.Searcher.Search(new SearchRequest { Q = q, Limit = 1 });
        Assert.NotEmpty(response.Facets.Kind);
        Assert.NotEmpty(response.Facets.Body);

        // A filter chosen from a facet gives as many results as the facet showed ("Kun beslutninger (3)" lists 3 items).
        foreach (var (kind, count) in response.Facets.Kind)
        {
            Assert.Equal(count, seeds.Searcher.Search(new SearchRequest { Q = q, Kind = kind, Limit = 1 }).Total);
        }

        foreach (var (body, count) in response.Facets.Body)
        {
            Assert.Equal(count, seeds.Searcher.Search(new SearchRequest { Q = q, Body = body, Limit = 1 }).Total);
        }

        foreach (var (year, count) in response.Facets.Year)
        {
            var from = new DateOnly(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), 1, 1);
            Assert.Equal(count, seeds.Searcher.Search(new SearchRequest { Q = q, From = from, To = from.AddYears(1).AddDays(-1), Limit = 1 }).Total);
        }
    }
}
