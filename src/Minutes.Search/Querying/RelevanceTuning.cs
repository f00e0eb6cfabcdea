namespace Minutes.Search.Querying;

/// <summary>
/// Every ranking constant in one place, tuned on the seeds and the tune half of the Greve set
/// (<c>minutes eval</c>, <c>eval/compare.sh</c>). Field boosts multiply BM25 scores; a preference
/// multiplies a passage's score by 1 + its boost when the passage fits what the question implies.
/// </summary>
internal static class RelevanceTuning
{
    /// <summary>Item title (or meeting title for header passages).</summary>
    public const float Title = 3f;

    /// <summary>Decision text: an item's decisions, or the decision itself.</summary>
    public const float Decisions = 2f;

    /// <summary>The passage text.</summary>
    public const float Text = 1f;

    /// <summary>The paragraph around a decision ("Udsatte gravide ... Konklusion: ..."): its topic, not its words.</summary>
    public const float Context = 0.7f;

    /// <summary>Meeting title, body and place: context, not content.</summary>
    public const float MeetingText = 0.5f;

    /// <summary>
    /// Weight of a compound's parts against the whole word: "Solsikkehuset" must find "Solsikkehuset"
    /// before an item titled "Børnehus" that shares only the part "hus".
    /// </summary>
    public const float CompoundPart = 0.35f;

    /// <summary>DisMax tie-breaker: a word found in several fields counts a little more than in one.</summary>
    public const float FieldTieBreaker = 0.3f;

    /// <summary>Weight of a word's thesaurus words and hunspell-da stems against the word itself.</summary>
    public const float Expansion = 0.3f;

    /// <summary>A quoted phrase, on top of its words.</summary>
    public const float Phrase = 2f;

    /// <summary>
    /// How many of the best matches get the bonus of the meeting fields, the decision's paragraph and
    /// the decision words. A passage further down rarely has enough bonus to reach the first page;
    /// scoring the bonus for every match cost more than the search itself on common words.
    /// </summary>
    public const int RescorePool = 200;

    /// <summary>Weight of the decision words themselves ("besluttet") when kept as optional terms.</summary>
    public const float DecisionWord = 0.3f;

    /// <summary>Share added to the score of decision passages when the question asks what was decided.</summary>
    public const float DecisionIntent = 0.3f;

    /// <summary>Share added to the score of meeting header passages when the question asks who attended, took the minutes or where the meeting was.</summary>
    public const float HeaderIntent = 0.3f;

    /// <summary>Share added to the score of passages of meetings in the year or month the question names.</summary>
    public const float DatePreference = 0.2f;

    /// <summary>Share added to the score of passages of the body the question names.</summary>
    public const float BodyPreference = 0.2f;

    /// <summary>Share added to the score of passages of meetings with participants from the municipality the question names.</summary>
    public const float MunicipalityPreference = 0.1f;

    /// <summary>
    /// A grouped hit shows the item's earliest matching passage that scores at least this share of its
    /// best: the first window holds the item's heading and decision, what a reader should see first.
    /// </summary>
    public const float EarlierPlace = 0.9f;

    /// <summary>Characters of a snippet.</summary>
    public const int SnippetChars = 250;
}
