using System.Text;
using System.Text.RegularExpressions;
using Minutes.Core;

namespace Minutes.Cli.Bench;

/// <summary>
/// Makes up realistic minutes for benchmarks by recombining the real titles, paragraphs and decisions
/// of the sample minutes (<see cref="SampleMaterial"/>) under new bodies, dates (2015-2026), people and
/// the 17 municipalities of Region Sjælland, written in the samples' layouts. Sizes follow the samples:
/// mostly 10-16 KB, a few up to 40 KB. The same seed gives the same files byte for byte.
/// </summary>
internal sealed partial class CorpusGenerator(SampleMaterial material)
{
    public static readonly string[] Municipalities =
    [
        "Faxe", "Greve", "Guldborgsund", "Holbæk", "Kalundborg", "Køge", "Lejre", "Lolland", "Næstved",
        "Odsherred", "Ringsted", "Roskilde", "Slagelse", "Solrød", "Sorø", "Stevns", "Vordingborg",
    ];

    private const int MaxBytes = 40_000;

    private static readonly string[] NetworkGroups =
    [
        "Netværksgruppe Børn og Unge", "Netværksgruppe Voksne og Handicap", "Netværksgruppe Socialpsykiatri og Misbrug",
        "Netværksgruppe Hjerneskade", "Netværksgruppe Beskæftigelse og Integration", "Netværksgruppe Ældre og Sundhed",
    ];

    private static readonly string[] Committees =
    [
        "Børne- og Ungeudvalget", "Social- og Sundhedsudvalget", "Økonomiudvalget", "Teknik- og Miljøudvalget",
        "Kultur- og Fritidsudvalget", "Beskæftigelsesudvalget", "Handicaprådet", "Ældrerådet", "Klima- og Planudvalget",
    ];

    private static readonly string[] FirstNames =
    [
        "Anne", "Mette", "Lone", "Helle", "Rikke", "Stine", "Lotte", "Karen", "Susanne", "Camilla", "Louise", "Maria",
        "Pia", "Hanne", "Trine", "Sanne", "Lars", "Peter", "Jens", "Søren", "Henrik", "Morten", "Thomas", "Anders",
        "Michael", "Kim", "Niels", "Jesper", "Rasmus", "Mads", "Ole", "Jørgen", "Povl", "Kasper", "Bo", "Frederik",
    ];

    private static readonly string[] LastNames =
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller",
        "Mortensen", "Bom", "Gottrup", "Stisen", "Thaaning", "Daugaard-Hansen", "Kvistgaard", "Holm", "Skov", "Broberg",
    ];

    private static readonly string[] Places =
    [
        "Hækkerupsvej 1, 4100 Ringsted, mødelokale 1", "Rådhuset, Rådhuspladsen 1, 4200 Slagelse, byrådssalen",
        "Virtuelt møde i TEAMS", "Teams", "Køge Rådhus, Torvet 1, 4600 Køge, mødelokale 3",
        "Holbæk Rådhus, Kanalstræde 2, 4300 Holbæk", "Næstved Rådhus, Rådmandshaven 20, 4700 Næstved",
    ];

    private readonly Regex _names = material.Names.Count == 0
        ? NeverMatches()
        : new Regex(@"\b(" + string.Join('|', material.Names.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);

    /// <summary>Writes <paramref name="count"/> files under <paramref name="folder"/>/yyyy/, in parallel; returns the bytes written.</summary>
    public long Write(int count, string folder, int seed, Action<int>? progress = null)
    {
        long bytes = 0;
        var done = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var meeting = Generate(seed, i);
            var text = MinutesLayouts.Render(meeting);
            var dir = Path.Combine(folder, meeting.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            var data = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(dir, FileName(meeting, i)), data);
            Interlocked.Add(ref bytes, data.Length);
            var n = Interlocked.Increment(ref done);
            if (n % 1000 == 0)
            {
                progress?.Invoke(n);
            }
        });
        return bytes;
    }

    /// <summary>Meeting <paramref name="index"/> of the corpus for <paramref name="seed"/>: independent of the others, so generation runs in parallel.</summary>
    public GeneratedMeeting Generate(int seed, int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var layout = (MinutesLayout)Pick(random, [0, 0, 1, 1, 2, 2, 3, 4]);
        var host = Pick(random, Municipalities);
        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(12 * 365 + 3));
        var body = layout switch
        {
            MinutesLayout.SteeringGroup => "Styregruppen for Rammeaftale Sjælland",
            MinutesLayout.TimeSlots => random.Next(3) == 0 ? "KKR-netværket på udsatte børne- og ungeområdet" : $"{Pick(random, Committees)} i {host} Kommune",
            _ => Pick(random, NetworkGroups),
        };
        var people = Enumerable.Range(0, random.Next(10, 26)).Select(_ => Person(random)).DistinctBy(p => p.Name).ToList();
        var absentCount = Math.Min(people.Count / 3, random.Next(2, 9));
        var vary = new Variation(random, this, date.Year);
        var target = 10_000 + (int)(30_000 * Math.Pow(random.NextDouble(), 3));
        // Items are added to the meeting's list until the rendered text reaches the target size.
        var items = new List<GeneratedItem>();
        var participants = people.Skip(absentCount + 1).ToList();
        var absent = people.Take(absentCount).ToList();
        var meeting = new GeneratedMeeting(layout, body, date, host, Pick(random, Places), participants, absent, people[absentCount], items);
        while (items.Count < 25 && (items.Count < 3 || Encoding.UTF8.GetByteCount(MinutesLayouts.Render(meeting)) < target))
        {
            var paragraphs = Enumerable.Range(0, random.Next(2, 11)).Select(_ => vary.Apply(Pick(random, material.Paragraphs))).ToList();
            var decisions = Enumerable.Range(0, Pick(random, [0, 1, 1, 2, 3])).Select(_ => vary.Apply(Pick(random, material.Decisions))).ToList();
            var title = items.Count == 0 && random.Next(2) == 0 ? "Velkommen og godkendelse af dagsorden" : vary.Apply(Pick(random, material.Titles));
            items.Add(new GeneratedItem(title, paragraphs, decisions));
        }

        if (items.Count > 3 && Encoding.UTF8.GetByteCount(MinutesLayouts.Render(meeting)) > MaxBytes)
        {
            items.RemoveAt(items.Count - 1);
        }

        return meeting;
    }

    private static string FileName(GeneratedMeeting meeting, int index) =>
        $"{meeting.Date:yyyy-MM-dd}-{Slug(meeting.Host)}-{index:D6}.txt";

    private static string Slug(string name) =>
        name.ToLowerInvariant().Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa");

    private static Person Person(Random random) =>
        new($"{Pick(random, FirstNames)} {Pick(random, LastNames)}", Pick(random, Municipalities));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Per meeting: the samples' people become other people, municipalities are shuffled, years move with the meeting's date.</summary>
    private sealed class Variation(Random random, CorpusGenerator generator, int year)
    {
        private readonly Dictionary<string, string> _people = new(StringComparer.Ordinal);
        private readonly string[] _shuffled = Shuffled(random);
        private readonly int _yearShift = year - 2023;

        private static string[] Shuffled(Random random)
        {
            var copy = Municipalities.ToArray();
            random.Shuffle(copy);
            return copy;
        }

        public string Apply(string text)
        {
            text = generator._names.Replace(text, m =>
            {
                if (!_people.TryGetValue(m.Value, out var name))
                {
                    name = Person(random).Name;
                    _people[m.Value] = name;
                }

                return name;
            });
            text = Municipality().Replace(text, m => _shuffled[Array.IndexOf(Municipalities, m.Value)]);
            return Year().Replace(text, m => Math.Clamp(int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + _yearShift, 2010, 2030)
                .ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"\b(Faxe|Greve|Guldborgsund|Holbæk|Kalundborg|Køge|Lejre|Lolland|Næstved|Odsherred|Ringsted|Roskilde|Slagelse|Solrød|Sorø|Stevns|Vordingborg)\b")]
    private static partial Regex Municipality();

    [GeneratedRegex(@"\b20[12]\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?!)")]
    private static partial Regex NeverMatches();
}
