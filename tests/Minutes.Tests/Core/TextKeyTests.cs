using Minutes.Core;

namespace Minutes.Tests.Core;

public sealed class TextKeyTests
{
    [Fact]
    public void KeyKeepsOnlyLowerCaseLettersAndDigits()
    {
        Assert.Equal("næstvedkommunesvurdering2026", TextKey.Of("Næstved-Kommunes\n vurdering (2026)."));
    }

    [Fact]
    public void WordsAreRunsOfLettersAndDigits()
    {
        Assert.Equal(["tilskud", "87", "500", "kr", "2024", "ærø"], TextKey.Words("Tilskud: 87.500 kr. (2024) – Ærø"));
    }
}
