using System.Text.RegularExpressions;

namespace Minutes.Ingestion.Parsing;

/// <summary>
/// The Danish words the parser keys on: section headings inside an agenda item, the labels of the
/// meeting header, and the phrases that make a sentence a decision.
/// </summary>
public static partial class DanishHeadings
{
    /// <summary>Section headings, matched at line start, with or without a colon.</summary>
    public static readonly string[] Sections =
    [
        "Beslutningstema", "Beslutning", "Beslutninger", "Baggrund", "Indstilling", "Indstillinger", "Bilag",
        "Sagsfremstilling", "Sagsbeskrivelse", "Resumé", "Resume", "Konklusion", "Konklusioner", "Referat",
        "Økonomi", "Proces", "Formål", "Drøftelse", "Opfølgning", "Næste skridt", "Orientering", "Aftale",
        "Aftaler", "Aftalt", "Handling", "Tidsplan", "Sagens indhold", "Videre proces", "Supplerende oplysninger", "Sagsforløb", "Beslutningspunkter",
    ];

    /// <summary>Sections whose bullets and sentences are all decisions.</summary>
    public static readonly HashSet<string> DecisionSections =
        new(StringComparer.OrdinalIgnoreCase) { "Beslutning", "Beslutninger", "Konklusion", "Konklusioner", "Aftale", "Aftaler", "Aftalt" };

    /// <summary>
    /// Sections that propose, attach or tell the history ("Sagsforløb": what earlier bodies decided), so nothing in
    /// them is a decision taken at this meeting.
    /// </summary>
    public static readonly HashSet<string> ProposalSections =
        new(StringComparer.OrdinalIgnoreCase) { "Beslutningstema", "Indstilling", "Indstillinger", "Bilag", "Beslutningspunkter", "Sagsforløb" };

    /// <summary>Bullet marks that start a list line.</summary>
    public static bool IsBullet(string line) => Bullet().IsMatch(line);

    /// <summary>"➢ Aftalt at Kim undersøger ..." and "➤": the arrow bullets minutes use for what was agreed.</summary>
    public static bool IsDecisionBullet(string line) => line.StartsWith('➢') || line.StartsWith('➤');

    /// <summary>A sentence stating what was decided or agreed.</summary>
    public static bool IsDecisionSentence(string sentence) =>
        DecisionCue().IsMatch(sentence) && !NotADecision().IsMatch(sentence);

    [GeneratedRegex(@"^\s*([-–•▪●◦*➢➤✓]|\d{1,2}\)\s|[a-z]\)\s|o\s)")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\b(besluttede|besluttet|beslutning(en)? om|blev godkendt|godkendtes|er godkendt|godkendte\s+(den|det|de|indstillingen|dagsordenen|referatet|forslaget|tidsplanen|sagen|ansøgningen|budgettet|planen)\b|principgodkendte|vedtog|vedtaget|aftalt|aftaltes|aftale:|konklusion(en)?\b|konkluderet|konkluderede|til efterretning|næste step|næste skridt|bakkede\b.{0,40}\bop\b|tilsluttede sig|blev enige|er enige om|enighed om|udpeget|blev valgt|valgt som)", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionCue();

    [GeneratedRegex(@"\b(ikke (truffet|taget) (nogen |en )?beslutning|beslutningstema|til beslutning|skal (godkendes|besluttes)|at styregruppen (godkender|beslutter|drøfter|tager))|\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotADecision();
}
