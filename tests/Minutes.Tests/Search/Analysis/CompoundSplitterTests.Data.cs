namespace Minutes.Tests.Search.Analysis;

public sealed partial class CompoundSplitterTests
{
    /// <summary>Compounds from the seed minutes (lower-case, as the chain hands them over) and the splits we expect.</summary>
    private static readonly (string Compound, string Parts)[] CompoundTable =
    [
        ("døgninstitutionerne", "døgn + institutionerne"),
        ("plejefamiliehåndbog", "plejefamilie + pleje + familie + håndbog + hånd + bog"),
        ("børnehussager", "børnehus + børne + hus + sager"),
        ("hollænderhuset", "hollænder + huset"),
        ("styregruppemøde", "styregruppe + styre + gruppe + møde"),
        ("kapacitetspres", "kapacitet + pres"),
        ("netværksgruppe", "netværk + gruppe"),
        ("kommunekontaktråd", "kommune + kontakt + råd"),
        ("socialtilsynet", "social + tilsynet"),
        ("rammeaftalesamarbejdet", "rammeaftale + ramme + aftale + samarbejdet"),
        ("aflastningsfamilie", "aflastning + familie"),
        ("sagsbehandlingen", "sag + behandlingen"),
        ("behandlingstilbud", "behandling + tilbud"),
        ("specialundervisningstilbud", "specialundervisning + tilbud"),
        ("tilsynsrapporten", "tilsyn + rapporten"),
        ("ungdomskriminalitetsreformen", "ungdomskriminalitet + ungdom + kriminalitet + reformen"),
        ("døgntilbudskapacitet", "døgn + tilbud + kapacitet"),
        ("informationsmødet", "information + mødet"),
        ("koordinationsforum", "koordination + forum"),
        ("udviklingshæmmede", "udvikling + hæmmede"),
        ("takststigninger", "takst + stigninger"),
        ("mødereferater", "møde + referater"),
        ("standardkontrakten", "standard + kontrakten"),
        ("familieplejen", "familie + plejen"),
        ("regionsjælland", "region + sjælland"),
        ("roskildekommune", "roskilde + kommune"),
        ("skoledagbehandling", "skoledag + skole + dag + behandling"),
        ("betalingsspørgsmål", "betaling + spørgsmål + spørg + mål"),
    ];

    /// <summary>Words from the seeds that a naive splitter breaks up: suffixes that are words, verb stems, names.</summary>
    private static readonly string[] NotCompoundWords =
    [
        "anbringelse", "undersøgelse", "følgende", "institution", "orientering", "ringsted", "næstved",
        "kommunerne", "beslutning", "deltagere", "forslaget", "ordningen", "fremgår", "gennemføre",
        "forbindelse", "mulighed", "guldborgsund", "kalundborg", "samarbejde", "underretninger",
    ];

    /// <summary>What DictionaryCompoundWordTokenFilter over the full list emits for these words.</summary>
    private static readonly string[] NoiseParts = ["ørne", "ager", "sti", "tit", "else", "ende", "inger", "ingen", "ioner", "hed", "lig", "sen"];

    public static TheoryData<string, string> Compounds
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach ((string compound, string parts) in CompoundTable)
            {
                data.Add(compound, parts);
            }

            return data;
        }
    }

    public static TheoryData<string> NotCompounds => [.. NotCompoundWords];
}
