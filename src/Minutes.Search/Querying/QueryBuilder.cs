using Minutes.Core;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Minutes.Search.Analysis;
using Minutes.Search.Indexing;

namespace Minutes.Search.Querying;

/// <summary>
/// Builds the Lucene query: each word is a DisMax over the weighted fields (title, decisions, text,
/// meeting), words are optional (BM25 ranks passages matching more of them first), quoted phrases and
/// +words are required, -words excluded. Question-implied preferences (decision passages, a period,
/// a body, a municipality) are constant-score boosts that never decide what matches. A word missing
/// from the index is replaced by its closest indexed spelling.
/// </summary>
internal sealed class QueryBuilder(IndexSearcher searcher, Analyzer queryAnalyzer, Analyzer indexAnalyzer, RankingOptions ranking, DanishLexicon? lexicon = null)
{
    /// <summary>Without field weights: title and text alike, nothing else.</summary>
    private static readonly (string Field, float Boost)[] PlainFields =
    [
        (IndexFields.Title, RelevanceTuning.Text),
        (IndexFields.Text, RelevanceTuning.Text),
    ];

    private static readonly (string Field, float Boost)[] WordFields =
    [
        (IndexFields.Title, RelevanceTuning.Title),
        (IndexFields.Decisions, RelevanceTuning.Decisions),
        (IndexFields.Text, RelevanceTuning.Text),
        (IndexFields.MeetingText, RelevanceTuning.MeetingText),
        (IndexFields.Context, RelevanceTuning.Context),
    ];

    private readonly HashSet<string> _wholeTerms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _partTerms = new(StringComparer.Ordinal);
    private readonly List<Correction> _corrections = [];
    private readonly List<Correction> _suggestions = [];
    private readonly List<string> _searched = [];
    private readonly List<Query> _background = [];

    /// <summary>Title, decisions and text decide what matches; the fields after them only add to the score.</summary>
    private const int MatchedFields = 3;

    public BuiltQuery Build(InterpretedQuery query)
    {
        // Coord on (MinutesSimilarity): passages with more of the words rank first.
        var main = new BooleanQuery();
        var excluded = new List<Query>();
        foreach (var group in query.Clauses.GroupBy(c => c.Group))
        {
            var alternatives = new List<Query>();
            var shown = new List<string>();
            foreach (var clause in group)
            {
                var built = clause.IsPhrase ? Phrase(clause.Text, clause.Negated) : Word(clause.Text, clause.Negated, out _);
                if (built is null)
                {
                    continue;
                }

                if (clause.Negated)
                {
                    excluded.Add(built);
                    _searched.Add(clause.IsPhrase ? $"-\"{clause.Text}\"" : "-" + clause.Text.ToLower(DanishCulture.Info));
                    continue;
                }

                alternatives.Add(built);
                shown.Add(clause.IsPhrase ? $"\"{clause.Text}\"" : (clause.Required ? "+" : "") + ShownWord(clause.Text));
            }

            if (alternatives.Count == 0)
            {
                continue;
            }

            var required = group.Any(c => c.IsPhrase || c.Required) && alternatives.Count == 1;
            main.Add(alternatives.Count == 1 ? alternatives[0] : Any(alternatives), required ? Occur.MUST : Occur.SHOULD);
            _searched.Add(string.Join(" OR ", shown));
        }

        var bonus = new BooleanQuery(disableCoord: true);
        var positive = main.Clauses.Count > 0;
        if (positive)
        {
            foreach (var around in _background)
            {
                bonus.Add(around, Occur.SHOULD);
            }
        }

        if (positive && ranking.Preferences)
        {
            foreach (var word in query.DecisionWords)
            {
                if (Word(word, negated: false, out _, background: false) is { } decisionWord)
                {
                    decisionWord.Boost *= RelevanceTuning.DecisionWord;
                    bonus.Add(decisionWord, Occur.SHOULD);
                }
            }
        }

        var preferences = ranking.Preferences ? Preferences(query) : [];
        Query matched;
        if (positive)
        {
            foreach (var exclusion in excluded)
            {
                main.Add(exclusion, Occur.MUST_NOT);
            }

            matched = preferences.Count > 0 ? new PreferenceQuery(main, preferences) : main;
        }
        else
        {
            var root = new BooleanQuery(disableCoord: true);
            foreach (var (preference, boost) in preferences)
            {
                root.Add(Constant(preference, boost), Occur.SHOULD);
            }

            // Without words the query could match file records (they carry body and date): name the kind.
            if (preferences.Count > 0)
            {
                root.MinimumNumberShouldMatch = 1;
                root.Add(Constant(PassagesOnly(), 0f), Occur.MUST);
            }
            else if (excluded.Count > 0)
            {
                root.Add(Constant(PassagesOnly(), 1f), Occur.MUST);
            }
            else
            {
                return new BuiltQuery(null, _wholeTerms, _corrections, _suggestions, _searched);
            }

            foreach (var exclusion in excluded)
            {
                root.Add(exclusion, Occur.MUST_NOT);
            }

            matched = root;
        }

        // What was searched is highlighted; a term some word has whole is no longer only a part.
        _partTerms.ExceptWith(_wholeTerms);
        return new BuiltQuery(
            matched, _wholeTerms.Union(_partTerms).ToHashSet(StringComparer.Ordinal), _corrections, _suggestions, _searched, _partTerms,
            bonus.Clauses.Count > 0 ? bonus : null);
    }

    private string ShownWord(string typed) =>
        _corrections.LastOrDefault(c => c.Original == typed) is { } correction
            ? correction.Replacement.ToLower(DanishCulture.Info)
            : typed.ToLower(DanishCulture.Info);

    /// <summary>Question-implied preferences, each with what it adds to a passage it holds.</summary>
    private static List<(Query Preference, float Boost)> Preferences(InterpretedQuery query)
    {
        var preferences = new List<(Query, float)>();
        if (query.DecisionIntent)
        {
            preferences.Add((new TermQuery(new Term(IndexFields.Kind, PassageKinds.Decision)), RelevanceTuning.DecisionIntent));
        }

        if (query.HeaderIntent)
        {
            preferences.Add((new TermQuery(new Term(IndexFields.Kind, PassageKinds.Meeting)), RelevanceTuning.HeaderIntent));
        }

        if (query.DateFrom is { } from && query.DateTo is { } to)
        {
            var range = NumericRangeQuery.NewInt32Range(IndexFields.DateNumber, IndexDocuments.DateNumber(from), IndexDocuments.DateNumber(to), true, true);
            preferences.Add((range, RelevanceTuning.DatePreference));
        }

        preferences.AddRange(query.Bodies.Select(b => ((Query)new TermQuery(new Term(IndexFields.Body, b)), RelevanceTuning.BodyPreference)));
        preferences.AddRange(query.Municipalities.Select(m =>
            ((Query)new TermQuery(new Term(IndexFields.Municipality, m)), RelevanceTuning.MunicipalityPreference)));
        return preferences;
    }

    /// <summary>Passages, not file records: what a query without words must still be limited to.</summary>
    public static Query PassagesOnly() => new TermQuery(new Term(IndexFields.DocType, IndexFields.PassageType));

    private static Query Constant(Query query, float boost) => new ConstantScoreQuery(query) { Boost = boost };

    private static Query Weighted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private static BooleanQuery Any(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>One typed word: its analysed terms (synonyms, compound parts) over every weighted field.</summary>
    private Query? Word(string word, bool negated, out List<string> terms, bool background = true)
    {
        var tokens = Tokens.Analyze(queryAnalyzer, IndexFields.Text, word);
        terms = tokens.Select(t => t.Term).Distinct().ToList();
        // A term counts as a part only when nothing else (the whole word, a synonym) produced it too.
        var parts = tokens.Where(t => t.IsCompoundPart).Select(t => t.Term)
            .Except(tokens.Where(t => !t.IsCompoundPart).Select(t => t.Term)).ToHashSet(StringComparer.Ordinal);
        if (terms.Count == 0)
        {
            return null;
        }

        if (!negated && ranking.Spelling && terms.All(t => searcher.IndexReader.DocFreq(new Term(IndexFields.Text, t)) == 0
                                       && searcher.IndexReader.DocFreq(new Term(IndexFields.Title, t)) == 0))
        {
            var corrected = terms.Select(t => SpellingCorrector.Correct(searcher.IndexReader, IndexFields.Text, t) ?? t).ToList();
            var changed = corrected.Zip(terms).FirstOrDefault(p => p.First != p.Second).First;
            if (changed is not null)
            {
                var correction = new Correction(word, SpellingCorrector.SurfaceForm(searcher, indexAnalyzer, changed));
                _suggestions.Add(correction);
                // A Danish word the minutes happen to lack ("indkaldte", "højst") is offered, never searched
                // instead: searched, its neighbour ("indfaldsvejene", "højt") sank the question. An unknown
                // word is searched as typed and as corrected.
                if (lexicon?.Knows(word) != true)
                {
                    _corrections.Add(correction);
                    terms = terms.Concat(corrected).Distinct().ToList();
                    parts.IntersectWith(terms);
                }
            }
        }

        if (!negated)
        {
            _partTerms.UnionWith(parts);
            _wholeTerms.UnionWith(terms.Where(t => !parts.Contains(t)));
        }

        var alternatives = _corrections.Any(c => c.Original == word) ? null : Alternatives(tokens);
        var wordTerms = terms;
        Query PerField(string field, float boost)
        {
            Query perField = wordTerms.Count == 1
                ? new TermQuery(new Term(field, wordTerms[0]))
                : alternatives is null
                    ? Any(wordTerms.Select(t => Weighted(new TermQuery(new Term(field, t)), parts.Contains(t) ? RelevanceTuning.CompoundPart : 1f)))
                    : Any(alternatives.Select(a => Alternative(field, a)));
            perField.Boost = boost;
            return perField;
        }

        var fields = new DisjunctionMaxQuery(RelevanceTuning.FieldTieBreaker);
        foreach (var (field, boost) in ranking.FieldWeights ? WordFields[..MatchedFields] : PlainFields)
        {
            fields.Add(PerField(field, boost));
        }

        Query matched = fields;
        if (!negated && background && ranking.Thesaurus && Expansion(word, terms) is { } expansion)
        {
            matched = Any([fields, expansion]);
        }

        if (!negated && background && ranking.FieldWeights)
        {
            // The meeting's own words and a decision's surroundings hold nearly every common word of a
            // meeting; matched on them, a question of common words matched every passage. They add to
            // the score of the best matches only, as a DisMax's tie-breaker would.
            var around = Any(WordFields[MatchedFields..].Select(f => PerField(f.Field, f.Boost)));
            around.Boost = RelevanceTuning.FieldTieBreaker;
            _background.Add(around);
        }

        return matched;
    }

    /// <summary>
    /// The typed word's thesaurus words and hunspell-da stems ("raketter" → "raket", "løfteraket";
    /// "deltog" → "deltage") that the index holds and the word's own terms lack, over the matched fields
    /// at a low weight: a question worded unlike the minutes still meets them, while the minutes' own
    /// word always counts more. Null when there are none.
    /// </summary>
    private Query? Expansion(string word, List<string> own)
    {
        if (lexicon is null)
        {
            return null;
        }

        var lower = word.ToLower(DanishCulture.Info);
        var words = lexicon.Synonyms(lower).Concat(lexicon.Lemmas(lower)).Distinct().ToList();
        var terms = words
            .SelectMany(w => Tokens.Analyze(queryAnalyzer, IndexFields.Text, w).Where(t => !t.IsCompoundPart).Select(t => t.Term))
            .Distinct()
            .Where(t => !own.Contains(t) && searcher.IndexReader.DocFreq(new Term(IndexFields.Text, t)) > 0)
            .ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        _wholeTerms.UnionWith(terms);
        var fields = new DisjunctionMaxQuery(RelevanceTuning.FieldTieBreaker);
        foreach (var (field, boost) in ranking.FieldWeights ? WordFields[..MatchedFields] : PlainFields)
        {
            var perField = Any(terms.Select(t => (Query)new TermQuery(new Term(field, t))));
            perField.Boost = boost;
            fields.Add(perField);
        }

        fields.Boost = RelevanceTuning.Expansion;
        return fields;
    }

    /// <summary>
    /// The word's alternatives (the word, its synonyms), each a run of positions, each position a whole
    /// term with the compound parts the analyzer emitted after it. A passage matches an alternative with
    /// the whole term or with all of its parts ("Hollænder huset"), never with one part alone, so
    /// "Børnehus" does not match every passage that says "børn"; a multi-word synonym ("KL" →
    /// "kommunernes landsforening") matches only as the phrase, not "kommunernes" anywhere.
    /// </summary>
    private static List<List<(string Whole, List<string> Parts)>> Alternatives(List<AnalyzedToken> tokens)
    {
        var alternatives = new List<List<(string Whole, List<string> Parts)>>();
        var position = -1;
        foreach (var token in tokens)
        {
            if (token.IsCompoundPart && alternatives.Count > 0)
            {
                var (whole, parts) = alternatives[^1][^1];
                if (token.Term != whole && !parts.Contains(token.Term))
                {
                    parts.Add(token.Term);
                }
            }
            else if (token.Position > position && alternatives.Count > 0 && position >= 0)
            {
                alternatives[^1].Add((token.Term, []));
            }
            else
            {
                alternatives.Add([(token.Term, [])]);
            }

            position = Math.Max(position, token.Position);
        }

        return alternatives;
    }

    private static Query Alternative(string field, List<(string Whole, List<string> Parts)> positions)
    {
        if (positions.Count == 1)
        {
            return WholeOrAllParts(field, positions[0].Whole, positions[0].Parts);
        }

        var phrase = new PhraseQuery();
        for (var i = 0; i < positions.Count; i++)
        {
            phrase.Add(new Term(field, positions[i].Whole), i);
        }

        return phrase;
    }

    private static Query WholeOrAllParts(string field, string whole, List<string> parts)
    {
        var term = new TermQuery(new Term(field, whole));
        if (parts.Count == 0)
        {
            return term;
        }

        var all = new BooleanQuery(disableCoord: true);
        foreach (var part in parts)
        {
            all.Add(Weighted(new TermQuery(new Term(field, part)), RelevanceTuning.CompoundPart), Occur.MUST);
        }

        return Any([term, all]);
    }

    /// <summary>A quoted phrase over the text and title; tokens at one position (synonyms) are alternatives.</summary>
    private Query? Phrase(string phrase, bool negated)
    {
        var tokens = Tokens.Analyze(queryAnalyzer, IndexFields.Text, phrase);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (!negated)
        {
            _wholeTerms.UnionWith(tokens.Select(t => t.Term));
        }

        var fields = new DisjunctionMaxQuery(RelevanceTuning.FieldTieBreaker);
        foreach (var (field, boost) in new[] { (IndexFields.Text, RelevanceTuning.Text), (IndexFields.Title, RelevanceTuning.Title) })
        {
            var query = new MultiPhraseQuery();
            foreach (var position in tokens.GroupBy(t => t.Position).OrderBy(g => g.Key))
            {
                query.Add(position.Select(t => new Term(field, t.Term)).Distinct().ToArray(), position.Key);
            }

            query.Boost = boost * RelevanceTuning.Phrase;
            fields.Add(query);
        }

        return fields;
    }
}
