using Minutes.Search.Answers;
using Minutes.Search.Indexing;

namespace Minutes.Tests.Search.Answers;

public sealed class AnswerWriterTests
{
    private static ScoredSentence Sentence(string kind, string text) => new(
        new Citation(
            1, "m-6:decision:1", 1, kind, text, "",
            new PassageMeeting("m", "Referat", "Netværksgruppe Børn og Unge", new DateOnly(2024, 6, 14)),
            new PassageItem("m-6", "6.", "Drøfte fremtidig målgruppe for døgninstitutionen Døgndiamanten"),
            new PassageSource("001_fc05f7ce724914ac.txt", 1)),
        0, text, [], 1, 1);

    [Fact]
    public void ADatedAnswerOpensWithTheMeetingDateWhenTheLeadHasNone()
    {
        var answer = AnswerWriter.Write([Sentence(PassageKinds.Decision, "Styregruppen besluttede, at sagen drøftes i netværksgruppe børn og unge.")], dated: true);

        Assert.Equal(
            "Besluttet på mødet 14. juni 2024 (Netværksgruppe Børn og Unge, punkt 6): Styregruppen besluttede, at sagen drøftes i netværksgruppe børn og unge [1].",
            answer);
    }

    [Fact]
    public void AnItemSentenceIsDatedAsTreatedNotDecided()
    {
        var answer = AnswerWriter.Write([Sentence(PassageKinds.Item, "Der har de seneste år været arbejdet med at ændre målgruppen.")], dated: true);

        Assert.StartsWith("Behandlet på mødet 14. juni 2024 (Netværksgruppe Børn og Unge, punkt 6): ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUndatedAnswerOpensWithWhereItWasSaid()
    {
        var answer = AnswerWriter.Write([Sentence(PassageKinds.Decision, "Netværket bakkede op.")]);

        Assert.Equal("Netværksgruppe Børn og Unge, 14. juni 2024, punkt 6: Netværket bakkede op [1].", answer);
    }
}
