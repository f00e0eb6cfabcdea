using Minutes.Search.Answers;

namespace Minutes.Tests.Search.Answers;

public sealed class DanishSentencesTests
{
    [Fact]
    public void AbbreviationsDatesAndTimesDoNotEndASentence()
    {
        var sentences = DanishSentences.Split(
            "Mødet starter kl. 9. Se bl.a. pkt. 3 fra mødet 14.6.2024 og jf. bilag nr. 2. Næste møde er den 2. maj, f.eks. i Holbæk. Ca. 20% svarede.");

        Assert.Equal(
            [
                "Mødet starter kl. 9.",
                "Se bl.a. pkt. 3 fra mødet 14.6.2024 og jf. bilag nr. 2.",
                "Næste møde er den 2. maj, f.eks. i Holbæk.",
                "Ca. 20% svarede.",
            ],
            sentences);
    }

    [Fact]
    public void ListEntriesAreSentencesOfTheirOwnWithoutTheirMarkers()
    {
        var sentences = DanishSentences.Split("""
            Netværket aftalte:
            - Povl sender en mail til KL
            • Rie undersøger sagen
            1. Daniel giver en introduktion
            a) Punktet udsættes
            """);

        Assert.Equal(
            ["Netværket aftalte:", "Povl sender en mail til KL", "Rie undersøger sagen", "Daniel giver en introduktion", "Punktet udsættes"],
            sentences);
    }

    [Fact]
    public void LinesBrokenByPdfLayoutAreJoinedEvenAcrossBlankLines()
    {
        var sentences = DanishSentences.Split("""
            Børnehuset har sagt ja til at oprette Fønix klinikker med tilbud målrettet

            børn med bekymrende seksuel adfærd. Kalundborg Kommune videregiver
            tovholderstafetten til Lolland
            Kommune i 2026.

            Daniel orienterede.
            """);

        Assert.Equal(
            [
                "Børnehuset har sagt ja til at oprette Fønix klinikker med tilbud målrettet børn med bekymrende seksuel adfærd.",
                "Kalundborg Kommune videregiver tovholderstafetten til Lolland Kommune i 2026.",
                "Daniel orienterede.",
            ],
            sentences);
    }

    [Fact]
    public void AParagraphStartingWithADateIsNotMistakenForAList()
    {
        var sentences = DanishSentences.Split("Planen blev drøftet\n14. juni 2024 blev planen vedtaget.");

        Assert.Equal(["Planen blev drøftet 14. juni 2024 blev planen vedtaget."], sentences);
    }

    [Fact]
    public void AnyTextSplitsWithoutFailingIntoTrimmedSentencesWithLetters()
    {
        var random = new Random(20240614);
        const string alphabet = "abcæøåABCÆØÅ .,;:!?…-–•▪()[]\"'«»0123456789\n\n\t§%/";
        var checkedSentences = 0;
        for (var run = 0; run < 500; run++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var sentences = DanishSentences.Split(text);

            Assert.All(sentences, sentence =>
            {
                Assert.Equal(sentence.Trim(), sentence);
                Assert.Contains(sentence, char.IsLetter);
            });
            checkedSentences += sentences.Count;
        }

        Assert.True(checkedSentences > 500, $"only {checkedSentences} sentences came out of 500 texts");
    }
}
