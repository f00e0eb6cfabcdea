using System.Collections.Frozen;

namespace Minutes.Search.Analysis;

/// <summary>
/// The curated exceptions that keep <see cref="CompoundSplitter"/> from splitting ordinary words.
/// The Danish word list holds verb stems ("anbring", "afgør") and words that double as suffixes
/// ("else", "ende", "inger", "hed"), so without these lists "anbringelse" would become
/// "anbring" + "else" and "følgende" "følg" + "ende". Found by splitting every word of the sample minutes.
/// </summary>
internal static class CompoundPartRules
{
    /// <summary>
    /// The only three-letter words that may be parts: common heads and modifiers of the field
    /// ("børnehus", "kontaktråd", "håndbog", "dagbehandling", "fagcenter", "sagstal", "betalingsspørgsmål").
    /// Any other three-letter word ("sen", "lig", "hed", "ter", "ion") is a suffix far more often than a part.
    /// </summary>
    public static FrozenSet<string> ShortParts { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "hus", "råd", "bog", "lov", "sag", "dag", "tid", "vej", "rum", "mål", "fag", "tal", "sæt", "job", "løn");

    /// <summary>
    /// Words that are never parts: derivational and inflectional endings that happen to be words
    /// ("anbring+else", "afgør+ende", "ordn+ingen", "institut+ioner", "kend+skab"), and prefixes and
    /// stems that only glue to such endings ("frem+går", "fors+øger", "besk+revet", "delt+agere").
    /// </summary>
    public static FrozenSet<string> NoiseParts { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "else", "elser", "elsen", "elses", "ende", "ender", "endes", "inger", "ingen", "ingens",
        "ring", "ringe", "ringen", "ringer", "rede", "lige", "ligt", "heden", "heder", "ioner", "ionen", "ionerne", "ions",
        "terne", "agere", "ager", "aget", "agne", "agnen", "gerne", "enes", "iske", "elle", "unde", "tene", "telse",
        "ører", "lude", "skab", "skabet", "skaber", "skabs", "ende", "ning", "ninger", "ningen",
        "fore", "frem", "fors", "fort", "konk", "gennem", "inde", "sammen", "kommen", "forel", "besk", "delt",
        "hver", "hvil", "beta", "cent", "auto", "ding", "sjal", "rime", "kere", "unders", "forsk", "ellen", "ålet",
        "till", "ægget", "ilbud", "gere", "lede", "lene", "tens", "ørne", "ligheden", "redes", "bart");
}
