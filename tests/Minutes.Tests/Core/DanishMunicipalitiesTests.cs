using Minutes.Core;

namespace Minutes.Tests.Core;

public sealed class DanishMunicipalitiesTests
{
    [Fact]
    public void ListHoldsThe98MunicipalitiesAndThe5Regions()
    {
        Assert.Equal(103, DanishMunicipalities.Names.Count);
        Assert.Equal(5, DanishMunicipalities.Names.Count(n => n.StartsWith("Region ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Greve", "Greve")]
    [InlineData("Københavns Kommune", "København")]
    [InlineData("Holbæk kommune", "Holbæk")]
    [InlineData("Århus", "Aarhus")]
    [InlineData("region sjælland", "Region Sjælland")]
    [InlineData("Høje-Tåstrup", "Høje-Taastrup")]
    public void NamesAsMinutesWriteThemFindTheOfficialName(string written, string official)
    {
        Assert.Equal(official, DanishMunicipalities.Official(written));
    }

    [Theory]
    [InlineData("Rammeaftale sekretariatet")]
    [InlineData("Børnehus Sjælland")]
    [InlineData("Socialrådgiver Bakkehuset/Roskilde")]
    [InlineData("KL")]
    [InlineData("")]
    public void OtherOrganisationsAreNoMunicipality(string name)
    {
        Assert.False(DanishMunicipalities.Contains(name));
    }
}
