using Minutes.Search.Answers;
using Minutes.Search.Evaluation;
using Minutes.Search.Indexing;

namespace Minutes.Tests.Search.Evaluation;

/// <summary>Answer support: 60 % of the gold phrase's words in the answer, and a cited passage of the gold file containing the phrase.</summary>
public sealed class AnswerEvalRunnerTests
{
    private const string File = "004_76be8fbcd385b05b.txt";
    private const string Passage = "Børnehus Sjælland har en takst på 35.000-37.000 kr. for et forløb med traumefokuseret behandling.";

    private static readonly EvalQuestion Question = new("o01", "hvad koster traumefokuseret behandling", [new EvalGold(File, "takst på 35.000-37.000 kr. for et forløb")]);

    private static AnswerResponse Response(string answer, string file = File, string text = Passage) => new(
        Question.Q, answer, AnswerModes.Extractive,
        [new Citation(1, "x:item", 1, PassageKinds.Item, text, "", new PassageMeeting("x", "t", null, null), null, new PassageSource(file, 1))],
        null);

    [Fact]
    public void AnAnswerHoldingMostOfThePhraseAndCitingItsPassageIsSupported()
    {
        // 6 of the phrase's 8 words: "takst", "35", "000", "37", "000"(counted twice), "kr", "forløb"; "på" "for" "et" missing.
        var result = AnswerEvalRunner.Score(Question, Response("Taksten er 35.000-37.000 kr. for et forløb [1]."));

        Assert.True(result.Supported);
        Assert.True(result.CitesGold);
        Assert.InRange(result.WordShare, 0.6, 1);
    }

    [Fact]
    public void AnAnswerHoldingTooFewOfThePhrasesWordsIsNotSupported()
    {
        var result = AnswerEvalRunner.Score(Question, Response("Det koster 35.000 kr. [1]."));

        Assert.False(result.Supported);
        Assert.True(result.CitesGold);
        Assert.True(result.WordShare < AnswerEvalRunner.MinWordShare);
    }

    [Theory]
    [InlineData("takst på 35.000-37.000 kr. for et forløb.", File, Passage)] // no [n]: nothing cited
    [InlineData("takst på 35.000-37.000 kr. for et forløb [1].", "other.txt", Passage)] // cites another file
    [InlineData("takst på 35.000-37.000 kr. for et forløb [1].", File, "Taksten drøftes igen.")] // cited passage lacks the phrase
    [InlineData("takst på 35.000-37.000 kr. for et forløb [7].", File, Passage)] // cites no source
    public void AnAnswerThatDoesNotCiteAPassageHoldingThePhraseIsNotSupported(string answer, string file, string text)
    {
        var result = AnswerEvalRunner.Score(Question, Response(answer, file, text));

        Assert.False(result.Supported);
        Assert.False(result.CitesGold);
    }
}
