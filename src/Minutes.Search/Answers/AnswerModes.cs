namespace Minutes.Search.Answers;

/// <summary>The values of <see cref="AnswerResponse.Mode"/>.</summary>
public static class AnswerModes
{
    /// <summary>Sentences taken word for word from the sources; always available.</summary>
    public const string Extractive = "extractive";

    /// <summary>A summary written by the configured language model from the sources.</summary>
    public const string Llm = "llm";
}
