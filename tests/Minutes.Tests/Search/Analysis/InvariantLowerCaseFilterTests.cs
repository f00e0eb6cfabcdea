using Minutes.Search.Analysis;

namespace Minutes.Tests.Search.Analysis;

[Trait("Category", "Analysis")]
public sealed class InvariantLowerCaseFilterTests
{
    [Theory]
    [InlineData("ÆRØ KOMMUNE, Østergade 12 og ÅBENRÅ: Børne- og Ungeudvalget")]
    [InlineData("æøå ÆØÅ Ää Öö Éé Üü ẞ İstanbul ǅemal ΣΊΣΥΦΟΣ Ωmega ЖУК")]
    [InlineData("𐐀𐐁 Deseret and 𝐀 mathematical letters, 😀 emoji")]
    public void LowerCasesAsCultureInvariantLowerCasing(string text)
    {
        char[] chars = text.ToCharArray();
        InvariantLowerCaseFilter.ToLower(chars);
        Assert.Equal(text.ToLowerInvariant(), new string(chars));
    }

    [Fact]
    public void EveryCharacterOfTheBasicPlaneLowerCasesAsCultureInvariantLowerCasing()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char[] chars = ['A', (char)c, 'Æ'];
            string expected = new string(chars).ToLowerInvariant();
            InvariantLowerCaseFilter.ToLower(chars);
            Assert.Equal(expected, new string(chars));
        }
    }
}
